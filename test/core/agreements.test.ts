import fc from "fast-check";
import { PoolError, poolShare, reallocate, riskShare, RiskBand } from "../../src/core";

const pence = (xs: ArrayLike<number>) => Array.from(xs, (x) => Math.round(x * 100));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof PoolError ? e.code : "NOT_A_POOL_ERROR";
  }
  return undefined;
};

describe("fixed shares (POOLSHARE's fourth argument)", () => {
  // Hertfordshire: the council pays a fixed 50% of just over £160m; the PCTs share the rest on
  // a 50/50 blend of capitation and historical investment. Two PCTs stand in for the eight.
  const basis = [
    [0, 0],
    [600000, 30e6],
    [400000, 50e6],
  ];

  it("gives a fixed partner exactly its share and blends the rest on the others' figures only", () => {
    const parts = Array.from(poolShare(basis, 160e6, [0.5, 0.5], [0.5, null, null]));
    expect(parts[0]).toBe(80e6);
    // PCT 1: half of (60% capitation, 37.5% history) of £80m.
    expect(parts[1]).toBe(39e6);
    expect(parts[2]).toBe(41e6);
    expect(sum(pence(parts))).toBe(160e8);
  });

  it("returns fractions without an amount", () => {
    const shares = Array.from(
      poolShare([[60], [10], [10]], undefined, undefined, [0.5, null, null])
    );
    expect(shares).toEqual([0.5, 0.25, 0.25]);
  });

  it("says what is wrong with the fixed shares", () => {
    expect(() => poolShare([[1], [1]], undefined, undefined, [0.7, 0.5])).toThrow(
      "The fixed shares add up to 120.00%, more than 100%."
    );
    expect(() => poolShare([[1], [1]], undefined, undefined, [0.4, 0.5])).toThrow(
      /Every partner has a fixed share and they add up to 90.00%, not 100%/
    );
    expect(codeOf(() => poolShare([[1], [1]], undefined, undefined, [-0.1, null]))).toBe(
      "BAD_SHARE"
    );
    expect(() => poolShare([[1], [1]], undefined, undefined, [50, null])).toThrow(
      /more than 100%; write a share as 50% or 0.5/
    );
    expect(() => poolShare([[1], [0]], 100, undefined, [0.5, null])).toThrow(
      /without a fixed share have basis figures that add up to zero/
    );
  });

  it("adds up to the amount to the penny (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 1e7 }), fc.option(fc.integer({ min: 0, max: 30 }))),
          {
            minLength: 2,
            maxLength: 30,
          }
        ),
        fc.integer({ min: 0, max: 1e12 }),
        (rows, amount) => {
          const fixed: (number | null)[] = rows.map(([, f]) => (f === null ? null : f / 100));
          if (!fixed.includes(null)) fixed[0] = null;
          if (sum(fixed.map((f) => f ?? 0)) > 1) return;
          const parts = poolShare(
            rows.map(([b]) => [b]),
            amount / 100,
            undefined,
            fixed
          );
          expect(sum(pence(parts))).toBe(amount);
        }
      )
    );
  });
});

describe("POOL.RISKSHARE's schedule", () => {
  // The first £500k falls to the council, the next £1m is shared 50/50, beyond that in
  // proportion to contributions (council £20m, ICB £8m).
  const schedule: RiskBand[] = [
    { size: 500000, shares: [1, 0] },
    { size: 1000000, shares: [0.5, 0.5] },
    { size: null, shares: null },
  ];

  it("splits a £1.8m overspend band by band", () => {
    const r = riskShare(1.8e6, [20e6, 8e6], schedule);
    expect(Array.from(r.parts)).toEqual([1214285.71, 585714.29]);
    expect(r.bands.map((b) => [b.band, b.amount, b.basis, Array.from(b.parts)])).toEqual([
      [1, 500000, "shares", [500000, 0]],
      [2, 1000000, "shares", [500000, 500000]],
      [3, 300000, "proportional", [214285.71, 85714.29]],
    ]);
  });

  it("shares anything beyond the last sized band in proportion", () => {
    const r = riskShare(700000, [20e6, 8e6], [{ size: 500000, shares: [1, 0] }]);
    expect(Array.from(r.parts)).toEqual([642857.14, 57142.86]);
  });

  it("returns an underspend in proportion by default, or through the bands", () => {
    expect(Array.from(riskShare(-1.4e6, [20e6, 8e6], schedule).parts)).toEqual([-1e6, -0.4e6]);
    expect(Array.from(riskShare(-600000, [20e6, 8e6], schedule, "bands").parts)).toEqual([
      -550000, -50000,
    ]);
  });

  it("names the band whose shares do not make 100%, and a blank size that is not last", () => {
    expect(() =>
      riskShare(
        1,
        [1, 1],
        [
          { size: 10, shares: [0.5, 0.4] },
          { size: null, shares: null },
        ]
      )
    ).toThrow(
      "Band 1's shares add up to 90.00%, not 100%; leave them all blank to share the band in proportion to contributions."
    );
    expect(() =>
      riskShare(
        1,
        [1, 1],
        [
          { size: null, shares: null },
          { size: 10, shares: null },
        ]
      )
    ).toThrow(/Band 1 has no size; only the last band may be left blank/);
    expect(codeOf(() => riskShare(1, [1, 1], [{ size: 10, shares: [1] }]))).toBe("SHAPE_MISMATCH");
  });

  it("adds up exactly to the variance, band by band (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (c, v, sizes, throughBands) => {
          const bands: RiskBand[] = sizes.map((s, b) => ({
            size: s / 100,
            shares: b % 2 ? null : c.map((_, i) => (i === b % c.length ? 1 : 0)),
          }));
          const r = riskShare(
            v / 100,
            c.map((x) => x / 100),
            bands,
            throughBands ? "bands" : "proportional"
          );
          expect(sum(pence(r.parts))).toBe(v);
          expect(sum(r.bands.map((b) => Math.round(b.amount * 100)))).toBe(v);
        }
      )
    );
  });
});

describe("POOL.REALLOCATE towards need", () => {
  it("moves allocations to need when no limit is set", () => {
    const r = reallocate(600, [200, 200, 200], [1, 2, 3]);
    expect(r.allocation).toEqual([100, 200, 300]);
    expect(r.change).toEqual([-100, 0, 100]);
  });

  it("holds areas at ±10% and shares what that frees among the rest", () => {
    const r = reallocate(600, [200, 200, 200], [1, 2, 3], 0.1);
    expect(r.allocation).toEqual([180, 200, 220]);
    expect(r.change).toEqual([-20, 0, 20]);
    expect(r.held).toEqual([-1, 0, 1]);
  });

  it("passes on what a held area frees to the others in proportion to their targets", () => {
    // Targets 100 / 250 / 250 of 600; area 1 may lose only 10% of 300, so it keeps 270 and
    // the other two share 330 in proportion to their targets, within their own limits.
    const r = reallocate(600, [300, 150, 150], [2, 5, 5], 0.1);
    expect(r.allocation).toEqual([270, 165, 165]);
    expect(r.held).toEqual([-1, 1, 1]);
  });

  it("says by how much limits cannot be met", () => {
    expect(() => reallocate(1000, [200, 200, 200], [1, 2, 3], 0.1)).toThrow(
      "Within ±10.00% the areas can take at most £660.00, £340.00 less than the total; allow a larger change or lower the total."
    );
    expect(() => reallocate(100, [200, 200, 200], [1, 2, 3], 0.1)).toThrow(
      /must keep at least £540.00, £440.00 more than the total/
    );
    expect(codeOf(() => reallocate(100, [1, 1], [0, 0]))).toBe("NO_CONTRIBUTIONS");
    expect(codeOf(() => reallocate(100, [1, 1], [1]))).toBe("SHAPE_MISMATCH");
  });

  it("adds up exactly and keeps every area within its limit (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 50 }),
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        (areas, pct, drift) => {
          if (areas.every(([, need]) => need === 0)) return;
          const current = areas.map(([c]) => c / 100);
          const totalPence = Math.round(sum(areas.map(([c]) => c)) * (1 + drift * (pct / 100)));
          const f = pct / 100;
          let r: ReturnType<typeof reallocate>;
          try {
            r = reallocate(
              totalPence / 100,
              current,
              areas.map(([, need]) => need),
              f
            );
          } catch (e) {
            // Only when the limits truly cannot hold the total (an area with no need keeps its least).
            expect((e as PoolError).code).toBe("LIMITS_UNMET");
            const lo = areas.map(([c]) => Math.max(0, Math.ceil(c * (1 - f) - 1e-7)));
            const hi = areas.map(([c, need], i) =>
              need > 0 ? Math.floor(c * (1 + f) + 1e-7) : lo[i]
            );
            expect(totalPence < sum(lo) || totalPence > sum(hi)).toBe(true);
            return;
          }
          expect(sum(pence(r.allocation))).toBe(totalPence);
          r.allocation.forEach((a, i) => {
            const c = areas[i][0];
            expect(Math.round(a * 100)).toBeGreaterThanOrEqual(Math.ceil(c * (1 - f) - 1e-7));
            expect(Math.round(a * 100)).toBeLessThanOrEqual(Math.floor(c * (1 + f) + 1e-7));
          });
        }
      )
    );
  });
});
