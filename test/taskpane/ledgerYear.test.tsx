/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../setup/matchMedia";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fromPence } from "../../src/core";
import { yearPosition } from "../../src/core/ledger";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { App } from "../../src/taskpane/App";
import { BCF, QUARTER_2, YEAR_END } from "../core/ledger/bcfPool";
import { CalculatedBook } from "../excel/hyperBook";
import { L, ledgerWorkbook } from "../excel/ledgerBook";

async function openLedger() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "Run a pool ledger's year" }));
  await user.click(await screen.findByRole("button", { name: "Open ledger" }));
  await screen.findByText(/2 partners, 4 lines and 4 schemes read from “Ledger”/);
  return user;
}

describe("Run a pool ledger's year", () => {
  it("shows the outturn met in the agreed order, and starts next year from it", async () => {
    const { wb } = await ledgerWorkbook("Year end", YEAR_END);
    render(<App gateway={wb} />);
    const user = await openLedger();
    const met = screen.getByRole("table", { name: "How the overspend is met" });
    expect(within(met).getByRole("row", { name: /Underspends elsewhere/ })).toHaveTextContent(
      "£300,000.00"
    );
    expect(within(met).getByRole("row", { name: /The contingency/ })).toHaveTextContent(
      "£1,000,000.00"
    );
    expect(
      screen.getByText(/£400,000\.00 is left on lines that may not meet another scheme's overspend/)
    ).toBeInTheDocument();
    const shares = screen.getByRole("table", { name: /Each partner's share/ });
    expect(within(shares).getByRole("row", { name: /Northshire ICB/ })).toHaveTextContent(
      "£361,990.95"
    );
    const left = screen.getByRole("table", { name: "What each line has left" });
    expect(within(left).getByRole("row", { name: /Disabled Facilities Grant/ })).toHaveTextContent(
      "£400,000.00"
    );

    const uplift = screen.getByLabelText("Northshire ICB: NHS minimum contribution: uplift");
    await user.clear(uplift);
    await user.type(uplift, "2.5%");
    await user.click(screen.getByRole("button", { name: "Start next year" }));
    expect(await screen.findByText(/Added “Ledger 2026-27”/)).toBeInTheDocument();
    const added = (await wb.sheetNames()).filter((n) => n.includes("2026-27"));
    // Within Excel's 31 characters, the partners told apart by their last words.
    expect(added).toEqual([
      "Ledger 2026-27",
      "Statement 2026-27…ICB",
      "Statement 2026-27…Council",
      "Year-end balances 2026-27",
      "Board report 2026-27",
    ]);
    // Next year's sheets, calculated: the ICB's line uplifted, the DFG's £400,000 brought forward.
    const next = new CalculatedBook(wb).for("Ledger 2026-27");
    expect(next.value(L.year)).toBe("2026/27");
    expect(next.value(L.period)).toBe("Quarter 1");
    expect(next.value(`G${L.lines.first}`)).toBe(20500000);
    expect(next.value(`F${L.lines.first + 3}`)).toBe(400000);
    // At budget, the DFG spends its £3m and still holds the £400,000 it brought forward.
    expect(next.value(`I${L.went.first + 3}`)).toBe(400000);
    expect(next.value(L.rule)).toBe("In proportion to contributions");
  });

  it("waits for the year end, and moves the period on when asked", async () => {
    const { wb } = await ledgerWorkbook("Quarter 2", QUARTER_2);
    render(<App gateway={wb} />);
    const user = await openLedger();
    expect(screen.getByText(/Forecast over\/\(under\)spend for the pool/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start next year" })).toBeDisabled();
    expect(screen.getByText(/the Ledger sheet says Quarter 2/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Period"), "Month 7");
    await user.click(screen.getByRole("button", { name: "Set the period" }));
    expect(
      await screen.findByText(
        "The period on “Ledger” is now Month 7. Each scheme's over/(under) budget at Quarter 2 is kept beside it, for the board report's movement."
      )
    ).toBeInTheDocument();
    expect(wb.cell("Ledger", ledgerLayout(BCF).period)?.value).toBe("Month 7");
    // Quarter 2's variances are kept for the board report, as the engine works them.
    const kept = yearPosition(BCF, QUARTER_2).schemes.map((x) => fromPence(x.variance));
    expect(
      BCF.schemes.map(
        (_, k) =>
          wb.cell(
            "Ledger",
            `${ledgerLayout(BCF).lastVariance}${ledgerLayout(BCF).schemes.first + k}`
          )?.value
      )
    ).toEqual(kept);
    expect(screen.getByText(/as at 31 October 2025/)).toBeInTheDocument();
    // Figures typed on the sheet since are read when asked: community health £0.4m over.
    const before = screen.getByText(/over\/\(under\)spend for the pool/).textContent;
    const L = ledgerLayout(BCF);
    wb.typeInto("Ledger", `${L.spend}${L.schemes.first}`, "15,400,000");
    await user.click(screen.getByRole("button", { name: "Read it again" }));
    await waitFor(() =>
      expect(screen.getByText(/over\/\(under\)spend for the pool/).textContent).not.toBe(before)
    );
    // "(£200,000.00)" is an underspend, as finance reports write one.
    const figure = (t: string | null) => {
      const [, open, digits] = /(\()?£([\d,.]+)/.exec(t ?? "")!;
      return (open ? -1 : 1) * Number(digits.replace(/,/g, ""));
    };
    expect(
      figure(screen.getByText(/over\/\(under\)spend for the pool/).textContent) - figure(before)
    ).toBeCloseTo(400000, 2);
  });

  it("takes the period's figures in the pane, shows the position as typed, and writes them asking first", async () => {
    const { wb } = await ledgerWorkbook("Quarter 2", QUARTER_2);
    render(<App gateway={wb} />);
    const user = await openLedger();
    const L = ledgerLayout(BCF);
    const pool = () => screen.getByText(/over\/\(under\)spend for the pool/).textContent;
    const before = pool();
    const spending = screen.getByLabelText("Community health services: spending");
    expect(spending).toHaveValue("£15,000,000.00");
    await user.clear(spending);
    await user.type(spending, "15,400,000");
    // The position follows what is typed, before anything is written.
    expect(pool()).not.toBe(before);
    expect(wb.cell("Ledger", `${L.spend}${L.schemes.first}`)?.value).toBe(15000000);
    await user.click(screen.getByRole("button", { name: "Write the figures to the Ledger" }));
    expect(
      await screen.findByText(
        `${L.spend}${L.schemes.first} already hold other figures. Replace them with these?`
      )
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Replace them" }));
    expect(await screen.findByText("The figures are on “Ledger”.")).toBeInTheDocument();
    expect(wb.cell("Ledger", `${L.spend}${L.schemes.first}`)?.value).toBe(15400000);
    // A figure that is not an amount is named, and nothing can be written until it is put right.
    const icb = screen.getByLabelText("Northshire ICB: NHS minimum contribution");
    await user.clear(icb);
    await user.type(icb, "12.3.4");
    expect(
      screen.getByText(
        /These are not amounts: Northshire ICB: NHS minimum contribution received \(“12\.3\.4”\)/
      )
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write the figures to the Ledger" })).toBeDisabled();
  });
});
