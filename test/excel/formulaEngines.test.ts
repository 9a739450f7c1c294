import { alignVsPool, evaluate, parseFormula } from "../../src/core";
import type { Literal } from "../../src/core";
import { expand } from "../../src/core/a1";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { decisionSheetPlan } from "../../src/excel/plans/decisionSheet";
import { statementSheetPlan } from "../../src/excel/plans/statementSheet";
import { CalculatedBook } from "./hyperBook";
import { Recalculation } from "../../src/excel/memory/recalc";
import { shownAlike } from "./shownAlike";
import { poolFunctions } from "../../src/taskpane/preview/poolFunctions";
import { address } from "../../src/core/a1";
import { HERTS, monitoredPool } from "./hertsPool";
import { ledgerWorkbook } from "./ledgerBook";
import { YEAR_END } from "../core/ledger/bcfPool";

/**
 * The pane's own evaluator (src/core/formula, which Explain this figure uses) held to a
 * real spreadsheet engine on every formula the sheet plans write that it can work out.
 */
async function everySheet() {
  const { wb, book, names } = await monitoredPool();
  await wb.writeSheets(HERTS.partners.map((_, i) => statementSheetPlan(HERTS, i, `'${names[0]}'`)));
  await wb.writeSheet(boardReportPlan(HERTS, 2, `'${names[0]}'`, `'${names[1]}'`));
  const answers = ["pool", "pool", "pool", "pool", "pool", "", "", "pool"] as const;
  await wb.writeSheet(
    decisionSheetPlan([...answers], alignVsPool([...answers].map((a) => a || null)), {
      partnership: "Health and social care",
    })
  );
  // The pool's ledger, its statements and balances, at year end.
  await ledgerWorkbook("Year end", YEAR_END, wb);
  return { wb, book };
}

describe("the pane's formula evaluator against HyperFormula", () => {
  it("rounds half away from zero as Excel does: ROUND(-2.5, 0) is -3 in both", () => {
    const wb = new MemoryWorkbook([
      { name: "S", rows: [[-2.5, "=ROUND(A1,0)", 2.5, "=ROUND(C1,0)"]] },
    ]);
    const book = new CalculatedBook(wb).for("S");
    const lookup = () => [[-2.5]];
    expect(book.value("B1")).toBe(-3);
    expect(evaluate(parseFormula("=ROUND(A1,0)"), lookup)).toBe(-3);
    expect(book.value("D1")).toBe(3);
  });

  it("agrees on every formula the plans write that it can work out", async () => {
    const { wb, book } = await everySheet();
    let compared = 0;
    const disagreements: string[] = [];
    for (const sheet of wb.sheets) {
      const calc = book.for(sheet.name);
      for (const [at, cell] of sheet.cells) {
        if (!cell.formula) continue;
        const lookup = (ref: { sheet?: string; address: string }) => {
          const [from, to = from] = ref.address.replace(/\$/g, "").split(":");
          return book.for(ref.sheet ?? sheet.name).range(`${from}:${to}`) as Literal[][];
        };
        let ours;
        try {
          ours = evaluate(parseFormula(cell.formula), lookup);
        } catch {
          continue; // a function the explanation does not work out: it says so, never guesses
        }
        const theirs = calc.value(at);
        const mine = Array.isArray(ours) ? ours[0][0] : ours;
        compared++;
        const same =
          typeof mine === "number" && typeof theirs === "number"
            ? Math.abs(mine - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
            : (mine ?? "") === (theirs ?? "");
        if (!same)
          disagreements.push(`${sheet.name}!${at} ${cell.formula}: ${mine} against ${theirs}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Most of the plans' formulas are ones it can read: the comparison is not a formality.
    expect(compared).toBeGreaterThan(60);
  });

  it("calculates the decision sheet's live POOL.ALIGNVSPOOL and follows a changed answer", async () => {
    const { book } = await everySheet();
    const sheet = book.for("Align or pool");
    expect(sheet.value("A17")).toBe("POOL");
    expect(sheet.value("B17")).toBe(1);
    // Test 8 answered "align" (legal constraints) rules pooling out on its own.
    sheet.set("D14", "align");
    expect(sheet.value("A17")).toBe("ALIGN");
    expect(expand("D7:D14")).toHaveLength(8);
  });

  it("as the preview calculates, agrees on every cell of every sheet the plans write, POOL functions and spills included", async () => {
    const { wb, book } = await everySheet();
    const disagreements: string[] = [];
    let formulas = 0;
    // Worked out lazily, a cell at a time: the order it is asked in must not matter.
    for (const order of ["top down", "bottom up"]) {
      const ours = new Recalculation(wb, poolFunctions);
      for (const sheet of order === "top down" ? wb.sheets : [...wb.sheets].reverse()) {
        const theirs = book.rowsOf(sheet.name);
        const cellsOf = theirs.flatMap((row, r) =>
          row.map((expected, c) => ({ at: address(c + 1, r + 1), expected }))
        );
        for (const { at, expected } of order === "top down" ? cellsOf : cellsOf.reverse()) {
          if (order === "top down" && wb.sheet(sheet.name).cells.get(at)?.formula) formulas++;
          const got = ours.cell(sheet.name, at);
          const mine = "error" in got ? got.error : (got.value ?? "");
          const same = shownAlike(mine, expected, !!wb.sheet(sheet.name).cells.get(at)?.formula);
          if (!same)
            disagreements.push(
              `${order} ${sheet.name}!${at}: ${String(mine)} against ${String(expected)}`
            );
        }
      }
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(formulas).toBeGreaterThan(400);
  });
});
