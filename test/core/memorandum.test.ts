import fc from "fast-check";
import { memorandum, SplitMethod } from "../../src/core";

const swindon = [
  { name: "Swindon Borough Council", contribution: 20e6, received: 20e6 },
  { name: "Swindon PCT", contribution: 8e6, received: 8e6 },
];

describe("memorandum of accounts", () => {
  it("follows the agreed rule: under 'host bears it all' the council carries the whole £2.8m overspend", () => {
    const lines = memorandum(
      swindon,
      { income: 0, expenditure: 30.8e6, variance: 2.8e6 },
      { method: "host", host: 0 }
    );
    expect(lines.map((l) => [l.variance, l.withinBudget, l.expenditure])).toEqual([
      [2.8e6, 20e6, 22.8e6],
      [0, 8e6, 8e6],
    ]);
    // What remains: the council owes the pool its overspend; the PCT is square.
    expect(lines.map((l) => l.carriedForward)).toEqual([-2.8e6, 0]);
  });

  it("shares in proportion by default, and returns an underspend as a balance held for each partner", () => {
    const lines = memorandum(swindon, { income: 0, expenditure: 26.6e6, variance: -1.4e6 });
    expect(lines.map((l) => [l.variance, l.expenditure, l.carriedForward])).toEqual([
      [-1e6, 19e6, 1e6],
      [-0.4e6, 7.6e6, 0.4e6],
    ]);
  });

  it("tags other income, assets and liabilities in proportion, with balances brought forward", () => {
    const lines = memorandum(
      [
        { ...swindon[0], broughtForward: 150000 },
        { ...swindon[1], broughtForward: 60000 },
      ],
      { income: 280000, expenditure: 28.28e6, variance: 0, assets: 1.4e6, liabilities: 700000 }
    );
    expect(lines[0]).toEqual({
      partner: "Swindon Borough Council",
      broughtForward: 150000,
      received: 20e6,
      income: 200000,
      withinBudget: 20.2e6,
      variance: 0,
      expenditure: 20.2e6,
      carriedForward: 150000,
      assets: 1e6,
      liabilities: 500000,
    });
  });

  it("leaves a funding stream out of the variance (Manchester: NRF funds no overspend)", () => {
    const lines = memorandum(
      [
        { name: "Neighbourhood Renewal Fund", contribution: 50000, fundingStream: true },
        { name: "Manchester City Council", contribution: 70000 },
        { name: "PCTs", contribution: 75500 },
      ],
      { income: 0, expenditure: 205500, variance: 10000 }
    );
    expect(lines.map((l) => l.variance)).toEqual([0, 4811, 5189]);
  });

  it("keeps every column adding up to the pool's figure, to the penny, under every rule (property)", () => {
    const methods: SplitMethod[] = ["proportional", "equal", "host", "tiered"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom(...methods),
        (contributions, variance, expenditure, income, method) => {
          const lines = memorandum(
            contributions.map((c, i) => ({ name: `P${i}`, contribution: c / 100 })),
            { income: income / 100, expenditure: expenditure / 100, variance: variance / 100 },
            { method, host: 0, threshold: 100 }
          );
          const total = (k: "income" | "expenditure" | "variance") =>
            Math.round(lines.reduce((a, l) => a + l[k] * 100, 0)) + 0; // + 0: -0 is 0
          expect(total("income")).toBe(income);
          expect(total("expenditure")).toBe(expenditure);
          expect(total("variance")).toBe(variance);
          lines.forEach((l) =>
            expect(Math.round(l.expenditure * 100)).toBe(
              Math.round(l.withinBudget * 100 + l.variance * 100)
            )
          );
        }
      )
    );
  });
});
