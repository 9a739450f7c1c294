import { balances, fromPence, statements, yearPosition } from "../../src/core";
import type { PeriodFigures } from "../../src/core/ledger";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { ledgerSheetPlan } from "../../src/excel/plans/ledgerSheet";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { BALANCES_FIRST } from "../../src/excel/plans/ledgerBalances";
import { LEDGER_STATEMENT_ROWS as R } from "../../src/excel/plans/ledgerStatement";
import { LEDGER_REPORT_ROWS } from "../../src/excel/plans/ledgerBoardReport";
import { BCF, BCF_BANDED, QUARTER_2, YEAR_END } from "../core/ledger/bcfPool";
import { CalculatedBook, CalculatedSheet } from "./hyperBook";
import { enter, L, ledgerWorkbook } from "./ledgerBook";

async function ledgerBook(period = "Quarter 2") {
  const wb = new MemoryWorkbook();
  const [name] = await wb.writeSheets([ledgerSheetPlan(BCF, period)]);
  const book = new CalculatedBook(wb);
  return { wb, sheet: book.for(name), name };
}

/** The sheet's figures beside the engine's, line by line and partner by partner. */
function expectSheetToMatchEngine(sheet: CalculatedSheet, figures: PeriodFigures) {
  const year = yearPosition(BCF, figures);
  year.lines.forEach((l, i) => {
    const w = L.went.first + i;
    const n = L.lines.first + i;
    expect([
      sheet.value(`H${n}`),
      sheet.value(`J${n}`),
      sheet.value(`L${n}`),
      sheet.value(`B${w}`),
      sheet.value(`F${w}`),
      sheet.value(`G${w}`),
      sheet.value(`H${w}`),
      sheet.value(`I${w}`),
    ]).toEqual(
      [
        l.contribution - BCF.lines[i].annual,
        l.due,
        l.outstanding,
        l.schemes,
        l.drawn,
        l.contingency,
        l.spending,
        l.balance,
      ].map(fromPence)
    );
  });
  year.invoices.forEach((inv, p) =>
    expect(sheet.value(`E${L.partners.first + p}`)).toBe(fromPence(inv))
  );
  year.steps.forEach((s, t) => {
    expect(sheet.value(`B${L.draw.first + t}`)).toBe(fromPence(s.before));
    expect(sheet.value(`D${L.draw.first + t}`)).toBe(fromPence(s.amount));
  });
  expect(sheet.value(`B${L.summary + 2}`)).toBe(fromPence(year.variance));
  expect(sheet.value(`B${L.summary + 3}`)).toBe(0);
  return year;
}

describe("the Ledger sheet, calculated", () => {
  it("at Quarter 2 works the same figures as the engine, the contingency meeting the forecast overspend", async () => {
    const { sheet } = await ledgerBook();
    enter(sheet, "Quarter 2", QUARTER_2);
    expect(sheet.value("A1")).toBe("Pool ledger: Northshire Better Care Fund, 2025/26, Quarter 2");
    // As at 30 September 2025, Excel's serial 45930.
    expect(sheet.value(L.asAt)).toBe(45930);
    expectSheetToMatchEngine(sheet, QUARTER_2);
    expect(sheet.value(`D${L.draw.first + 1}`)).toBe(500000);
    expect(sheet.value(`L${L.lines.first}`)).toBe(2500000); // the ICB's July instalment, half unpaid
  });

  it("at a month works to that month's last day: Month 5 is as at 31 August, two instalments due", async () => {
    const { sheet } = await ledgerBook();
    const month5 = { ...QUARTER_2, asAt: "2025-08-31" };
    enter(sheet, "Month 5", month5);
    expect(sheet.value("A1")).toBe("Pool ledger: Northshire Better Care Fund, 2025/26, Month 5");
    // 31 August 2025 is Excel's serial 45900; Month 10 is 31 January 2026.
    expect(sheet.value(L.asAt)).toBe(45900);
    expectSheetToMatchEngine(sheet, month5);
    sheet.set(L.period, "Month 10");
    expect(sheet.value(L.asAt)).toBe(46053);
  });

  it("at year end meets the overspend in the agreed order and keeps the DFG's underspend on its line", async () => {
    const { sheet } = await ledgerBook("Year end");
    enter(sheet, "Year end", YEAR_END);
    expectSheetToMatchEngine(sheet, YEAR_END);
    expect(sheet.range(`E${L.partners.first}:E${L.partners.last}`)).toEqual([
      [361990.95],
      [38009.05],
    ]);
    // The DFG line: £2.6m spent of £3m, nothing drawn, £400,000 carried forward.
    const dfg = L.went.first + 3;
    expect(sheet.range(`F${dfg}:K${dfg}`)).toEqual([[0, 0, 2600000, 400000, 400000, 0]]);
  });

  it("follows the rule and treatment drop-downs live", async () => {
    const { sheet } = await ledgerBook("Year end");
    enter(sheet, "Year end", YEAR_END);
    sheet.set(L.rule, "Lead commissioner bears it");
    // Both overspent schemes are the council's.
    expect(sheet.range(`E${L.partners.first}:E${L.partners.last}`)).toEqual([[0], [400000]]);
    expect(sheet.value(`B${L.summary + 3}`)).toBe(0);
    sheet.set(L.ringFenced, "Return to its source");
    const dfg = L.went.first + 3;
    expect(sheet.range(`J${dfg}:K${dfg}`)).toEqual([[0, 400000]]);
  });

  it("counts a scheme with no forecast at its budget", async () => {
    const { sheet } = await ledgerBook();
    enter(sheet, "Quarter 2", QUARTER_2);
    const social = L.schemes.first + 2;
    expect(sheet.value(`${L.counted}${social}`)).toBe(6600000);
    expect(sheet.value(`${L.variance}${social}`)).toBe(0);
  });
});

describe("statements and balances from the Ledger sheet", () => {
  const yearBook = (period: string, figures: PeriodFigures) => ledgerWorkbook(period, figures);

  it("give the council a memorandum by source at year end, each line reconciling", async () => {
    const { book, names } = await yearBook("Year end", YEAR_END);
    const council = book.for(names[2]);
    expect(council.value("A1")).toBe("Memorandum of accounts: Northshire County Council");
    expect(council.value("A2")).toBe(
      "Pool: Northshire Better Care Fund, 2025/26, Year end, as at 31 March 2026"
    );
    expect(council.range(`B${R.head}:E${R.head}`)).toEqual([
      [
        "Local authority BCF grant (grant)",
        "Additional contribution",
        "Disabled Facilities Grant (grant, ring-fenced)",
        "Total",
      ],
    ]);
    const engine = statements(BCF, yearPosition(BCF, YEAR_END))[1];
    engine.lines.forEach((l, j) => {
      const c = String.fromCharCode(66 + j);
      expect(council.value(`${c}${R.received}`)).toBe(fromPence(l.received));
      expect(council.value(`${c}${R.spending}`)).toBe(fromPence(l.spending));
      expect(council.value(`${c}${R.carriedForward}`)).toBe(fromPence(l.carriedForward));
      expect(council.value(`${c}${R.lineCheck}`)).toBe(0);
    });
    // The DFG keeps its £400,000; the council's share of the overspend is invoiced.
    expect(council.value(`D${R.carriedForward}`)).toBe(400000);
    expect(council.value(`E${R.shareOfOverspend}`)).toBe(38009.05);
    expect(council.value(`E${R.ledgerCheck}`)).toBe(0);
  });

  it("give the ICB a forecast year-end position at Quarter 2, due kept apart from not yet due", async () => {
    const { book, names } = await yearBook("Quarter 2", QUARTER_2);
    const icb = book.for(names[1]);
    expect(icb.value("A1")).toBe("Forecast year-end position: Northshire ICB");
    expect(icb.range(`B${R.due}:B${R.notYetDue}`)).toEqual([
      [10000000],
      [7500000],
      [2500000],
      [10000000],
    ]);
    expect(icb.value(`B${R.balance}`)).toBe(300000);
    expect(icb.value(`C${R.ledgerCheck}`)).toBe(0);
  });

  it("give the agreement of balances the engine works, the ICB owing the host its invoice", async () => {
    const { book, names } = await yearBook("Year end", YEAR_END);
    const sheet = book.for(names[3]);
    expect(sheet.value("A1")).toBe("Agreement of balances: Northshire Better Care Fund, 2025/26");
    const [icb] = balances(BCF, yearPosition(BCF, YEAR_END));
    expect(sheet.range(`A${BALANCES_FIRST}:E${BALANCES_FIRST}`)).toEqual([
      [
        icb.name,
        fromPence(icb.owedToHost),
        fromPence(icb.owedByHost),
        361990.95,
        fromPence(icb.heldByHost),
      ],
    ]);
    // In year the title says it is a forecast.
    const q2 = await yearBook("Quarter 2", QUARTER_2);
    expect(q2.book.for(q2.names[3]).value("A1")).toBe(
      "Agreement of balances: Northshire Better Care Fund, 2025/26 (forecast at Quarter 2)"
    );
    expect(q2.book.for(q2.names[3]).value(`B${BALANCES_FIRST}`)).toBe(2500000);
  });
});

describe("the ledger's board report", () => {
  it("gives the board the year from the Ledger: the pool, each scheme, the order of draw, each partner and line", async () => {
    const { book, names } = await ledgerWorkbook("Year end", YEAR_END);
    expect(names[4]).toBe("Board report");
    const report = book.for(names[4]);
    const year = yearPosition(BCF, YEAR_END);
    const S = LEDGER_REPORT_ROWS.schemes;
    expect(report.value("A1")).toBe(
      "Board report: Northshire Better Care Fund, 2025/26, Year end, as at 31 March 2026"
    );
    expect(report.value("A2")).toBe(
      "Host: Northshire County Council. Every figure is a formula on the Ledger sheet."
    );
    const sum = LEDGER_REPORT_ROWS.summary;
    expect(report.range(`A${sum + 1}:B${sum + 4}`)).toEqual([
      ["Net spending (outturn)", 33100000],
      ["Over/(under)spend", 0],
      [
        "Left on ring-fenced lines and grants, which may not meet another scheme's overspend",
        400000,
      ],
      ["Met by the partners under the agreed rule (invoiced)", 400000],
    ]);
    // The pool is in balance yet the partners pay: the report says why.
    expect(report.value(`A${sum + 5}`)).toMatch(
      /^Why the partners pay where the pool is in balance/
    );
    // Each scheme with its commissioner and its variance, as the engine works them.
    year.schemes.forEach((x, k) => {
      expect(report.range(`A${S + k}:E${S + k}`)).toEqual([
        [
          BCF.schemes[k].name,
          BCF.partners[BCF.schemes[k].commissioner].name,
          fromPence(x.budget),
          fromPence(x.net),
          fromPence(x.net - x.budget),
        ],
      ]);
    });
    // Each scheme's movement since the last period: blank until a period has been kept.
    expect(report.range(`F${S}:F${S + BCF.schemes.length}`)).toEqual(
      BCF.schemes.map(() => [""]).concat([[""]])
    );
    const ledger = book.for(names[0]);
    const atQ2 = yearPosition(BCF, QUARTER_2).schemes;
    atQ2.forEach((x, k) =>
      ledger.set(`${L.lastVariance}${L.schemes.first + k}`, fromPence(x.variance))
    );
    const moved = year.schemes.map((x, k) => fromPence(x.variance - atQ2[k].variance));
    expect(report.range(`F${S}:F${S + BCF.schemes.length - 1}`).map((r) => r[0])).toEqual(moved);
    expect(report.value(`F${S + BCF.schemes.length}`)).toBeCloseTo(
      moved.reduce((a, b) => a + b, 0),
      2
    );
    const draw = S + BCF.schemes.length + 3;
    expect(report.range(`B${draw}:D${draw + 2}`).map((r) => r[2])).toEqual([
      300000, 1000000, 400000,
    ]);
    const partners = draw + 3 + 3;
    expect(report.range(`A${partners}:B${partners + 1}`)).toEqual([
      ["Northshire ICB", 361990.95],
      ["Northshire County Council", 38009.05],
    ]);
    const lines = partners + 2 + 3;
    expect(report.value(`C${lines + 3}`)).toBe(400000);
    // In year, the words say forecast.
    const q2 = await ledgerWorkbook("Quarter 2", QUARTER_2);
    expect(q2.book.for(q2.names[4]).value(`A${sum + 2}`)).toBe("Forecast over/(under)spend");
    expect(q2.book.for(q2.names[4]).value(`A${sum + 4}`)).toBe(
      "Forecast to be met by the partners under the agreed rule"
    );
  });
});

describe("the Ledger sheet with a risk-share schedule", () => {
  const B = ledgerLayout(BCF_BANDED);

  it("splits what the draws leave through the bands, as the engine does, and offers them in the drop-down", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan(BCF_BANDED, "Year end")]);
    const sheet = new CalculatedBook(wb).for(name);
    enter(sheet, "Year end", YEAR_END, B);
    expect(sheet.value(B.rule)).toBe("Risk-share bands");
    expect(sheet.range(`A${B.bands.head}:C${B.bands.last}`)).toEqual([
      ["Band size (£)", "Northshire ICB", "Northshire County Council"],
      [250000, 0.5, 0.5],
      [null, null, null],
    ]);
    // £125k each from the first band; the last £150k in proportion to own contributions.
    const engine = yearPosition(BCF_BANDED, YEAR_END).invoices.map(fromPence);
    expect(engine).toEqual([260746.61, 139253.39]);
    expect(sheet.range(`E${B.partners.first}:E${B.partners.last}`)).toEqual(engine.map((x) => [x]));
    expect(sheet.value(`B${B.summary + 3}`)).toBe(0);
    // Choosing another rule from the list sets the bands aside.
    sheet.set(B.rule, "In proportion to contributions");
    expect(sheet.range(`E${B.partners.first}:E${B.partners.last}`)).toEqual([
      [361990.95],
      [38009.05],
    ]);
  });
});
