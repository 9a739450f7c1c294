import fc from "fast-check";
import { deficitSplit, MAX_POUNDS, PoolError, poolShare, toPence } from "../../src/core";

describe("pounds to pence", () => {
  it("lands typed amounts on the penny meant, half a penny rounding away from zero", () => {
    expect(toPence(1.15)).toBe(115);
    expect(toPence(1.005)).toBe(101);
    expect(toPence(2.675)).toBe(268);
    expect(toPence(-2.675)).toBe(-268);
    expect(toPence(0.005)).toBe(1);
    expect(toPence(1.0049)).toBe(100);
    expect(Object.is(toPence(-0.001), 0)).toBe(true);
  });

  it("adds no pennies to large amounts (a nudge once made £9 trillion 1p more)", () => {
    expect(toPence(9e12)).toBe(9e14);
    expect(toPence(MAX_POUNDS)).toBe(1e15);
    expect(toPence(12345678901.23)).toBe(1234567890123);
  });

  it("refuses amounts beyond £10 trillion, saying where the limit is", () => {
    expect(() => toPence(9e13, "variance")).toThrow(
      new PoolError(
        "TOO_LARGE",
        "The variance is too large to split to the penny: amounts up to £10,000,000,000,000 can be split exactly."
      )
    );
  });
});

describe("splits near the limit", () => {
  const pence = (xs: ArrayLike<number>) => Array.from(xs, (x) => Math.round(x * 100));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it("£9 trillion over 1:2:3 splits exactly", () => {
    expect(Array.from(deficitSplit(9e12, [1, 2, 3]))).toEqual([1.5e12, 3e12, 4.5e12]);
  });

  it("every accepted amount splits exactly, each part on a whole penny (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 30 }),
        (p, contributions) => {
          const parts = deficitSplit(p / 100, contributions);
          // Each part is the nearest double to a whole number of pence, and they add up.
          parts.forEach((x) => expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(0.25));
          expect(sum(pence(parts))).toBe(toPence(p / 100));
          const shares = poolShare(
            contributions.map((c) => [c]),
            Math.abs(p) / 100
          );
          expect(sum(pence(shares))).toBe(Math.abs(toPence(p / 100)));
        }
      ),
      { numRuns: 300 }
    );
  });
});
