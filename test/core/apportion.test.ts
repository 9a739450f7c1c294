import fc from "fast-check";
import * as core from "../../src/core";
import { apportion } from "./asLists";
import { PoolError } from "../../src/core";
import { apportionByRanking } from "../../src/core/apportionByRanking";
import { apportionLarge } from "../../src/core/apportion";
import { apportionSmall } from "../../src/core/apportionSmall";
import * as snap from "../../src/core/snap";

it("returns a plain array for a pool's few partners and a Float64Array past 64", () => {
  // A typed array costs about 100 ns to allocate: too much for a call over five partners;
  // at a million partners V8 allocates one far faster than a plain array.
  expect(core.apportion(100, [1, 3])).toEqual([25, 75]);
  expect(Array.isArray(core.deficitSplit(1, [1, 3], { method: "host", host: 0 }))).toBe(true);
  expect(Array.isArray(core.poolShare([[1], [3]]))).toBe(true);
  const many = Array.from({ length: 65 }, (_, i) => i + 1);
  expect(core.apportion(100, many)).toBeInstanceOf(Float64Array);
  expect(core.deficitSplit(1, many)).toBeInstanceOf(Float64Array);
  expect(core.poolShare(many.map((x) => [x]))).toBeInstanceOf(Float64Array);
});

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

  it("copes with weights so small that pence per unit of weight would overflow", () => {
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

/** Largest remainder worked in BigInt: exact quotas, remainders ranked exactly, ties to the earlier. */
function exactOf(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  const t = BigInt(total);
  const floors = weights.map((w) => (t * BigInt(w)) / sum);
  const rems = weights.map((w) => (t * BigInt(w)) % sum);
  let left = Number(t - floors.reduce((a, b) => a + b, 0n));
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : a - b));
  const parts = floors.map(Number);
  for (const i of order) {
    if (left-- <= 0) break;
    parts[i] += 1;
  }
  return parts;
}

describe("apportion against exact arithmetic", () => {
  const exact = exactOf;
  // Within this range doubles separate every pair of distinct exact remainders (their gap,
  // at least 1/sum, is far above rounding error), so the answer must match to the penny.
  it("matches exact largest remainder, ties to the earlier partner, from a few partners to thousands (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(100, 300, 700)), {
            minLength: 1,
            maxLength: 3000,
            size: "max", // fast-check otherwise keeps arrays to a few dozen
          })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 1_000_000 }),
        (weights, total) => {
          expect(apportion(total, weights)).toEqual(exact(total, weights));
          expect(apportion(-total, weights)).toEqual(
            exact(total, weights).map((p) => (p === 0 ? 0 : -p))
          );
        }
      ),
      { numRuns: 80 }
    );
  });

  it("matches it for the Derbyshire and Coventry figures at every total up to £10", () => {
    for (const weights of [
      [247000, 100000, 100000, 300000],
      [60000, 10000, 10000, 2500, 2500, 1000, 10000],
    ]) {
      for (let total = 0; total <= 1000; total++)
        expect(apportion(total, weights)).toEqual(exact(total, weights));
    }
  });
});

describe("apportion's two-pass method against ranking every partner", () => {
  // The fast path counts unsnapped remainders into buckets and settles only those near the
  // boundary, 0 or 1 exactly; apportionByRanking snaps and ranks everyone. They must agree.
  const reference = (total: number, weights: number[]) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    return Array.from(apportionByRanking(weights, total / sum, total, 1));
  };

  const weight = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 10 }).map((k) => k / 10), // tenths: quotas a hair off whole
    fc.integer({ min: 1, max: 1e6 }),
    fc.double({ min: 1e-3, max: 1e9, noNaN: true })
  );
  const partners = fc
    .array(weight, { minLength: 300, maxLength: 4000, size: "max" })
    .filter((w) => w.some((x) => x > 0));

  it("agrees on thousands of partners with fractional weights and whole-number quotas (property)", () => {
    fc.assert(
      fc.property(partners, fc.integer({ min: 0, max: 1e9 }), (weights, total) => {
        expect(apportion(total, weights)).toEqual(reference(total, weights));
      }),
      { numRuns: 100 }
    );
  });

  // With quotas in the trillions a remainder is good to a few hundredths at best, so
  // "equal within rounding" links remainders in chains and which of them wins depends on
  // who else is in the running: the two methods may then differ within rounding.
  it("adds up exactly and stays within a penny, give or take rounding, with totals in the trillions (property)", () => {
    fc.assert(
      fc.property(partners, fc.integer({ min: 0, max: 9e15 }), (weights, total) => {
        const parts = apportion(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        const quotas = weights.map((w) => w * (total / sum));
        const tie = Math.max(...quotas) * 4e-15 + 1e-12;
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const worst = Math.max(...parts.map((p, i) => Math.abs(p - quotas[i])));
        expect(worst).toBeLessThanOrEqual(1 + 2 * tie);
        expect(parts.filter((p, i) => weights[i] === 0 && p !== 0)).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });

  it("agrees when every quota is whole in exact arithmetic but not in floating point", () => {
    const weights = Array.from({ length: 2000 }, (_, i) => ((i % 10) + 1) / 10);
    const sum = weights.reduce((a, b) => a + b, 0);
    for (const total of [Math.round(sum * 10), Math.round(sum * 30), Math.round(sum * 70) + 3])
      expect(apportion(total, weights)).toEqual(reference(total, weights));
  });

  it("matches exact arithmetic when remainders bunch, as a round percentage of whole pounds makes them", () => {
    const weights = Array.from({ length: 5000 }, (_, i) => 1000 + ((i * 7919) % 99991));
    const sum = weights.reduce((a, b) => a + b, 0);
    for (const pct of [10, 7.31, 99.99]) {
      const total = Math.round((sum * pct) / 100);
      expect(apportion(total, weights)).toEqual(exactOf(total, weights));
    }
  });
});

describe("the textbook path for a pool's few partners against exact arithmetic", () => {
  // Up to 64 partners apportion ranks by remainder (apportionSmall), judging each pair's tie
  // by its own quotas. With whole-number weights distinct exact remainders differ by at
  // least 1/sum; while that is more than twice the rounding noise in the largest quota
  // (about 4e-15 of it, so total x sum below 1e14), the answer must be exact largest
  // remainder, ties (equal thirds, repeated weights) to the earlier partner. Past that,
  // doubles cannot tell such remainders apart: [999966, 19] sharing 99,999,999,978 pence
  // leaves remainders 1.9e-5 apart, inside the quotas' noise, and counts them a tie.
  // (apportionByRanking's one tie for all partners can call such remainders equal when one
  // quota is huge: it is not the reference.)
  const weight = fc.oneof(
    fc.constant(0),
    fc.constantFrom(1, 2, 3, 10000),
    fc.integer({ min: 1, max: 1e6 })
  );
  const sumOf = (w: number[]) => w.reduce((a, b) => a + b, 0);
  const distinguishable = fc
    .array(weight, { minLength: 1, maxLength: 64 })
    .filter((w) => w.some((x) => x > 0))
    .chain((w) =>
      fc.tuple(fc.constant(w), fc.integer({ min: 0, max: Math.floor(1e14 / sumOf(w)) }))
    );

  it("matches exact largest remainder on 1 to 64 partners, ties included (property)", () => {
    fc.assert(
      fc.property(distinguishable, ([weights, total]) => {
        const expected = exactOf(total, weights);
        expect(Array.from(apportionSmall(weights, total / sumOf(weights), total, 1))).toEqual(
          expected
        );
        expect(Array.from(apportion(total, weights))).toEqual(expected);
      }),
      { numRuns: 1000 }
    );
  });

  it("gives the same parts as the many-partner method on the same few partners (property)", () => {
    // The two paths of apportion, held to one answer where doubles can tell remainders apart.
    fc.assert(
      fc.property(distinguishable, ([weights, total]) => {
        const per = total / sumOf(weights);
        expect(Array.from(apportionLarge(weights, per, total, 1))).toEqual(
          apportionSmall(weights, per, total, 1)
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("counts remainders closer than the quotas' noise a tie, to the earlier partner", () => {
    // Exact remainders 0.499983 and 0.500002 of a penny: 1.9e-5 apart, below the noise of a
    // £1bn quota, so the earlier partner takes the penny; the parts still add up exactly.
    expect(apportion(99999999978, [999966, 19, 0])).toEqual([99998099950, 1900028, 0]);
  });

  it("matches exact arithmetic where the ranking reference's single tie would not", () => {
    // 0.6000005 beats 0.6000001 by 5e-7: real, though below the noise of the £469m quota.
    const w = [3, 1, 0.1, 1, 864135, 0.6];
    expect(apportion(46902100634, w)).toEqual([162828, 54276, 5427, 54276, 46901791261, 32566]);
  });

  it("does not let one huge partner blur its small neighbours' remainders into a tie", () => {
    // Five pennies left; exact rational arithmetic ranks the remainders 0.890, 0.798, 0.798,
    // 0.797, 0.780, 0.762, ...: partners 1, 4, 7, 8 and 6 get them. Their gaps are smaller than
    // the rounding noise in partner 3's £44bn quota, but each pair's own quotas are small.
    const w = [0.1, 0.11335112022674472, 5547266.088387761, 10000, 0.8, 0.2, 10000, 2];
    expect(apportion(4430037069013, w)).toEqual([
      79573, 90196, 4414119934087, 7957288985, 636583, 159146, 7957288985, 1591458,
    ]);
  });

  // apportionSmall finds the cut by counting remainders into buckets and ranks only those
  // near it. The textbook ranks everyone by insertion, each pair's tie judged by its own
  // quotas; on any weights, noisy doubles and huge quotas included, the two must agree.
  const everyoneRanked = (weights: number[], total: number) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    const per = total / sum;
    const whole = weights.map((w) => snap.wholeOf(w * per));
    const rem = weights.map((w, i) => snap.remOf(w * per, whole[i]));
    const ranked: number[] = [];
    for (let i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0)) continue;
      let j = ranked.length;
      ranked.push(i);
      while (j > 0) {
        const k = ranked[j - 1];
        if (!(rem[i] > rem[k] + snap.tieFor(Math.max(weights[i], weights[k]) * per))) break;
        ranked[j] = k;
        j--;
      }
      ranked[j] = i;
    }
    const left = total - whole.reduce((a, b) => a + b, 0);
    if (left < 0 || left > ranked.length) return undefined; // both hand such shapes on
    for (let k = 0; k < left; k++) whole[ranked[k]] += 1;
    return whole;
  };
  const anyWeight = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 10 }).map((k) => k / 10),
    fc.constant(10000),
    fc.integer({ min: 1, max: 1e6 }),
    fc.double({ min: 1e-3, max: 1e12, noNaN: true })
  );

  it("finds the same cut as ranking every partner, on 1 to 64 partners of any size (property)", () => {
    fc.assert(
      fc.property(
        fc.array(anyWeight, { minLength: 1, maxLength: 64 }).filter((w) => w.some((x) => x > 0)),
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 9e15 })),
        (weights, total) => {
          const expected = everyoneRanked(weights, total);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (expected) expect(apportionSmall(weights, total / sum, total, 1)).toEqual(expected);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
