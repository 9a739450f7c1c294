import fc from "fast-check";
import { apportion, PoolError } from "../../src/core";
import { wholePence } from "../../src/core/money";

describe("apportion", () => {
  it("splits £100 three ways to the penny, earlier partner taking the odd penny", () => {
    expect(apportion(10000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
  });

  it("gives leftover pennies to the largest remainders, not the first partners", () => {
    // quotas 1.2, 1.7, 2.1 -> floors 1, 1, 2 and one penny to the 0.7 remainder
    expect(apportion(5, [12, 17, 21])).toEqual([1, 2, 2]);
  });

  it("carries the sign of a negative total (an underspend)", () => {
    expect(apportion(-10000, [1, 1, 1])).toEqual([-3334, -3333, -3333]);
  });

  it("shares the Big Derbyshire Clean Up budget of £747,000 by contribution", () => {
    const parts = apportion(74_700_000, [247000, 100000, 100000, 300000]);
    expect(parts).toEqual([24_700_000, 10_000_000, 10_000_000, 30_000_000]);
  });

  it("gives nothing, not even a leftover penny, to a partner with no weight", () => {
    expect(apportion(1, [0, 1, 1])).toEqual([0, 1, 0]);
    expect(apportion(7, [0, 1, 0, 1])).toEqual([0, 4, 0, 3]);
  });

  it.each([
    [[], "EMPTY_RANGE"],
    [[0, 0], "NO_CONTRIBUTIONS"],
    [[1, -1], "BAD_WEIGHTS"],
    [[1, NaN], "BAD_WEIGHTS"],
    [[1, Infinity], "BAD_WEIGHTS"],
  ])("rejects weights %p with %s", (weights, code) => {
    expect(() => apportion(100, weights as number[])).toThrow(PoolError);
    try {
      apportion(100, weights as number[]);
    } catch (e) {
      expect((e as PoolError).code).toBe(code);
    }
  });

  it("copes with weights so small that pence per unit of weight would overflow a double", () => {
    expect(apportion(-1, [5e-324, 0])).toEqual([-1, 0]);
    expect(apportion(100, [5e-324, 1e-323])).toEqual([33, 67]);
  });

  it("rejects a total that is not whole pence", () => {
    expect(() => apportion(10.5, [1, 1])).toThrow(/whole number of pence/);
  });

  const weights = fc
    .array(
      fc.oneof(
        fc.constant(0),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 1e6 })
      ),
      {
        minLength: 1,
        maxLength: 60,
      }
    )
    .filter((w) => w.reduce((a, b) => a + b, 0) > 0);
  const totals = fc.integer({ min: -1e13, max: 1e13 });

  it("always adds up exactly to the total (property)", () => {
    fc.assert(
      fc.property(totals, weights, (t, w) => {
        const parts = apportion(t, w);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
        parts.forEach((p) => expect(Number.isInteger(p)).toBe(true));
      })
    );
  });

  it("keeps every part within a penny of its exact quota (property)", () => {
    fc.assert(
      fc.property(totals, weights, (t, w) => {
        const sum = w.reduce((a, b) => a + b, 0);
        apportion(t, w).forEach((p, i) =>
          expect(Math.abs(p - (t * w[i]) / sum)).toBeLessThan(1 + 1e-6 * Math.abs(t))
        );
      })
    );
  });

  it("gives no partner a part of the opposite sign (property)", () => {
    fc.assert(
      fc.property(totals, weights, (t, w) => {
        apportion(t, w).forEach((p) =>
          expect(Math.sign(p) === 0 || Math.sign(p) === Math.sign(t)).toBe(true)
        );
      })
    );
  });
});

/**
 * A double as an exact fraction m / 2^k, read from its IEEE 754 bits: independent of the
 * engine's own conversion.
 */
function ratioOf(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (exponent === 0) return [fraction, 1n << 1074n]; // subnormal (or zero)
  return [fraction | (1n << 52n), 1n << BigInt(1075 - exponent)];
}

/**
 * A figure that is money, as pence: "1234.56" is 123456. What counts as whole pence is the
 * engine's reading of a cell (wholePence: as written, or within floating-point noise, so
 * 1.0000000000000002 is £1.00); the arithmetic below is the reference's own.
 */
function penceOf(x: number): [bigint, bigint] | undefined {
  const p = wholePence(x);
  return p === undefined ? undefined : [BigInt(p), 1n];
}

/**
 * Largest remainder worked in BigInt: money (every weight written in whole pence) as the
 * pence written, anything else as the exact fraction each double is; remainders ranked
 * exactly, ties to the earlier.
 */
function exactOf(total: number, weights: number[]): number[] {
  const pence = weights.map(penceOf);
  const money = pence.every((p, i) => p !== undefined && p[0] > 0n === weights[i] > 0);
  const ratios = money ? (pence as [bigint, bigint][]) : weights.map(ratioOf);
  const denominator = ratios.reduce((d, [, q]) => (q > d ? q : d), 1n);
  const w = ratios.map(([m, q]) => m * (denominator / q));
  const sum = w.reduce((a, b) => a + b, 0n);
  const t = BigInt(Math.abs(total));
  const floors = w.map((x) => (t * x) / sum);
  const rems = w.map((x) => (t * x) % sum);
  let left = Number(t - floors.reduce((a, b) => a + b, 0n));
  const order = w
    .map((_, i) => i)
    .sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : a - b));
  const parts = floors.map(Number);
  for (const i of order) {
    if (left-- <= 0) break;
    parts[i] += 1;
  }
  return parts.map((p) => (total < 0 && p !== 0 ? -p : p));
}

describe("apportion against exact arithmetic", () => {
  const money = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 1000 }),
    fc.constantFrom(100, 300, 700, 10000),
    fc.integer({ min: 1, max: 100_000_000_000 }) // up to £1bn in pence
  );
  const fraction = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 10 }).map((k) => k / 10), // tenths: quotas a hair off whole in floating point
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
    fc.double({ min: 1, max: 1e12, noNaN: true })
  );
  const upToTheLimit = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: -1e15, max: 1e15 }) // the £10tn limit, in pence
  );

  it.each([
    ["1 to 30 partners", 1, 30, 400],
    ["31 to 300 partners", 31, 300, 60],
    ["300 to 10,000 partners", 300, 10000, 8],
  ])(
    "matches exact largest remainder on whole-pence weights, %s, up to the £10tn limit (property)",
    (_, minLength, maxLength, numRuns) => {
      fc.assert(
        fc.property(
          fc
            .array(money, { minLength, maxLength, size: "max" })
            .filter((w) => w.some((x) => x > 0)),
          upToTheLimit,
          (weights, total) => expect(apportion(total, weights)).toEqual(exactOf(total, weights))
        ),
        { numRuns }
      );
    }
  );

  it.each([
    ["1 to 30 partners", 1, 30, 400],
    ["300 to 3,000 partners", 300, 3000, 8],
  ])(
    "matches exact largest remainder on fractional weights taken exactly, %s (property)",
    (_, minLength, maxLength, numRuns) => {
      fc.assert(
        fc.property(
          fc
            .array(fraction, { minLength, maxLength, size: "max" })
            .filter((w) => w.some((x) => x > 0)),
          upToTheLimit,
          (weights, total) => expect(apportion(total, weights)).toEqual(exactOf(total, weights))
        ),
        { numRuns }
      );
    }
  );

  it("matches it for the Derbyshire and Coventry figures at every total up to £10", () => {
    for (const weights of [
      [247000, 100000, 100000, 300000],
      [60000, 10000, 10000, 2500, 2500, 1000, 10000],
    ]) {
      for (let total = 0; total <= 1000; total++)
        expect(apportion(total, weights)).toEqual(exactOf(total, weights));
    }
  });

  it("gives the penny to the larger remainder however close, at totals in the trillions", () => {
    // Exact remainders 0.499983 and 0.500002 of a penny: the second is larger, so it takes the
    // penny, though the gap is below what a floating-point quota of £1bn can show.
    expect(apportion(99999999978, [999966, 19, 0])).toEqual([99998099949, 1900029, 0]);
    expect(exactOf(99999999978, [999966, 19, 0])).toEqual([99998099949, 1900029, 0]);
  });

  it("reads money as the pence written: £0.10, £0.20 and £0.30 share as 1 : 2 : 3", () => {
    // As doubles, 0.1 + 0.2 is not 0.3; as the pence typed, 10p + 20p is 30p exactly, so
    // the split is the one whole-pound weights 10 : 20 : 30 give.
    expect(apportion(100, [0.1, 0.2, 0.3])).toEqual([17, 33, 50]);
    expect(apportion(100, [10, 20, 30])).toEqual([17, 33, 50]);
  });

  it("breaks an exact tie for the earlier partner, the same at 3 partners as at 3,000", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const many = apportion(1000, new Array(3000).fill(1));
    expect(many.slice(0, 1000).every((p) => p === 1)).toBe(true);
    expect(many.slice(1000).every((p) => p === 0)).toBe(true);
  });
});
