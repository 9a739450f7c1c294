import fc from "fast-check";
import { financialYearOf, nextYear, nextYearLabel, upliftFromText } from "../../src/core";
import { nextYearSetup, splitOf, yearPosition } from "../../src/taskpane/pool/monitorModel";
import { fromSelection, nextQuarter } from "../../src/taskpane/monitor/monitorState";
import { HERTS } from "../excel/hertsPool";

const q = (forecast: number | null) => ({ actual: null, forecast });

describe("the Monitor screen's working", () => {
  it("splits the forecast variance by the pool's rule, bands included", () => {
    expect(splitOf(HERTS, 1000000)).toEqual([714285.71, 285714.29]);
    const banded = {
      ...HERTS,
      bands: [
        { size: 500000, shares: [1, 0] },
        { size: 1000000, shares: [0.5, 0.5] },
      ],
    };
    expect(splitOf(banded, 1800000)).toEqual([1214285.71, 585714.29]);
  });

  it("closes each partner's balance as the statement does", () => {
    const rows = [
      { name: "IC", budget: 18e6, quarters: [q(18.5e6), q(18.9e6), q(null), q(null)] },
      { name: "CE", budget: 10e6, quarters: [q(9.9e6), q(10.1e6), q(null), q(null)] },
    ];
    const p = yearPosition(
      HERTS,
      {
        broughtForward: [50000, 20000],
        received: [20e6, 7.5e6],
        income: 280000,
        assets: 0,
        liabilities: 0,
      },
      rows
    );
    expect(p.variance).toBe(1000000);
    expect(p.expenditure).toBe(29000000);
    // Council: 50,000 + 20,000,000 + 200,000 income − (20,000,000 + 714,285.71) expenditure.
    expect(p.lines.map((l) => l.carriedForward)).toEqual([-464285.71, -685714.29]);
    expect(nextQuarter(rows)).toBe(3);
  });

  it("uplifts contributions to the penny and carries or returns balances", () => {
    const lines = [{ carriedForward: -464285.71 }, { carriedForward: -685714.29 }] as never;
    const carry = nextYearSetup(HERTS, lines, {
      uplifts: [0.025, 0.03],
      changes: [0, -100000],
      treatment: "carry",
    });
    expect(carry.setup.year).toBe("2026/27");
    expect(carry.setup.period).toBe("Quarter 1");
    expect(carry.setup.partners.map((p) => [p.contribution, p.broughtForward])).toEqual([
      [20500000, -464285.71],
      [8140000, -685714.29],
    ]);
    const back = nextYearSetup(HERTS, lines, {
      uplifts: [0, 0],
      changes: [0, 0],
      treatment: "return",
    });
    expect(back.partners.map((p) => [p.broughtForward, p.returned])).toEqual([
      [0, -464285.71],
      [0, -685714.29],
    ]);
    expect(nextYearLabel("2025")).toBe("2026");
    expect(() => nextYearLabel("next year")).toThrow(/is not a financial year/);
    expect(() =>
      nextYear([{ name: "ICB", contribution: 100, uplift: 0, change: -200, closing: 0 }], "carry")
    ).toThrow("ICB's saving takes its contribution below zero");
  });

  it("uplifts every contribution to the nearest penny (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: -500, max: 2000 }),
        (pence, bp) => {
          const [p] = nextYear(
            [{ name: "A", contribution: pence / 100, uplift: bp / 10000, change: 0, closing: 0 }],
            "carry"
          );
          const exact = (BigInt(pence) * BigInt(10000 + bp) * 2n + 10000n) / 20000n; // half up
          expect(Math.round(p.contribution * 100)).toBe(Number(exact));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("reads pasted figures by position, or by scheme name in the first column", () => {
    expect(
      fromSelection(
        [
          [1, 2],
          [3, 4],
        ],
        ["IC", "CE"]
      ).figures
    ).toEqual({ IC: ["1", "2"], CE: ["3", "4"] });
    expect(
      fromSelection(
        [
          ["ce", 3, 4],
          ["Other", 5, 6],
        ],
        ["IC", "CE"]
      )
    ).toEqual({
      figures: { CE: ["3", "4"] },
      unmatched: ["Other"],
    });
  });
});

describe("what a host types at year end", () => {
  it("reads an uplift as a percentage however it is written", () => {
    expect(upliftFromText("2.5%")).toBe(0.025);
    expect(upliftFromText("2.5")).toBe(0.025);
    expect(upliftFromText("0.5")).toBe(0.005);
    expect(upliftFromText("")).toBe(0);
    expect(upliftFromText("a bit")).toBeUndefined();
  });

  it("reads a financial year typed 2025/26 or 2025-26", () => {
    expect(financialYearOf("2025/26")).toBe("2025/26");
    expect(financialYearOf("2025-26")).toBe("2025/26");
    expect(financialYearOf("2025-27")).toBeUndefined();
    expect(nextYearLabel("2025-26")).toBe("2026/27");
  });
});
