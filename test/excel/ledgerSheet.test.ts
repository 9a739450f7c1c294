import { fromPence, yearPosition } from "../../src/core";
import type { PeriodFigures } from "../../src/core/ledger";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { ledgerSheetPlan } from "../../src/excel/plans/ledgerSheet";
import { BCF, QUARTER_2, YEAR_END } from "../core/ledger/bcfPool";
import { CalculatedBook, CalculatedSheet } from "./hyperBook";

const L = ledgerLayout(BCF);

/** Type a period's figures into the Ledger sheet's input cells, as the host would. */
function enter(sheet: CalculatedSheet, period: string, figures: PeriodFigures): void {
  sheet.set(L.period, period);
  figures.received.forEach((r, i) => sheet.set(`K${L.lines.first + i}`, fromPence(r)));
  figures.spend.forEach((s, k) =>
    sheet.set(`${L.spend}${L.schemes.first + k}`, s === null ? null : fromPence(s))
  );
  (figures.income ?? []).forEach((x, k) =>
    sheet.set(`${L.income}${L.schemes.first + k}`, x ? fromPence(x) : null)
  );
}

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
