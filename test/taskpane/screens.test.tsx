/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../setup/matchMedia";
import { act, render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { demoWorkbook } from "../../src/taskpane/preview/demoWorkbook";
import { requestScreen } from "../../src/taskpane/navigation";
import { TEMPLATE_CHOICES } from "../../src/taskpane/templateFiles";
import { workbookBuffer } from "../../src/templates/xlsxWriter";

async function open(label: RegExp, wb: MemoryWorkbook = demoWorkbook()) {
  const user = userEvent.setup();
  render(<App gateway={wb} />);
  await user.click(screen.getByRole("button", { name: label }));
  await screen.findByRole("heading", { level: 1, name: label });
  return { user, wb };
}

describe("Home", () => {
  it("says what the add-in does, links to every screen and shows the version", () => {
    render(<App gateway={new MemoryWorkbook()} />);
    expect(screen.getByRole("heading", { level: 1, name: "Pool Budgets" })).toHaveFocus();
    const nav = screen.getByRole("navigation");
    expect(
      within(nav)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "Set up a pool",
      "Set up a pool ledger",
      "Run a pool ledger's year",
      "Monitor this pool",
      "Align or pool?",
      "Agreement schedule",
      "Explain this figure",
      "Check this workbook",
      "Prepare to share",
      "Templates",
    ]);
    expect(screen.getByText(/Version 1\.0\.0/)).toBeInTheDocument();
  });

  it("opens the screen a ribbon command asked for", async () => {
    render(<App gateway={demoWorkbook()} />);
    act(() => requestScreen("check"));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Check this workbook" })
    ).toBeInTheDocument();
  });
});

/** Move on through Set up a pool's steps, as the Next button does. */
async function next(user: ReturnType<typeof userEvent.setup>, steps = 1) {
  for (let k = 0; k < steps; k++) await user.click(screen.getByRole("button", { name: "Next" }));
}

describe("Set up a pool", () => {
  it("reads the Manchester partners from the selected cells, previews and writes the Pool sheet", async () => {
    const { user, wb } = await open(/^Set up a pool$/);
    expect(screen.getByText("Step 1 of 5")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Name of the pool"), "Income maximisation");
    await next(user);
    await user.click(screen.getByRole("button", { name: "Use selected cells" }));
    expect(
      await screen.findByText("3 partners read from Manchester 2005-06!A2:C4.")
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Partner 3 name")).toHaveValue("PCTs");
    await next(user);
    // The host is the first organisation, not the grant listed first.
    expect(screen.getByLabelText(/^Host partner/)).toHaveDisplayValue("Manchester City Council");
    await next(user, 2);

    const preview = screen.getByRole("table");
    expect(within(preview).getByText(/sample overspend of £19,550.00/)).toBeInTheDocument();
    const council = within(preview).getByRole("row", { name: /Manchester City Council/ });
    // The grant bears none of the overspend: the council and PCTs share it 70,000 : 75,500,
    // so the council funds £9,405.50, 48.11% of it (not its 35.81% of the contributions).
    expect(council).toHaveTextContent("£9,405.5048.11%");
    expect(within(preview).getByRole("row", { name: /Neighbourhood/ })).toHaveTextContent("£0.00");
    expect(screen.getByText(/a grant never funds an overspend/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Write Pool and Monitoring sheets" }));
    expect(await screen.findByText(/Added the sheets “Pool”/)).toBeInTheDocument();
    expect(wb.cell("Pool", "A1")?.formula).toBe('="Pool: Income maximisation, "&$B$4&", "&$B$5');
    expect(wb.cell("Pool", "A17")?.value).toBe("Manchester City Council");
    expect(wb.cell("Pool", "H16")?.formula).toBe(
      "=POOL.DEFICITSPLIT($B$7,$E$16:$E$18,$B$10,$D$16:$D$18,$B$9,$B$11)"
    );
    expect(wb.cell("Pool", "B9")?.value).toBe(2);
    expect(wb.cell("Pool", "B10")?.value).toBe("In proportion to contributions");
    // No sample variance: the variance is the Monitoring sheet's forecast, blank until entered.
    expect(wb.cell("Pool", "B7")?.formula).toBe("='Monitoring'!$B$13");
    expect(wb.cell("Monitoring", "B13")?.formula).toMatch(/^=ROUND\(SUM\(L6:L10\),2\)$/);
    // With no schemes typed, one scheme carries the whole pool at the pool total.
    expect(wb.cell("Monitoring", "A6")?.value).toBe("Income maximisation");
    expect(wb.cell("Monitoring", "B6")?.formula).toBe("='Pool'!$B$6");
  });

  it("writes the schemes typed, one per line, to the Monitoring sheet", async () => {
    const { user, wb } = await open(/^Set up a pool$/);
    await user.type(screen.getByLabelText("Name of the pool"), "Income maximisation");
    await next(user);
    await user.click(screen.getByRole("button", { name: "Use selected cells" }));
    await screen.findByText(/3 partners read/);
    await next(user, 2);
    const schemes = () => screen.getByLabelText(/^Schemes the pool funds/);
    await user.type(schemes(), "Advice workers, 120,000{Enter}Take-up campaign, 12.3.4");
    // Said on the step itself, and again if written regardless.
    expect(
      screen.getByText("These budgets are not amounts: Take-up campaign, 12.3.4.")
    ).toBeInTheDocument();
    await next(user);
    await user.click(screen.getByRole("button", { name: "Write Pool and Monitoring sheets" }));
    expect(
      await screen.findByText(/budgets are not amounts: Take-up campaign, 12\.3\.4\./)
    ).toBeInTheDocument();
    expect(await wb.sheetNames()).not.toContain("Pool");
    await user.click(screen.getByRole("button", { name: "Back" }));
    await user.clear(schemes());
    await user.type(schemes(), "Advice workers, 120,000{Enter}Take-up campaign, £75,500");
    await next(user);
    await user.click(screen.getByRole("button", { name: "Write Pool and Monitoring sheets" }));
    await screen.findByText(/Added the sheets “Pool”/);
    expect(wb.cell("Monitoring", "A6")?.value).toBe("Advice workers");
    expect(wb.cell("Monitoring", "B6")?.value).toBe(120000);
    expect(wb.cell("Monitoring", "A7")?.value).toBe("Take-up campaign");
    expect(wb.cell("Monitoring", "B7")?.value).toBe(75500);
  });

  it("reads the Manchester funding profile as selected, and lets the user pick the year column", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "Funding profile",
        rows: [
          ["Source", "10/02-03/03", "2003/04", "2004/05", "2005/06", "Type"],
          ["Neighbourhood Renewal Fund", 55000, 150000, 100000, 50000, "Time-limited grant"],
          ["Manchester City Council", 20000, 20000, 70000, 70000, "Mainstream"],
          ["PCTs", 25500, 25500, 25500, 75500, "Mainstream"],
          ["Subtotal", 100500, 195500, 195500, 195500, null],
        ],
      },
    ]);
    wb.selectRange("Funding profile", "A1:F5");
    const { user } = await open(/^Set up a pool$/, wb);
    await next(user);
    await user.click(screen.getByRole("button", { name: "Use selected cells" }));
    expect(
      await screen.findByText(
        "3 partners read from Funding profile!A1:F5, contributions from “2005/06”."
      )
    ).toBeInTheDocument();
    expect(
      screen.getAllByLabelText("Contribution (£)").map((i) => (i as HTMLInputElement).value)
    ).toEqual(["50000", "70000", "75500"]);
    expect(
      screen.getAllByLabelText("Body type").map((s) => (s as HTMLSelectElement).value)
    ).toEqual(["funding-stream", "council", "icb"]);
    await user.selectOptions(screen.getByLabelText("Contributions from column"), "2003/04");
    expect(
      screen.getAllByLabelText("Contribution (£)").map((i) => (i as HTMLInputElement).value)
    ).toEqual(["150000", "20000", "25500"]);
    await next(user);
    expect(screen.getByLabelText(/^Host partner/)).toHaveDisplayValue("Manchester City Council");
  });

  it("shows the caps fields for the capped rule and says when they cannot cover the overspend", async () => {
    const { user } = await open(/^Set up a pool$/);
    await next(user);
    await user.type(screen.getByLabelText("Partner 1 name"), "Council");
    await user.type(screen.getAllByLabelText("Contribution (£)")[0], "20000");
    await user.type(screen.getByLabelText("Partner 2 name"), "PCT");
    await user.type(screen.getAllByLabelText("Contribution (£)")[1], "8000");
    await next(user);
    await user.click(screen.getByRole("radio", { name: /In proportion, with caps/ }));
    await user.type(screen.getByLabelText(/^Council: cap on its share/), "100");
    await user.type(screen.getByLabelText(/^PCT: cap on its share/), "100");
    await next(user, 2);
    expect(
      await screen.findByText(
        "Caps cover £200.00 of the £2,800.00 overspend; raise them by £2,600.00."
      )
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write Pool and Monitoring sheets" })).toBeDisabled();
  });

  it("offers risk-share bands with a band editor, previews each band and writes the schedule", async () => {
    const { user, wb } = await open(/^Set up a pool$/, new MemoryWorkbook());
    await next(user);
    await user.type(screen.getByLabelText("Partner 1 name"), "Council");
    await user.type(screen.getAllByLabelText("Contribution (£)")[0], "20000000");
    await user.type(screen.getByLabelText("Partner 2 name"), "ICB");
    await user.type(screen.getAllByLabelText("Contribution (£)")[1], "8000000");
    await next(user);
    await user.click(screen.getByRole("radio", { name: /^Risk-share bands/ }));
    await user.type(screen.getByLabelText("Band 1 size (£)"), "500000");
    await user.type(screen.getByLabelText("Council's share of band 1 (%)"), "100");
    await user.type(screen.getByLabelText("ICB's share of band 1 (%)"), "0");
    await next(user, 2);
    const bands = screen.getByRole("list", { name: /each band/ });
    expect(
      within(bands).getByText(/^Band 1, £500,000.00: Council £500,000.00; ICB £0.00/)
    ).toBeInTheDocument();
    expect(
      within(bands).getByText(/^Band 2, £2,300,000.00: Council £1,642,857.14; ICB £657,142.86/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Write Pool and Monitoring sheets" }));
    await screen.findByText(/Added the sheets “Pool”/);
    expect(wb.cell("Pool", "B10")?.value).toBe("Risk-share bands");
    expect(wb.cell("Pool", "H16")?.formula).toBe(
      '=IF($B$10="Risk-share bands",POOL.RISKSHARE($B$7,$E$16:$E$17,$A$23:$C$24,IF($B$13="Through the same bands","bands","proportional")),POOL.DEFICITSPLIT($B$7,$E$16:$E$17,$B$10,$D$16:$D$17,$B$9,$B$11))'
    );
    expect(wb.cell("Pool", "A23")?.value).toBe(500000);
    expect(wb.cell("Pool", "B23")?.value).toBe(1);
  });

  it("warns when a partner cannot lawfully join a section 75 pool", async () => {
    const { user } = await open(/^Set up a pool$/);
    await next(user);
    await user.type(screen.getByLabelText("Partner 1 name"), "Council");
    await user.type(screen.getByLabelText("Partner 2 name"), "Hotel Watch Police");
    await user.selectOptions(screen.getAllByLabelText("Body type")[1], "police");
    expect(
      await screen.findByText(/Hotel Watch Police cannot be a member of a section 75/)
    ).toBeInTheDocument();
  });
});

describe("Align or pool?", () => {
  it("recommends from the answers, tailors the checklist and records the decision", async () => {
    const { user, wb } = await open(/Align or pool\?/);
    expect(screen.getByRole("heading", { name: "Not enough answers yet" })).toBeInTheDocument();
    for (const n of [1, 2, 3, 5, 8]) {
      const group = screen.getByRole("radiogroup", { name: new RegExp(`^Test ${n}:`) });
      await user.click(within(group).getAllByRole("radio")[1]);
    }
    expect(
      screen.getByRole("heading", { name: "Pooling suits this arrangement" })
    ).toBeInTheDocument();
    expect(screen.getByText(/Recommendation: POOL\. Score 1\.00/)).toBeInTheDocument();
    expect(
      screen.getByRole("checkbox", { name: "Which partner is the named accountable host?" })
    ).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "How are contributions varied?" })).toBeNull();

    const legal = screen.getByRole("radiogroup", { name: /^Test 8:/ });
    await user.click(within(legal).getAllByRole("radio")[0]);
    expect(
      screen.getByRole("heading", { name: "Aligning suits this arrangement" })
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Write to sheet" }));
    expect(await screen.findByText(/Recorded the answers/)).toBeInTheDocument();
    expect(wb.cell("Align or pool", "D14")?.value).toBe("align");
    expect(wb.cell("Align or pool", "A17")?.formula).toBe("=POOL.ALIGNVSPOOL(D7:D14,,TRUE,TRUE)");
  });
});

describe("Align or pool? under a statutory power", () => {
  it("does not recommend pooling with third-sector members, and saves the ticks", async () => {
    const { user, wb } = await open(/Align or pool\?/);
    expect(
      screen.getByText(/this add-in's own rule, not the Audit Commission's/)
    ).toBeInTheDocument();
    for (const n of [1, 2, 4, 5, 8]) {
      const group = screen.getByRole("radiogroup", { name: new RegExp(`^Test ${n}:`) });
      await user.click(within(group).getAllByRole("radio")[1]);
    }
    const who = screen.getByRole("radiogroup", { name: /^Test 3:/ });
    await user.click(within(who).getAllByRole("radio")[0]);
    expect(
      screen.getByRole("heading", { name: "Aligning suits this arrangement" })
    ).toBeInTheDocument();
    expect(screen.getByText(/pooling in that form is unlawful/)).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /statutory power/ }));
    expect(
      screen.getByRole("heading", { name: "Pooling suits this arrangement" })
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", { name: "Which partner is the named accountable host?" })
    );
    await user.click(screen.getByRole("button", { name: "Write to sheet" }));
    await screen.findByText(/Recorded the answers/);
    const cells = [...wb.sheet("Align or pool").cells.entries()];
    const row = cells.find(
      ([, c]) => c.value === "Which partner is the named accountable host?"
    )![0];
    expect(wb.cell("Align or pool", row.replace("A", "D"))?.value).toBe("Yes");
    expect(wb.cell("Align or pool", "A17")?.formula).toBe("=POOL.ALIGNVSPOOL(D7:D14,,TRUE)");
  });
});

describe("Check this workbook", () => {
  it("checks every sheet, lists findings by sheet, and goes to a cell", async () => {
    const { user, wb } = await open(/Check this workbook/);
    await waitFor(() =>
      expect(screen.getByRole("option", { name: "LSP running costs" })).toBeInTheDocument()
    );
    expect(screen.getByLabelText("What to check")).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Check every sheet" }));
    expect(await screen.findByText(/things to look at on LSP running costs/)).toBeInTheDocument();
    expect(screen.getByText(/No problems on Manchester 2005-06/)).toBeInTheDocument();
    const onSheet = screen.getByRole("region", { name: "Findings on LSP running costs" });
    expect(within(onSheet).getByRole("heading", { name: "LSP running costs" })).toBeInTheDocument();
    for (const kind of [
      "Number stored as text",
      "Blank contribution",
      "Total does not add up",
      "Shares do not make 100%",
      "Add-in function error",
    ]) {
      expect(screen.getByText(kind)).toBeInTheDocument();
    }
    await user.click(screen.getByRole("button", { name: "Go to cell B3 on LSP running costs" }));
    expect(wb.selection).toEqual({ sheet: "LSP running costs", address: "B3" });
  });

  it("says so when a sheet is clean", async () => {
    const { user } = await open(/Check this workbook/);
    await waitFor(() =>
      expect(screen.getByRole("option", { name: "Manchester 2005-06" })).toBeInTheDocument()
    );
    await user.selectOptions(screen.getByLabelText("What to check"), "Manchester 2005-06");
    await user.click(screen.getByRole("button", { name: "Check sheet" }));
    expect(await screen.findByText("No problems found on Manchester 2005-06.")).toBeInTheDocument();
  });
});

describe("Agreement schedule", () => {
  it("builds on the pool set up and the decision, warns of VAT under an NHS host, and writes the sheet", async () => {
    const { user, wb } = await open(/^Set up a pool$/);
    await next(user);
    await user.click(screen.getByRole("button", { name: "Use selected cells" }));
    await screen.findByText(/3 partners read/);
    await next(user);
    await user.selectOptions(screen.getByLabelText(/^Host partner/), "PCTs");
    await user.click(screen.getByRole("button", { name: /Back to start/ }));
    await user.click(screen.getByRole("button", { name: "Agreement schedule" }));
    await screen.findByRole("heading", { level: 1, name: "Agreement schedule" });
    expect(screen.getByText(/3 partners, host PCTs/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /PCTs is an NHS body: NHS bodies, treated as government departments, get VAT refunds only on contracted-out services/
      )
    ).toBeInTheDocument();
    await user.type(
      screen.getByLabelText("What outcomes are the partners seeking?"),
      "More people into work"
    );
    await user.click(screen.getByRole("button", { name: "Write agreement schedule" }));
    await screen.findByText(/Added the sheet “Agreement schedule”/);
    const texts = [...wb.sheet("Agreement schedule").cells.values()].map((c) => c.value);
    expect(texts).toContain("More people into work");
    expect(texts).toContain("PCTs");
  });
});

describe("Prepare to share", () => {
  it("copies the chosen sheet with POOL formulas as values and reports what it converted", async () => {
    const wb = demoWorkbook();
    const { user } = await open(/Prepare to share/, wb);
    const make = screen.getByRole("button", { name: "Make copies to share" });
    expect(make).toBeDisabled();
    await user.click(await screen.findByRole("checkbox", { name: "LSP running costs" }));
    await user.click(make);
    expect(
      await screen.findByText(
        /Made 1 copy \(“LSP running costs \(shared\)”\): 1 formula replaced by the values they show\. The original sheets are unchanged\./
      )
    ).toBeInTheDocument();
    expect(wb.cell("LSP running costs (shared)", "B8")).toEqual({ value: "#VALUE!" });
    expect(wb.cell("LSP running costs", "B8")?.formula).toBe('=POOL.DEFICITSPLIT(B9,B2:B5,"host")');
  });
});

describe("Explain this figure", () => {
  const pool = () => {
    const wb = new MemoryWorkbook([
      {
        name: "Pool",
        rows: [
          ["Partner", "Contribution", "Part"],
          ["Council", 20000000, "=POOL.RISKSHARE(1800000,B2:B3,E2:G4)", null, 500000, 1, 0],
          ["ICB", 8000000, null, null, 1000000, 0.5, 0.5],
        ],
      },
    ]);
    wb.selectRange("Pool", "C3");
    return wb;
  };

  it("explains the selected cell of a spill step by step, copies it and puts it in a note", async () => {
    const { user, wb } = await open(/Explain this figure/, pool());
    await user.click(screen.getByRole("button", { name: "Explain the selected cell" }));
    expect(
      await screen.findByRole("heading", {
        level: 2,
        name: "ICB pays £585,714.29 of the £1,800,000.00 overspend.",
      })
    ).toBeInTheDocument();
    expect(screen.getByText("POOL.RISKSHARE in Pool!C3")).toBeInTheDocument();
    expect(
      screen.getByText("In all, ICB's part is £0.00 + £500,000.00 + £85,714.29 = £585,714.29.")
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copy the explanation" }));
    expect(await screen.findByText(/^Copied/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(
      /^ICB pays £585,714\.29 of the £1,800,000\.00 overspend\.\n1\. /
    );

    await user.click(screen.getByRole("button", { name: "Put it in a note on C3" }));
    expect(await screen.findByText("Put in a note on C3.")).toBeInTheDocument();
    expect(wb.sheet("Pool").notes.get("C3")).toMatch(/^ICB pays £585,714\.29/);
  });

  it("asks before replacing a note the cell already has", async () => {
    const wb = pool();
    await wb.writeNote("Pool", "C3", "Agreed at the March board", false);
    const { user } = await open(/Explain this figure/, wb);
    await user.click(screen.getByRole("button", { name: "Explain the selected cell" }));
    await user.click(await screen.findByRole("button", { name: "Put it in a note on C3" }));
    expect(await screen.findByText("That cell already has a note")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keep it" }));
    expect(wb.sheet("Pool").notes.get("C3")).toBe("Agreed at the March board");
    await user.click(screen.getByRole("button", { name: "Put it in a note on C3" }));
    await user.click(await screen.findByRole("button", { name: "Replace the note" }));
    expect(await screen.findByText("Put in a note on C3.")).toBeInTheDocument();
    expect(wb.sheet("Pool").notes.get("C3")).toMatch(/^ICB pays/);
  });

  it("says what to select when the cell holds no POOL function", async () => {
    const wb = pool();
    wb.selectRange("Pool", "B2");
    const { user } = await open(/Explain this figure/, wb);
    await user.click(screen.getByRole("button", { name: "Explain the selected cell" }));
    expect(
      await screen.findByText(/^Select a cell holding a POOL function \(such as/)
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Copy the explanation" })).toBeNull();
  });
});

describe("Templates", () => {
  const files = new Map<string, Buffer>();
  beforeAll(async () => {
    for (const c of TEMPLATE_CHOICES) files.set(c.url, await workbookBuffer(c.def));
    global.fetch = (async (url: string) => {
      const body = files.get(url);
      return {
        ok: !!body,
        arrayBuffer: async () =>
          body!.buffer.slice(body!.byteOffset, body!.byteOffset + body!.byteLength),
      } as Response;
    }) as typeof fetch;
  });

  it("inserts the blank funding profile and names the new sheets", async () => {
    const wb = new MemoryWorkbook([{ name: "Funding profile", rows: [["mine"]] }]);
    const { user } = await open(/Templates/, wb);
    const card = screen.getByRole("group", { name: "Funding profile" });
    await user.click(within(card).getByRole("radio", { name: "Blank" }));
    expect(within(card).getByRole("link", { name: "Download .xlsx" })).toHaveAttribute(
      "href",
      "templates/funding-profile-blank.xlsx"
    );
    await user.click(within(card).getByRole("button", { name: "Insert into this workbook" }));
    expect(await within(card).findByText("Added sheets: Funding profile (2).")).toBeInTheDocument();
    expect(wb.cell("Funding profile (2)", "A3")?.value).toBe("First year starts");
    expect(wb.cell("Funding profile", "A1")?.value).toBe("mine");
  });
});

describe("a screen that fails to draw", () => {
  it("shows a message, not a blank pane", () => {
    const Broken = () => {
      throw new Error("render failed at src/x.tsx:1");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>
    );
    spy.mockRestore();
    expect(screen.getByRole("alert")).toHaveTextContent("this screen could not be shown");
    expect(screen.getByRole("alert")).not.toHaveTextContent(/src|render failed/);
  });
});
