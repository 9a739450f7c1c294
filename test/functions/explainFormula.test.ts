import fc from "fast-check";
import { explanationText, formatPounds, FormulaSource, rangesToRead } from "../../src/core";
import { alignVsPool } from "../../src/functions/alignVsPool";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { explainFormula } from "../../src/functions/explainFormula";
import { finYear } from "../../src/functions/finYear";
import { poolShare } from "../../src/functions/poolShare";
import { reallocate } from "../../src/functions/reallocate";
import { riskShare } from "../../src/functions/riskShare";

/**
 * "Explain this figure" against the functions themselves: for every method, every cell of
 * the result is explained, and the explanation's figure must be the figure the custom
 * function returns for that cell, written in the summary and the last step.
 */
type Cells = Record<string, unknown[][]>;

/** Swindon's section 75 fund (DOMAIN.md): council £20m, PCT £8m. */
const SWINDON: Cells = {
  "A2:A3": [["Swindon Borough Council"], ["Swindon PCT"]],
  "B2:B3": [[20000000], [8000000]],
};

function source(formula: string, cells: Cells, row: number, col = 0): FormulaSource {
  const inputs = rangesToRead(formula, "Pool").map((r) => ({
    ...r,
    values: (cells[r.address] ?? [[""]]) as FormulaSource["inputs"][number]["values"],
  }));
  return {
    sheet: "Pool",
    anchor: "H2",
    address: "H2",
    formula,
    offset: { row, col },
    shown: null,
    inputs,
  };
}

function explained(formula: string, cells: Cells, row: number, col = 0) {
  const r = explainFormula(source(formula, cells, row, col));
  if (!r.ok) throw new Error(r.message);
  return r.explanation;
}

const money = (x: number) => formatPounds(Math.abs(x));

/** Every cell of `result` explained, and each explanation's figure is the function's. */
function expectFiguresMatch(formula: string, cells: Cells, result: unknown[][]) {
  expect(result.flat().some((x) => typeof x === "object")).toBe(false);
  result.forEach((row, r) =>
    row.forEach((value, c) => {
      const e = explained(formula, cells, r, c);
      expect(e.figure).toEqual(value);
      if (typeof value === "number" && /£/.test(e.summary)) {
        expect(e.summary).toContain(money(value));
        expect(e.steps[e.steps.length - 1]).toContain(money(value));
      }
    })
  );
}

const grid = (k: string, cells: Cells) => cells[k] as never;

describe("Explain this figure: DEFICITSPLIT, every method, figures as the function returns", () => {
  const v = 1800000;
  const cases: [string, unknown[][]][] = [
    [`=POOL.DEFICITSPLIT(${v},B2:B3)`, deficitSplit(v, grid("B2:B3", SWINDON))],
    [`=POOL.DEFICITSPLIT(1000,B2:B3,"equal")`, deficitSplit(1000, grid("B2:B3", SWINDON), "equal")],
    [
      `=POOL.DEFICITSPLIT(1000.01,B2:B3,"equal")`,
      deficitSplit(1000.01, grid("B2:B3", SWINDON), "equal"),
    ],
    [
      `=POOL.DEFICITSPLIT(${v},B2:B3,"host",,2)`,
      deficitSplit(v, grid("B2:B3", SWINDON), "host", undefined, 2),
    ],
    [
      `=POOL.DEFICITSPLIT(-${v},B2:B3,"host",,2)`,
      deficitSplit(-v, grid("B2:B3", SWINDON), "host", undefined, 2),
    ],
    [
      `=POOL.DEFICITSPLIT(${v},B2:B3,"capped",{500000;""},1)`,
      deficitSplit(v, grid("B2:B3", SWINDON), "capped", [[500000], [""]]),
    ],
    [
      `=POOL.DEFICITSPLIT(${v},B2:B3,"tiered",,1,300000)`,
      deficitSplit(v, grid("B2:B3", SWINDON), "tiered", undefined, 1, 300000),
    ],
    [`=POOL.DEFICITSPLIT(-1000,B2:B3)`, deficitSplit(-1000, grid("B2:B3", SWINDON))],
    [
      `=POOL.DEFICITSPLIT(-1000.01,B2:B3,"equal")`,
      deficitSplit(-1000.01, grid("B2:B3", SWINDON), "equal"),
    ],
    [
      `=POOL.DEFICITSPLIT(-1000,B2:B3,"tiered",,1,300,"equal")`,
      deficitSplit(-1000, grid("B2:B3", SWINDON), "tiered", undefined, 1, 300, "equal"),
    ],
    [`=POOL.DEFICITSPLIT(0,B2:B3)`, deficitSplit(0, grid("B2:B3", SWINDON))],
  ];
  it.each(cases)("%s", (formula, result) => expectFiguresMatch(formula, SWINDON, result));

  it("names the partner from column A and says which partner took the leftover penny and why", () => {
    const e = explained(`=POOL.DEFICITSPLIT(${v},B2:B3)`, SWINDON, 1);
    expect(e.summary).toBe("Swindon PCT funds £514,285.71 of the £1,800,000.00 overspend.");
    expect(explanationText(e)).toContain("£8,000,000.00 of £28,000,000.00 (28.57%)");
    expect(explanationText(e)).toContain("exact share of £1,800,000.00 is £514,285.7143");
    expect(explanationText(e)).toContain(
      "Swindon PCT did not receive one: its remainder (0.43p) was smaller than Swindon Borough Council's (0.57p)."
    );
    const council = explanationText(explained(`=POOL.DEFICITSPLIT(${v},B2:B3)`, SWINDON, 0));
    expect(council).toContain(
      "Swindon Borough Council received it because its remainder (0.57p) was the largest: £1,285,714.29."
    );
  });

  it("explains leftover pennies in equal parts as going to the partners listed first", () => {
    const text = explanationText(
      explained(`=POOL.DEFICITSPLIT(1000.01,B2:B3,"equal")`, SWINDON, 0)
    );
    expect(text).toContain("£1,000.01 in 2 equal parts is £500.00 each with 1 penny over");
    expect(text).toContain("so it received one: £500.01");
  });

  it("explains a cap that binds and what the others share", () => {
    const f = `=POOL.DEFICITSPLIT(${v},B2:B3,"capped",{500000;""},1)`;
    expect(explanationText(explained(f, SWINDON, 0))).toContain("held at its cap: £500,000.00");
    expect(explanationText(explained(f, SWINDON, 1))).toContain(
      "That leaves £1,300,000.00 for Swindon PCT"
    );
  });
});

describe("Explain this figure: RISKSHARE, the issue's worked example", () => {
  const cells: Cells = {
    "A2:A3": [["Council"], ["ICB"]],
    "B2:B3": [[20000000], [8000000]],
    "D2:F4": [
      [500000, 1, 0],
      [1000000, 0.5, 0.5],
      ["", "", ""],
    ],
  };
  const f = "=POOL.RISKSHARE(1800000,B2:B3,D2:F4)";

  it("gives each band's part and the rounding, to the function's figures", () => {
    expectFiguresMatch(f, cells, riskShare(1800000, grid("B2:B3", cells), grid("D2:F4", cells)));
    const text = explanationText(explained(f, cells, 1));
    expect(text).toMatch(/^ICB pays £585,714\.29 of the £1,800,000\.00 overspend\./);
    expect(text).toContain(
      "Band 1 takes the first £500,000.00 and falls to Council, so ICB's part of it is £0.00."
    );
    expect(text).toContain(
      "Band 2 takes the next £1,000,000.00 and is shared Council 50.00% and ICB 50.00%"
    );
    expect(text).toContain(
      "The remaining £300,000.00 is shared in proportion to contributions: ICB put in £8,000,000.00 of £28,000,000.00 (28.57%)"
    );
    expect(text).toContain(
      "ICB received it because its remainder (0.57p) was the largest: £85,714.29."
    );
    expect(text).toContain("In all, ICB's part is £0.00 + £500,000.00 + £85,714.29 = £585,714.29.");
  });

  it("covers an underspend in proportion and through the bands", () => {
    for (const u of ["proportional", "bands"]) {
      const g = `=POOL.RISKSHARE(-1800000,B2:B3,D2:F4,"${u}")`;
      expectFiguresMatch(
        g,
        cells,
        riskShare(-1800000, grid("B2:B3", cells), grid("D2:F4", cells), u)
      );
    }
  });
});

describe("Explain this figure: POOLSHARE, REALLOCATE, ALIGNVSPOOL and FINYEAR", () => {
  const manchester: Cells = {
    "A2:A4": [["Neighbourhood Renewal Fund"], ["Manchester City Council"], ["PCTs"]],
    "B2:B4": [[50000], [70000], [75500]],
    "C2:C4": [[1], [2], [3]],
    "D2:D4": [["50%"], [""], [""]],
    "E1:F1": [[0.75, 0.25]],
  };
  it.each([
    ["=POOL.POOLSHARE(B2:B4)", () => poolShare(grid("B2:B4", manchester))],
    ["=POOL.POOLSHARE(B2:B4,195500)", () => poolShare(grid("B2:B4", manchester), 195500)],
    [
      "=POOL.POOLSHARE(B2:C4,1000,E1:F1)",
      () =>
        poolShare(
          [
            [50000, 1],
            [70000, 2],
            [75500, 3],
          ],
          1000,
          [[0.75, 0.25]]
        ),
    ],
    [
      "=POOL.POOLSHARE(B2:B4,1000,,D2:D4)",
      () => poolShare(grid("B2:B4", manchester), 1000, undefined, grid("D2:D4", manchester)),
    ],
  ])("%s", (formula, result) => {
    const cells = {
      ...manchester,
      "B2:C4": [
        [50000, 1],
        [70000, 2],
        [75500, 3],
      ],
    };
    expectFiguresMatch(formula, cells, result());
  });

  it("explains a fixed share and the share of what it leaves", () => {
    const f = "=POOL.POOLSHARE(B2:B4,1000,,D2:D4)";
    expect(explanationText(explained(f, manchester, 0))).toContain("fixed at 50.00%");
    expect(explanationText(explained(f, manchester, 2))).toContain("The fixed shares leave 50.00%");
  });

  const areas: Cells = {
    "A2:A4": [["North"], ["South"], ["East"]],
    "B2:B4": [[1000000], [1000000], [1000000]],
    "C2:C4": [[1], [2], [3]],
  };
  it.each([
    [
      "=POOL.REALLOCATE(3000000,B2:B4,C2:C4)",
      () => reallocate(3000000, grid("B2:B4", areas), grid("C2:C4", areas)),
    ],
    [
      "=POOL.REALLOCATE(3000000,B2:B4,C2:C4,0.1)",
      () => reallocate(3000000, grid("B2:B4", areas), grid("C2:C4", areas), 0.1),
    ],
  ])("%s", (formula, result) => {
    expectFiguresMatch(formula, areas, result());
    if (formula.endsWith("0.1)")) {
      expect(explanationText(explained(formula, areas, 0))).toContain(
        "held at the least it may keep: £900,000.00"
      );
    }
  });

  const answers: Cells = {
    "B1:B8": [["pool"], ["pool"], ["align"], ["pool"], [""], ["pool"], ["pool"], ["pool"]],
    "C1:C8": [["pool"], ["pool"], ["pool"], ["pool"], ["pool"], ["pool"], ["pool"], ["align"]],
    "D1:D8": [["pool"], [""], [""], [""], [""], [""], [""], [""]],
  };
  it.each([
    ["=POOL.ALIGNVSPOOL(B1:B8,,TRUE)", () => alignVsPool(grid("B1:B8", answers), undefined, true)],
    [
      "=POOL.ALIGNVSPOOL(B1:B8,,TRUE,TRUE)",
      () => alignVsPool(grid("B1:B8", answers), undefined, true, true),
    ],
    ["=POOL.ALIGNVSPOOL(C1:C8)", () => alignVsPool(grid("C1:C8", answers))],
    ["=POOL.ALIGNVSPOOL(D1:D8)", () => alignVsPool(grid("D1:D8", answers))],
    [
      "=POOL.ALIGNVSPOOL(B1:B8,{1,1,1,1,1,1,1,5})",
      () => alignVsPool(grid("B1:B8", answers), [[1, 1, 1, 1, 1, 1, 1, 5]]),
    ],
  ])("%s", (formula, result) => expectFiguresMatch(formula, answers, result()));

  it("says which rule decided the recommendation", () => {
    expect(explanationText(explained("=POOL.ALIGNVSPOOL(C1:C8)", answers, 0, 0))).toContain(
      "Test 8 is answered on the aligning side"
    );
    expect(
      explanationText(explained("=POOL.ALIGNVSPOOL(B1:B8,,TRUE,TRUE)", answers, 0, 0))
    ).toContain("statutory power");
    expect(explanationText(explained("=POOL.ALIGNVSPOOL(D1:D8)", answers, 0, 0))).toContain(
      "INSUFFICIENT"
    );
  });

  it("explains FINYEAR for April and for a January start", () => {
    const dates: Cells = { A1: [[38533]], "A1:A2": [[38533], ["31/03/2006"]] };
    expectFiguresMatch("=POOL.FINYEAR(A1:A2)", dates, finYear(grid("A1:A2", dates)));
    expectFiguresMatch("=POOL.FINYEAR(A1:A2,1)", dates, finYear(grid("A1:A2", dates), 1));
    expect(explanationText(explained("=POOL.FINYEAR(A1:A2)", dates, 1))).toContain(
      "31 March 2006 falls between 1 April 2005 and 31 March 2006, so it is in 2005/06."
    );
  });
});

describe("Explain this figure: reading the formula", () => {
  const rule: Cells = {
    ...SWINDON,
    B7: [[1800000]],
    B10: [["Risk-share bands"]],
    "D2:F4": [
      [500000, 1, 0],
      [1000000, 0.5, 0.5],
      ["", "", ""],
    ],
  };
  const f =
    '=IF($B$10="Risk-share bands",POOL.RISKSHARE($B$7,B2:B3,D2:F4),POOL.DEFICITSPLIT($B$7,B2:B3))';

  it("follows the Pool sheet's IF to the call the rule cell picks", () => {
    expect(explained(f, rule, 1).summary).toBe(
      "Swindon PCT pays £585,714.29 of the £1,800,000.00 overspend."
    );
    const proportional = { ...rule, B10: [["In proportion to contributions"]] };
    expect(explained(f, proportional, 1).summary).toBe(
      "Swindon PCT funds £514,285.71 of the £1,800,000.00 overspend."
    );
  });

  it("reads sheet-qualified references, arithmetic and SUM in arguments", () => {
    const other = {
      ...SWINDON,
      "B2:B3": SWINDON["B2:B3"],
    };
    const src = source("=POOL.DEFICITSPLIT(-SUM(B2:B3)/28,'Budget 2026''27'!B2:B3)", other, 0);
    src.inputs = [
      { sheet: "Pool", address: "B2:B3", values: [[20000000], [8000000]] },
      { sheet: "Budget 2026'27", address: "B2:B3", values: [[3], [1]] },
      { sheet: "Budget 2026'27", address: "A2:A3", values: [["A"], ["B"]] },
    ];
    expect(rangesToRead(src.formula, "Pool")).toEqual([
      { sheet: "Pool", address: "B2:B3" },
      { sheet: "Budget 2026'27", address: "B2:B3" },
      { sheet: "Pool", address: "A2:A3" },
      { sheet: "Budget 2026'27", address: "A2:A3" },
    ]);
    const r = explainFormula(src);
    expect(r.ok && r.explanation.summary).toBe(
      "A gets back £750,000.00 of the £1,000,000.00 underspend."
    );
  });

  it("says plainly what it cannot explain, and never throws", () => {
    const msg = (formula: string, row = 0, shown: unknown = null) => {
      const s = source(formula, SWINDON, row);
      s.shown = shown as never;
      const r = explainFormula(s);
      return r.ok ? `ok: ${r.explanation.steps.join(" ")}` : r.message;
    };
    expect(msg("=SUM(B2:B3)")).toMatch(/^Select a cell holding a POOL function/);
    expect(msg("")).toMatch(/^Select a cell holding a POOL function/);
    expect(msg("=POOL.DEFICITSPLIT(VLOOKUP(1,B2:B3,1),B2:B3)")).toBe(
      "POOL.DEFICITSPLIT returns an error here: The formula uses VLOOKUP() inside a POOL function's arguments, which the explanation cannot work out; put that part in a cell of its own and refer to the cell."
    );
    expect(msg('=POOL.DEFICITSPLIT(100,B2:B3,"host")')).toBe(
      'POOL.DEFICITSPLIT returns an error here: The "host" method needs the host partner: give its position, 1 to 2.'
    );
    expect(msg("=POOL.DEFICITSPLIT(100,B2:B3)", 5)).toMatch(
      /outside what POOL.DEFICITSPLIT returns/
    );
    expect(msg("=POOL.DEFICITSPLIT(100,B2:B3", 0)).toMatch(/^The formula could not be read/);
    expect(msg("=POOL.DEFICITSPLIT(100,B2:B3)", 0, 12)).toContain(
      "The cell shows 12, but its inputs give 71.43 now: recalculate"
    );
  });

  it("matches the function's figure and its leftover pennies for any pool (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: -100_000_000, max: 100_000_000 }),
        fc.constantFrom("proportional", "equal", "tiered"),
        (contributions, variancePence, method) => {
          fc.pre(contributions.some((c) => c > 0));
          const n = contributions.length;
          const rows = contributions.map((c) => [c]);
          const cells: Cells = { [`B2:B${n + 1}`]: rows };
          const v = variancePence / 100;
          const formula = `=POOL.DEFICITSPLIT(${v},B2:B${n + 1},"${method}",,1,1000)`;
          const result = deficitSplit(v, rows, method, undefined, 1, 1000);
          let received = 0;
          let leftover = -1;
          result.forEach((row, r) => {
            const e = explained(formula, cells, r);
            expect(e.figure).toBe(row[0]);
            const text = e.steps.join(" ");
            if (/received (it|one)/.test(text) && !/did not receive/.test(text)) received++;
            const m = /leaves (\d+) penn/.exec(text) ?? /with (\d+) penn/.exec(text);
            if (m) leftover = Number(m[1]);
          });
          if (leftover >= 0) expect(received).toBe(leftover);
        }
      ),
      { numRuns: 150 }
    );
  });
});
