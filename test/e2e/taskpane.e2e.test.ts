import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { serveDist } from "./server";
import { MemoryWorkbook, type MemoryCell } from "../../src/excel/memoryWorkbook";
import { monitoringLayout } from "../../src/excel/plans/monitoringSheet";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { STATEMENT_ROWS } from "../../src/excel/plans/statementSheet";
import { CalculatedBook } from "../excel/hyperBook";
import { convertFiles, median, pagesOf } from "../templates/helpers";
import { formulaCells } from "../strict/xlsxRules";
import { enter } from "../excel/ledgerBook";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { LEDGER_STATEMENT_ROWS } from "../../src/excel/plans/ledgerStatement";
import { BCF, YEAR_END } from "../core/ledger/bcfPool";

/**
 * The built task pane in real Chromium, against the preview's in-memory workbook:
 * walk every screen as a finance officer would, check what the workbook then holds,
 * run axe-core on each screen and keep a 320 px screenshot of each in test/artifacts.
 */
const root = join(__dirname, "..", "..");
const artifacts = join(root, "test", "artifacts");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let page: Page;

interface Cell {
  value: unknown;
  formula?: string;
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serveDist(join(root, "dist"));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // bypassCSP only so axe can be injected; a separate test checks the page under its CSP.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}preview.html`);
  await page.getByRole("heading", { level: 1, name: "Pool Budgets" }).waitFor();
});

afterEach(async () => {
  await context?.close();
});

const pane = () => page.locator("#pane");

/** The preview's workbook brought out of the page, to calculate here with the test evaluator. */
async function workbookFromPage(): Promise<MemoryWorkbook> {
  const sheets = await page.evaluate(() =>
    (
      window as unknown as {
        __workbook: { sheets: { name: string; cells: Map<string, unknown> }[] };
      }
    ).__workbook.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()] }))
  );
  const wb = new MemoryWorkbook(sheets.map((s) => ({ name: s.name, rows: [] })));
  for (const s of sheets) {
    for (const [at, c] of s.cells) wb.sheet(s.name).cells.set(at, c as MemoryCell);
  }
  return wb;
}

async function cell(sheet: string, address: string): Promise<Cell | undefined> {
  return page.evaluate(
    ([s, a]) => {
      const wb = (
        window as unknown as { __workbook: { cell(s: string, a: string): Cell | undefined } }
      ).__workbook;
      return wb.cell(s, a);
    },
    [sheet, address]
  );
}

async function sheetNames(): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __workbook: { sheets: { name: string }[] } }).__workbook.sheets.map(
      (s) => s.name
    )
  );
}

/** axe-core on the pane: no serious or critical violations allowed. */
async function expectAccessible(name: string) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            el: Element,
            o: object
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document.querySelector("#pane")!, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  expect({
    screen: name,
    serious: violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
  }).toEqual({ screen: name, serious: [] });
  await expectWholeOptions(name);
  await expectOptionsLookOpen(name);
}

/** An option not chosen reads in the body colour, as one that can be chosen; only a disabled one is grey. */
async function expectOptionsLookOpen(name: string) {
  const grey = await page.evaluate(() => {
    const body = getComputedStyle(document.querySelector("#pane h1")!).color;
    return Array.from(document.querySelectorAll("#pane .fui-Radio, #pane .fui-Checkbox"))
      .filter((o) => !o.querySelector("input")!.disabled)
      .map((o) => o.querySelector("label")!)
      .filter((l) => getComputedStyle(l).color !== body)
      .map((l) => l.textContent);
  });
  expect({ screen: name, grey }).toEqual({ screen: name, grey: [] });
}

/**
 * Every drop-down's options fit it whole at 320 px: each option's text, measured in the
 * select's own font, is no wider than the room the select leaves beside its chevron.
 */
async function expectWholeOptions(name: string) {
  const cut = await page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    const out: string[] = [];
    for (const select of Array.from(document.querySelectorAll("#pane select"))) {
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const option of Array.from((select as HTMLSelectElement).options)) {
        if (ctx.measureText(option.text).width > room) out.push(option.text);
      }
    }
    return out;
  });
  expect({ screen: name, cut }).toEqual({ screen: name, cut: [] });
}

/** Move on a step in a set-up screen. */
const next = () => pane().getByRole("button", { name: "Next" }).click();

/** From Set up a pool's partners step: on to the last step, and write the sheets. */
async function writePool() {
  for (let k = 0; k < 3; k++) await next();
  await pane().getByRole("button", { name: "Write Pool and Monitoring sheets" }).click();
  await pane()
    .getByText(/Added the sheets “Pool”/)
    .waitFor();
}

/** Screenshot the pane; it must stay 320 px wide with nothing spilling out sideways. */
async function shoot(name: string) {
  await pane().screenshot({ path: join(artifacts, `${name}.png`) });
  const box = await pane().boundingBox();
  expect(box!.width).toBe(320);
  const wider = await pane().evaluate((el) =>
    [...el.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
      .map((e) => e.tagName + "." + e.className)
      .slice(0, 3)
  );
  expect({ screen: name, wider }).toEqual({ screen: name, wider: [] });
}

async function openScreen(label: string) {
  await pane().getByRole("button", { name: label, exact: true }).click();
  await pane().getByRole("heading", { level: 1, name: label }).waitFor();
}

/**
 * The Hertfordshire-like pool set up in the pane, run through two quarters, with partner
 * statements and a board report written: what a host does by Quarter 2.
 */
async function runToQuarter2() {
  await openScreen("Set up a pool");
  await pane().getByLabel("Name of the pool").fill("Joint commissioning");
  await pane().getByLabel("Financial year").fill("2025/26");
  await pane().getByLabel("Period").selectOption("Quarter 1");
  await next();
  const partners: [string, string, string][] = [
    ["Hertfordshire County Council", "council", "20000000"],
    ["Hertfordshire ICB", "icb", "8000000"],
  ];
  for (const [i, [name, body, amount]] of partners.entries()) {
    const group = pane().getByRole("group", { name: `Partner ${i + 1}` });
    await group.getByLabel(`Partner ${i + 1} name`).fill(name);
    await group.getByLabel("Body type").selectOption(body);
    await group.getByLabel("Contribution (£)").fill(amount);
  }
  await writePool();
  await pane()
    .getByRole("button", { name: /Back to start/ })
    .click();

  await openScreen("Monitor this pool");
  await pane().getByRole("button", { name: "Open pool" }).click();
  await pane()
    .getByText(/2 partners and 1 scheme read from “Pool” and “Monitoring”/)
    .waitFor();
  const enter = async (spend: string, forecast: string) => {
    await pane().getByLabel("Joint commissioning: spend to date").fill(spend);
    await pane().getByLabel("Joint commissioning: forecast outturn").fill(forecast);
  };
  await enter("7,000,000", "£28,500,000");
  await pane().getByRole("button", { name: "Write Quarter 1 to the Monitoring sheet" }).click();
  await pane()
    .getByText(/Quarter 1 written to “Monitoring”/)
    .waitFor();
  await pane().getByLabel("Period", { exact: true }).selectOption("Month 6 / Quarter 2");
  await enter("14,100,000", "29,000,000");
  await pane()
    .getByText(/for the year: £1,000,000\.00/)
    .waitFor();
  await expect(
    pane()
      .getByRole("row", { name: /Hertfordshire ICB/ })
      .textContent()
  ).resolves.toContain("£285,714.29");
  await pane().getByRole("button", { name: "Write Quarter 2 to the Monitoring sheet" }).click();
  await pane()
    .getByText(/Quarter 2 written/)
    .waitFor();
  await pane().getByRole("button", { name: "Write partner statements" }).click();
  await pane()
    .getByText(/Added 2 statements/)
    .waitFor();
  await pane().getByRole("button", { name: "Write board report" }).click();
  await pane()
    .getByText(/Added the board report/)
    .waitFor();
}

describe("task pane in Chromium", () => {
  it("Home: accessible at 320 px and fits without sideways scrolling", async () => {
    await shoot("1-home");
    await expectAccessible("home");
  });

  it("Set up a pool from the Manchester figures writes a Pool sheet with live formulas", async () => {
    await openScreen("Set up a pool");
    await pane().getByLabel("Name of the pool").fill("Income maximisation");
    await pane().getByLabel("Financial year").fill("2005/06");
    await pane().getByLabel("Period").selectOption("Year end");
    await shoot("2-pool-basics");
    await expectAccessible("pool basics");
    await next();
    await pane().getByRole("button", { name: "Use selected cells" }).click();
    await pane().getByText("3 partners read from Manchester 2005-06!A2:C4.").waitFor();
    await shoot("2-pool-partners");
    await expectAccessible("pool partners");
    await next();
    await shoot("2-pool-rules");
    await expectAccessible("pool rules");
    await next();
    await next();
    // The NRF grant funds none of the sample overspend: the council and PCTs share it.
    await expect(pane().getByRole("row", { name: /PCTs/ }).textContent()).resolves.toMatch(
      /£10,144\.50.*51\.89%/
    );
    await pane()
      .getByText(/a grant never funds an overspend/)
      .waitFor();
    await shoot("2-pool-check");
    await expectAccessible("pool check");
    await pane().getByRole("button", { name: "Write Pool and Monitoring sheets" }).click();
    await pane()
      .getByText(/Added the sheets “Pool”/)
      .waitFor();
    expect((await cell("Pool", "A1"))?.formula).toBe(
      '="Pool: Income maximisation, "&$B$4&", "&$B$5'
    );
    expect((await cell("Pool", "B4"))?.value).toBe("2005/06");
    expect((await cell("Pool", "B5"))?.value).toBe("Year end");
    // No sample variance: B7 reads the Monitoring sheet's forecast, blank until entered.
    expect((await cell("Pool", "B7"))?.formula).toBe("='Monitoring'!$B$13");
    expect((await cell("Pool", "C18"))?.value).toBe(75500);
    expect((await cell("Pool", "G16"))?.formula).toBe("=POOL.POOLSHARE($C$16:$C$18)");
    expect((await cell("Pool", "H16"))?.formula).toBe(
      "=POOL.DEFICITSPLIT($B$7,$E$16:$E$18,$B$10,$D$16:$D$18,$B$9,$B$11)"
    );
    // The memorandum's over/(under)spend is the partners table's split.
    expect((await cell("Pool", "F29"))?.formula).toBe("=H16");
  });

  it("Set up a pool ledger walks the BCF pool in steps, and its sheets calculate to the penny", async () => {
    await openScreen("Set up a pool ledger");
    const fill = (label: string, text: string) =>
      pane().getByLabel(label, { exact: true }).fill(text);
    await fill("Name of the pool", "Northshire Better Care Fund");
    await fill("Financial year", "2025/26");
    await fill("Partner 1 name", "Northshire ICB");
    await fill("Partner 2 name", "Northshire County Council");
    await shoot("2b-ledger-partners");
    await expectAccessible("ledger partners");
    await next();
    await fill("Line 1 source", "NHS minimum contribution");
    await fill("Line 1 annual contribution (£)", "20,000,000");
    await fill("Line 2 source", "Local authority BCF grant");
    await fill("Line 2 annual contribution (£)", "8,000,000");
    await pane()
      .getByRole("group", { name: "Line 2" })
      .getByLabel("A grant (funding stream)")
      .check();
    await pane().getByRole("button", { name: "Add a line" }).click();
    await pane().getByLabel("Line 3 partner").selectOption("Northshire County Council");
    await fill("Line 3 source", "Additional contribution");
    await fill("Line 3 annual contribution (£)", "2,100,000");
    await pane().getByRole("button", { name: "Add a line" }).click();
    await pane().getByLabel("Line 4 partner").selectOption("Northshire County Council");
    await fill("Line 4 source", "Disabled Facilities Grant");
    await fill("Line 4 annual contribution (£)", "3,000,000");
    const dfg = pane().getByRole("group", { name: "Line 4" });
    await dfg.getByLabel("A grant (funding stream)").check();
    await dfg.getByLabel("Ring-fenced").check();
    // The DFG is paid once, in April; the other lines quarterly in advance.
    await dfg.getByLabel("Line 4 paid").selectOption("annual");
    await shoot("2c-ledger-lines");
    await expectAccessible("ledger lines");
    await next();
    await pane()
      .getByLabel("Paste a scheme table (optional)")
      .fill(
        [
          "Community health services\tCommunity based schemes\tNHS\tNHS minimum contribution\t15,000,000",
          "Intermediate care and reablement\tIntermediate care\tLA\tNHS minimum contribution\t4,400,000",
          "Intermediate care and reablement\tIntermediate care\tLA\tLocal authority BCF grant\t3,000,000",
          "Adult social care packages\tHome care\tLA\tLocal authority BCF grant\t5,000,000",
          "Adult social care packages\tHome care\tLA\tAdditional contribution\t1,600,000",
          "Home adaptations\tDFG related schemes\tLA\tDisabled Facilities Grant\t3,000,000",
        ].join("\n")
      );
    await pane().getByRole("button", { name: "Use the pasted schemes" }).click();
    await pane().getByText("4 schemes read.").waitFor();
    await shoot("2d-ledger-schemes");
    await expectAccessible("ledger schemes");
    await next();
    await fill("Contingency from Northshire ICB: NHS minimum contribution (£)", "600,000");
    await fill(
      "Contingency from Northshire County Council: Additional contribution (£)",
      "400,000"
    );
    await shoot("2e-ledger-rules");
    await expectAccessible("ledger rules");
    await next();
    await shoot("2f-ledger-check");
    await expectAccessible("ledger check");
    await pane()
      .getByRole("button", { name: "Write the Ledger, statements, balances and board report" })
      .click();
    await pane()
      .getByText(/Added the sheets “Ledger”/)
      .waitFor();

    // The written sheets, brought out of the page and calculated with the year's figures.
    const book = new CalculatedBook(await workbookFromPage());
    const L = ledgerLayout({ ...BCF, variations: [] });
    enter(book.for("Ledger"), "Year end", YEAR_END, L);
    const ledger = book.for("Ledger");
    expect(ledger.range(`D${L.draw.first}:D${L.leftRow}`)).toEqual([[300000], [1000000], [400000]]);
    expect(ledger.range(`E${L.partners.first}:E${L.partners.last}`)).toEqual([
      [361990.95],
      [38009.05],
    ]);
    expect(ledger.value(`B${L.summary + 3}`)).toBe(0);
    const council = book.for("Statement Northshire County");
    expect(council.value("A1")).toBe("Memorandum of accounts: Northshire County Council");
    expect(council.value(`D${LEDGER_STATEMENT_ROWS.carriedForward}`)).toBe(400000);
    expect(council.value(`E${LEDGER_STATEMENT_ROWS.ledgerCheck}`)).toBe(0);
    expect(book.for("Year-end balances").value("D5")).toBe(361990.95);

    // The year's actual figures typed into the Ledger sheet, as the host would, then the
    // ledger's year run from the pane: the period set to Year end and next year started.
    const typed: [string, string][] = [
      ...YEAR_END.received.map((r, i): [string, string] => [
        `K${L.lines.first + i}`,
        String(r / 100),
      ]),
      ...YEAR_END.spend.map((x, k): [string, string] => [
        `${L.spend}${L.schemes.first + k}`,
        x === null ? "" : String(x / 100),
      ]),
      ...(YEAR_END.income ?? []).map((x, k): [string, string] => [
        `${L.income}${L.schemes.first + k}`,
        x ? String(x / 100) : "",
      ]),
    ];
    await page.evaluate((cells) => {
      const wb = (
        window as unknown as { __workbook: { typeInto(s: string, a: string, t: string): void } }
      ).__workbook;
      for (const [at, text] of cells) wb.typeInto("Ledger", at, text);
    }, typed);
    await pane()
      .getByRole("button", { name: /Back to start/ })
      .click();
    await openScreen("Run a pool ledger's year");
    await pane().getByRole("button", { name: "Open ledger" }).click();
    await pane()
      .getByText(/2 partners, 4 lines and 4 schemes read from “Ledger”/)
      .waitFor();
    await pane().getByLabel("Period", { exact: true }).selectOption("Year end");
    await pane().getByRole("button", { name: "Set the period" }).click();
    await pane().getByText("The period on “Ledger” is now Year end.").waitFor();
    await expect(
      pane()
        .getByRole("row", { name: /Northshire ICB/ })
        .first()
        .textContent()
    ).resolves.toContain("£361,990.95");
    await pane().getByLabel("Northshire ICB: NHS minimum contribution: uplift").fill("2.5%");
    await shoot("2g-ledger-year");
    await expectAccessible("ledger year");
    await pane().getByRole("button", { name: "Start next year" }).click();
    await pane()
      .getByText(/Added “Ledger 2026-27”/)
      .waitFor();
    const after = new CalculatedBook(await workbookFromPage());
    const following = after.for("Ledger 2026-27");
    expect(following.value(L.year)).toBe("2026/27");
    expect(following.value(`G${L.lines.first}`)).toBe(20500000);
    // The DFG's unspent £400,000 is brought forward on its own line.
    expect(following.value(`F${L.lines.first + 3}`)).toBe(400000);
    expect(following.value(`B${L.summary + 3}`)).toBe(0);
    // The instalment pattern carries a year on: the DFG's whole £3m on 1 April 2026.
    expect(following.value(`B${L.instalments.head}`)).toBe(46113);
    expect(following.range(`B${L.instalments.first + 3}:E${L.instalments.first + 3}`)).toEqual([
      [3000000, 0, 0, 0],
    ]);
  });

  it("Align or pool? gives a recommendation and records it", async () => {
    await openScreen("Align or pool?");
    for (const n of [1, 2, 4, 5, 6])
      await pane()
        .getByRole("radiogroup", { name: new RegExp(`^Test ${n}:`) })
        .getByRole("radio")
        .nth(0)
        .check();
    await pane().getByRole("heading", { name: "Aligning suits this arrangement" }).waitFor();
    await shoot("3-align-or-pool");
    await expectAccessible("decide");
    await pane().getByRole("button", { name: "Write to sheet" }).click();
    await pane()
      .getByText(/Recorded the answers/)
      .waitFor();
    expect((await cell("Align or pool", "A17"))?.formula).toBe(
      "=POOL.ALIGNVSPOOL(D7:D14,,TRUE,TRUE)"
    );
    expect((await cell("Align or pool", "B18"))?.value).toBe("ALIGN");
  });

  it("Templates: inserts the Manchester funding profile from the built .xlsx", async () => {
    await openScreen("Templates");
    await shoot("4-templates");
    await expectAccessible("templates");
    const card = pane().getByRole("group", { name: "Funding profile" });
    await card.getByRole("button", { name: "Insert into this workbook" }).click();
    await card.getByText("Added sheets: Funding profile.").waitFor({ timeout: 20_000 });
    expect(await sheetNames()).toContain("Funding profile");
    expect((await cell("Funding profile", "A5"))?.value).toBe("Neighbourhood Renewal Fund");
    expect((await cell("Funding profile", "C5"))?.value).toBe(150000);
    expect((await cell("Funding profile", "B8"))?.formula).toBe(
      "=SUBTOTAL(109,FundingSources[10/02-03/03])"
    );
    const download = await card.getByRole("link", { name: "Download .xlsx" }).getAttribute("href");
    const response = await page.request.get(`${server.url}${download}`);
    expect(response.ok()).toBe(true);
    expect((await response.body()).subarray(0, 2).toString()).toBe("PK");
  });

  it("Check this workbook lists the messy sheet's problems and goes to a cell", async () => {
    await openScreen("Check this workbook");
    await pane().getByLabel("What to check").selectOption("LSP running costs");
    await pane().getByRole("button", { name: "Check sheet" }).click();
    await pane()
      .getByText(/things to look at on LSP running costs/)
      .waitFor();
    await shoot("5-check");
    await expectAccessible("check");
    await pane().getByRole("button", { name: "Go to cell B6 on LSP running costs" }).click();
    const selection = await page.evaluate(
      () => (window as unknown as { __workbook: { selection: unknown } }).__workbook.selection
    );
    expect(selection).toEqual({ sheet: "LSP running costs", address: "B6" });
  });

  it("Agreement schedule drafts the financial schedule from the pool set up", async () => {
    await openScreen("Set up a pool");
    await next();
    await pane().getByRole("button", { name: "Use selected cells" }).click();
    await pane()
      .getByText(/3 partners read/)
      .waitFor();
    await pane()
      .getByRole("button", { name: /Back to start/ })
      .click();
    await openScreen("Agreement schedule");
    await pane()
      .getByText(/3 partners, host Manchester City Council/)
      .waitFor();
    await pane().getByRole("button", { name: "Write agreement schedule" }).click();
    await pane()
      .getByText(/Added the sheet “Agreement schedule”/)
      .waitFor();
    await shoot("7-schedule");
    await expectAccessible("schedule");
    expect((await cell("Agreement schedule", "A1"))?.value).toBe(
      "Agreement schedule: Partnership pool"
    );
  });

  it("Prepare to share copies a sheet with its POOL formulas as values, the original untouched", async () => {
    await openScreen("Prepare to share");
    await pane().getByRole("checkbox", { name: "LSP running costs" }).check();
    await pane().getByRole("button", { name: "Make copies to share" }).click();
    await pane()
      .getByText(/Made 1 copy \(“LSP running costs \(shared\)”\): 1 formula/)
      .waitFor();
    await shoot("6-share");
    await expectAccessible("share");
    expect(await sheetNames()).toContain("LSP running costs (shared)");
    // The copy holds the value the formula showed; the original keeps the formula.
    expect(await cell("LSP running costs (shared)", "B8")).toEqual({ value: "#VALUE!" });
    expect((await cell("LSP running costs", "B8"))?.formula).toMatch(/^=POOL\.DEFICITSPLIT\(/);
    expect((await cell("LSP running costs (shared)", "B2"))?.value).toBe(60000);
  });

  it("Explain this figure explains a partner's split on the Pool sheet and puts it in a note", async () => {
    await openScreen("Set up a pool");
    await next();
    await pane().getByRole("button", { name: "Use selected cells" }).click();
    await pane()
      .getByText(/3 partners read/)
      .waitFor();
    await writePool();
    // The finance officer types the forecast variance into B7, as in Excel, then selects
    // H18, the PCTs' cell of the split's spill, in the demo grid.
    const grid = page.locator("section[aria-label='Demo workbook']");
    await grid.getByRole("button", { name: "Pool", exact: true }).click();
    await grid.locator("td[data-address='B7']").click();
    await grid.getByLabel("Contents of B7").fill("20000");
    await grid.getByLabel("Contents of B7").press("Enter");
    await grid.locator("td[data-address='H18']").click();
    await expect(grid.locator("td[data-address='H18']").textContent()).resolves.toBe("£10,378.01");
    await pane()
      .getByRole("button", { name: /Back to start/ })
      .click();
    await openScreen("Explain this figure");
    await pane().getByRole("button", { name: "Explain the selected cell" }).click();
    await pane()
      .getByRole("heading", {
        level: 2,
        name: "PCTs funds £10,378.01 of the £20,000.00 overspend.",
      })
      .waitFor();
    await expect(pane().getByText("POOL.DEFICITSPLIT in Pool!H18").count()).resolves.toBe(1);
    await pane()
      .getByText(/PCTs received it because its remainder \(0\.69p\) was the largest: £10,378\.01\./)
      .waitFor();
    await shoot("9-explain");
    await expectAccessible("explain");
    await pane().getByRole("button", { name: "Put it in a note on H18" }).click();
    await pane().getByText("Put in a note on H18.").waitFor();
    const note = await page.evaluate(() =>
      (
        window as unknown as {
          __workbook: { sheet: (n: string) => { notes: Map<string, string> } };
        }
      ).__workbook
        .sheet("Pool")
        .notes.get("H18")
    );
    expect(note).toMatch(/^PCTs funds £10,378\.01 of the £20,000\.00 overspend\.\n1\. /);
    await expect(page.locator('td[data-address="H18"][data-note]').count()).resolves.toBe(1);
  });

  it("Monitor this pool runs a Hertfordshire-like pool through two quarters, statements, a board report and next year", async () => {
    await runToQuarter2();
    // Next year starts from the year end: set the period first, as the pane offers.
    await pane().getByRole("button", { name: "Set the period to Year end" }).click();
    await pane()
      .getByRole("button", { name: "Start next year" })
      .and(pane().locator(":enabled"))
      .waitFor();
    await pane().getByLabel("Hertfordshire County Council: uplift").fill("2.5%");
    await pane().getByLabel("Hertfordshire ICB: uplift").fill("3%");
    await pane().getByLabel("Hertfordshire ICB: saving or growth").fill("-100,000");
    await shoot("10-monitor");
    await expectAccessible("monitor");
    await pane().getByRole("button", { name: "Start next year" }).click();
    await pane()
      .getByText(/Added “Pool 2026-27” and “Monitoring 2026-27” for 2026\/27/)
      .waitFor();

    // What the workbook then holds, calculated here as Excel would calculate it.
    const book = new CalculatedBook(await workbookFromPage());
    const closing = ["Statement Hertfordshire County", "Statement Hertfordshire ICB"].map(
      (name) => book.for(name).value(`B${STATEMENT_ROWS.carriedForward}`) as number
    );
    expect(closing[1]).toBeCloseTo(-8285714.29, 6);
    const next = book.for("Pool 2026-27");
    const P = poolLayout(2);
    expect(next.value("B4")).toBe("2026/27");
    // The legal basis and the agreed rule carry into next year.
    expect(next.value("A2")).toContain("Legal basis: a section 75 (NHS Act 2006) pool.");
    expect(next.value("B10")).toBe("In proportion to contributions");
    expect(next.value(`C${P.first}`)).toBe(20500000);
    expect(next.value(`C${P.first + 1}`)).toBe(8140000);
    expect(next.value(`B${P.memoFirst}`)).toBeCloseTo(closing[0], 6);
    expect(next.value(`B${P.memoFirst + 1}`)).toBeCloseTo(closing[1], 6);
    const M = monitoringLayout(1, 2);
    const mon = book.for("Monitoring");
    expect(mon.value(M.variance)).toBe(1000000);
    expect(mon.value(`C${M.splitFirst}`)).toBe(714285.71);
    expect(mon.value(`C${M.splitTotal + 1}`)).toBe(0);
    expect(book.for("Board report").value("B7")).toBe(1000000);
    expect(book.for("Pool").value(`H${P.checkRow}`)).toBe(0);
  });

  it("the preview calculates the year as Excel would, takes typed figures, and saves a workbook LibreOffice prints", async () => {
    await runToQuarter2();
    const grid = page.locator("section[aria-label='Demo workbook']");
    const tab = (name: string) => grid.getByRole("button", { name, exact: true }).click();
    const shown = (at: string) => grid.locator(`td[data-address='${at}']`).textContent();
    const P = poolLayout(2);
    const M = monitoringLayout(1, 2);
    // Calculated figures on each sheet, in their number formats: the POOL functions too.
    await tab("Monitoring");
    await expect(shown(M.variance)).resolves.toBe("£1,000,000.00");
    await tab("Pool");
    await expect(shown(`H${P.first + 1}`)).resolves.toBe("£285,714.29");
    await expect(shown(`H${P.checkRow}`)).resolves.toBe("£0.00");
    await tab("Board report");
    await expect(shown("B7")).resolves.toBe("£1,000,000.00");
    // Type the ICB's receipts into the Pool sheet's memorandum, as the host would.
    await tab("Pool");
    await grid.locator(`td[data-address='C${P.memoFirst + 1}']`).click();
    const contents = grid.getByLabel(`Contents of C${P.memoFirst + 1}`);
    await contents.fill("7,500,000");
    await contents.press("Enter");
    await tab("Statement Hertfordshire ICB");
    await expect(shown(`B${STATEMENT_ROWS.received}`)).resolves.toBe("£7,500,000.00");
    await expect(shown(`B${STATEMENT_ROWS.carriedForward}`)).resolves.toBe("(£785,714.29)");
    await expect(shown(`B${STATEMENT_ROWS.check}`)).resolves.toBe("£0.00");
    await grid
      .locator("table[data-sheet]")
      .screenshot({ path: join(artifacts, "preview-statement.png") });

    // Saved as .xlsx: every formula with its value; LibreOffice prints it readably on A4.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      grid.getByRole("button", { name: "Save as .xlsx" }).click(),
    ]);
    const saved = join(artifacts, "preview-year.xlsx");
    await download.saveAs(saved);
    // Every formula on the sheets the add-in wrote carries its value, none an error: the
    // demo's own sheets apart, and the board report's chart data, which marks a quarter not
    // yet forecast with NA() by design.
    const demo = ["Manchester 2005-06", "LSP running costs"];
    const without = (await formulaCells(readFileSync(saved))).filter(
      (f) => !demo.includes(f.sheet) && !f.formula.includes("NA()") && (!f.cached || f.error)
    );
    expect(without).toEqual([]);
    const dir = convertFiles([{ name: "preview-year.xlsx", bytes: readFileSync(saved) }], "pdf");
    const pdf = join(dir, "preview-year.pdf");
    copyFileSync(pdf, join(artifacts, "preview-year.pdf"));
    // The sheets the add-in wrote, each page headed with its sheet (the demo's own come first).
    const allPages = pagesOf(pdf);
    const pages = allPages.filter((p) => /^(Pool|Monitoring|Board report): /.test(p.text));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const text = pages.map((p) => p.text).join(" ");
    expect(text).toContain("£285,714.29");
    expect(text).toContain("(£785,714.29)");
    expect(text).not.toMatch(/#NAME\?|#VALUE!|#REF!/);
    expect(median(pages.flatMap((p) => p.heights))).toBeGreaterThanOrEqual(8);
    // PNGs of the statement and the board report as they print, to look at.
    for (const [title, name] of [
      ["Statement of account: Hertfordshire ICB", "printed-statement"],
      ["Board report", "printed-board-report"],
    ]) {
      const n = allPages.findIndex((p) => p.text.includes(title));
      expect(n).toBeGreaterThanOrEqual(0);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        String(n + 1),
        "-l",
        String(n + 1),
        "-singlefile",
        pdf,
        join(artifacts, name),
      ]);
    }
  });

  it("works by keyboard alone: Tab reaches a screen and Enter opens it", async () => {
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await pane().getByRole("heading", { level: 1, name: "Set up a pool" }).waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Set up a pool");
  });
});

describe("the page under its own Content-Security-Policy", () => {
  it("loads with no violations and no requests beyond its own origin", async () => {
    const strict = await browser.newContext();
    const p = await strict.newPage();
    const problems: string[] = [];
    const origins = new Set<string>();
    p.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("request", (r) => origins.add(new URL(r.url()).origin));
    await p.goto(`${server.url}preview.html`);
    await p.getByRole("heading", { level: 1, name: "Pool Budgets" }).waitFor();
    await p.getByRole("button", { name: "Templates", exact: true }).click();
    await p.getByRole("heading", { level: 1, name: "Templates" }).waitFor();
    expect(problems).toEqual([]);
    expect([...origins]).toEqual([server.url.replace(/\/$/, "")]);
    const csp = await p
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toMatch(/unsafe-eval/);
    await strict.close();
  });
});

describe("the help page Excel links each function to", () => {
  it("loads under its CSP, with a section per function, linked from Home", async () => {
    const ctx = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const p = await ctx.newPage();
    const problems: string[] = [];
    p.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    p.on("pageerror", (e) => problems.push(e.message));
    await p.goto(`${server.url}preview.html`);
    const link = p.getByRole("link", { name: /Help on every function/ });
    expect(await link.getAttribute("href")).toBe("help.html");
    await p.goto(`${server.url}help.html#riskshare`);
    await p.getByRole("heading", { level: 1, name: "Pool Budgets: guide and functions" }).waitFor();
    for (const id of [
      "POOLSHARE",
      "DEFICITSPLIT",
      "RISKSHARE",
      "REALLOCATE",
      "ALIGNVSPOOL",
      "FINYEAR",
    ])
      await p.getByRole("heading", { level: 2, name: new RegExp(`^POOL\\.${id}\\(`) }).waitFor();
    await p.screenshot({ path: join(artifacts, "8-help.png") });
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
