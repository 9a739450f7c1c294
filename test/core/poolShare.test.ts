import fc from "fast-check";
import { poolShare } from "./asLists";
import { PoolError } from "../../src/core";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("poolShare", () => {
  it("gives Coventry LSP running-cost shares: council 62.50%, each £10k partner 10.42%", () => {
    // council, PCT, LSC, VSC, Connexions, FE sector, West Midlands Police (£96k in all)
    const basis = [[60000], [10000], [10000], [2500], [2500], [1000], [10000]];
    const shares = poolShare(basis);
    expect(shares[0]).toBeCloseTo(0.625, 10);
    expect(Number((shares[1] * 100).toFixed(2))).toBe(10.42);
    expect(sum(shares)).toBeCloseTo(1, 12);
  });

  it("shares the Swindon section 75 pool of £28m as £20m council and £8m PCT", () => {
    expect(poolShare([[20e6], [8e6]], 28e6)).toEqual([20e6, 8e6]);
  });

  it("gives the Big Derbyshire Clean Up shares 33.07%, 13.39%, 13.39%, 40.16%", () => {
    const pct = poolShare([[247000], [100000], [100000], [300000]]).map((s) =>
      Number((s * 100).toFixed(2))
    );
    expect(pct).toEqual([33.07, 13.39, 13.39, 40.16]);
  });

  it("blends a historical-spend column and a capitation column with weights", () => {
    // Partner A has 75% of spend and 25% of population: a 50/50 blend gives 50%.
    const basis = [
      [300, 25],
      [100, 75],
    ];
    expect(poolShare(basis, undefined, [0.5, 0.5])).toEqual([0.5, 0.5]);
    expect(poolShare(basis, undefined, [1, 0])).toEqual([0.75, 0.25]);
    expect(poolShare(basis, 1000, [3, 1])).toEqual([625, 375]);
  });

  it("splits an amount to the penny so the parts add up exactly", () => {
    const parts = poolShare([[1], [1], [1]], 100);
    expect(parts).toEqual([33.34, 33.33, 33.33]);
  });

  it("ignores a zero-weighted basis column even when it is all zero", () => {
    expect(
      poolShare(
        [
          [1, 0],
          [3, 0],
        ],
        undefined,
        [1, 0]
      )
    ).toEqual([0.25, 0.75]);
  });

  it.each([
    [[[1], [-1]], undefined, undefined, "NEGATIVE_CONTRIBUTION"],
    [[[0], [0]], undefined, undefined, "NO_CONTRIBUTIONS"],
    [
      [
        [1, 0],
        [1, 0],
      ],
      undefined,
      undefined,
      "NO_CONTRIBUTIONS",
    ],
    [[[1, 2], [3]], undefined, undefined, "SHAPE_MISMATCH"],
    [[[1, 2]], undefined, [1], "SHAPE_MISMATCH"],
    [[[1, 2]], undefined, [0, 0], "BAD_WEIGHTS"],
    [[], undefined, undefined, "EMPTY_RANGE"],
    [[[1]], NaN, undefined, "NOT_FINITE"],
  ])("rejects basis %p amount %p weights %p with %s", (basis, amount, weights, code) => {
    let caught: unknown;
    try {
      poolShare(basis as number[][], amount as number | undefined, weights as number[] | undefined);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PoolError);
    expect((caught as PoolError).code).toBe(code);
  });

  const basis = fc
    .array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 40 })
    .filter((b) => sum(b) > 0);

  it("shares always add up to one and an amount to the penny (property)", () => {
    fc.assert(
      fc.property(basis, fc.integer({ min: -1e11, max: 1e11 }), (b, pence) => {
        const rows = b.map((x) => [x]);
        expect(sum(poolShare(rows))).toBeCloseTo(1, 9);
        const parts = poolShare(rows, pence / 100);
        expect(Math.round(sum(parts) * 100)).toBe(pence);
      })
    );
  });

  it("scaling every basis figure leaves the shares alone (property)", () => {
    fc.assert(
      fc.property(basis, fc.integer({ min: 2, max: 1000 }), (b, k) => {
        const a = poolShare(b.map((x) => [x]));
        const scaled = poolShare(b.map((x) => [x * k]));
        a.forEach((s, i) => expect(scaled[i]).toBeCloseTo(s, 12));
      })
    );
  });
});

describe("poolShare at the edges of floating point", () => {
  it("gives a finite share of 1 to a lone partner with the smallest number there is", () => {
    expect(poolShare([[5e-324]])).toEqual([1]);
    expect(poolShare([[5e-324], [5e-324]])).toEqual([0.5, 0.5]);
  });
});
