import fc from "fast-check";
import { deficitSplit, MAX_POUNDS, PoolError, poolShare, toPence } from "../../src/core";

describe("pounds to pence", () => {
  it("lands typed amounts on the penny meant, floating-point noise included", () => {
    expect(toPence(1.15)).toBe(115);
    expect(toPence(2.67)).toBe(267);
    expect(toPence(-2.67)).toBe(-267);
    expect(toPence(0.1 + 0.2)).toBe(30); // 0.30000000000000004
    expect(toPence(1.1 * 3)).toBe(330); // 3.3000000000000003
    // A column of pence summed by Excel carries noise far above one unit in the last place.
    const summed = Array.from({ length: 30 }, () => 1234.56).reduce((a, b) => a + b, 0);
    expect(toPence(summed)).toBe(3703680);
    expect(toPence(9999999999999.99)).toBe(999999999999999);
    expect(Object.is(toPence(-0), 0)).toBe(true);
  });

  it.each([100.005, 1.005, 2.675, 0.005, 1.0049, 33.335, -0.001, 1000 / 3])(
    "refuses %p, which is not a whole number of pence, saying how to round it",
    (x) => {
      expect(() => toPence(x, "variance")).toThrow(PoolError);
      expect(() => toPence(x, "variance")).toThrow(
        /not a whole number of pence; round it with ROUND\(…, 2\)/
      );
    }
  );

  it("names the figure refused: £100.005", () => {
    expect(() => toPence(100.005, "variance")).toThrow(
      "The variance, £100.005, is not a whole number of pence; round it with ROUND(…, 2)."
    );
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
