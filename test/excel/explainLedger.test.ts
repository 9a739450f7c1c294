import { explanationText } from "../../src/core";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { explainFormula } from "../../src/functions/explainFormula";
import { poolFunctions } from "../../src/taskpane/preview/poolFunctions";
import { YEAR_END } from "../core/ledger/bcfPool";
import { L, ledgerWorkbook } from "./ledgerBook";

/** Explain this figure on a cell of the Ledger, in a workbook that calculates as Excel does. */
async function explain(at: string) {
  const wb = new MemoryWorkbook([], poolFunctions);
  await ledgerWorkbook("Year end", YEAR_END, wb);
  wb.selectRange("Ledger", at);
  const result = explainFormula(await wb.readFormulaSource());
  if (!result.ok) throw new Error(result.message);
  return explanationText(result.explanation);
}

describe("Explain this figure on the Ledger's steps", () => {
  it("explains the partners' shares of what the draws leave", async () => {
    const text = await explain(`F${L.partners.last}`);
    expect(text).toMatch(
      /^Northshire County Council funds £38,009\.05 of the £400,000\.00 overspend\./
    );
    // Its own contributions only: its grants weigh nothing.
    expect(text).toContain("contribution is £2,100,000.00 of £22,100,000.00 (9.50%)");
    expect(text).toContain("its remainder (0.98p) was the largest: £38,009.05");
  });

  it("explains each line's part of the contingency used", async () => {
    // The contingency met £1m, from the ICB's £0.6m and the council's £0.4m set aside.
    const text = await explain(`G${L.went.first + 2}`);
    expect(text).toContain("£400,000.00");
    expect(text).toContain("£1,000,000.00");
  });

  it("explains a scheme's charge to one of its lines", async () => {
    // Community health: £14.8m spent of its £15m, all from the ICB's line.
    const text = await explain(`${L.fund(0)}${L.charges.first}`);
    expect(text).toContain("£14,800,000.00");
  });
});
