import fc from "fast-check";
import { apportion, deficitSplit } from "./asLists";
import { PoolError, SplitOptions } from "../../src/core";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pence = (xs: number[]) => Math.round(sum(xs) * 100);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof PoolError ? e.code : "NOT_A_POOL_ERROR";
  }
  return undefined;
}

describe("deficitSplit", () => {
  const swindon = [20e6, 8e6];

  it("splits an overspend in proportion to investment (Hertfordshire rule) by default", () => {
    expect(deficitSplit(1.4e6, swindon)).toEqual([1e6, 0.4e6]);
  });

  it("has Hertfordshire's council, providing 50%, fund half of a deficit", () => {
    // Council 50% of £160m; eight PCTs share the other half unevenly.
    const pcts = [12e6, 11e6, 10e6, 10e6, 10e6, 9e6, 9e6, 9e6];
    const parts = deficitSplit(1_000_000.01, [80e6, ...pcts]);
    expect(parts[0]).toBe(500000.01);
    expect(pence(parts)).toBe(100000001);
  });

  it("returns an underspend in proportion to contributions", () => {
    expect(deficitSplit(-28000, swindon)).toEqual([-20000, -8000]);
  });

  it("splits to the penny with the odd penny to the largest remainder", () => {
    expect(deficitSplit(100, [1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(deficitSplit(0.05, [12, 17, 21])).toEqual([0.01, 0.02, 0.02]);
  });

  it("equal: every partner funds the same part of an overspend", () => {
    expect(deficitSplit(10000, [60000, 10000, 2500, 1000], { method: "equal" })).toEqual([
      2500, 2500, 2500, 2500,
    ]);
  });

  it("equal: an underspend goes back in equal parts too", () => {
    expect(deficitSplit(-7000, [60000, 10000], { method: "equal" })).toEqual([-3500, -3500]);
    expect(deficitSplit(-0.01, [60000, 10000], { method: "equal" })).toEqual([-0.01, 0]);
  });

  it("equal: an underspend goes back in proportion when the agreement says so", () => {
    expect(
      deficitSplit(-7000, [60000, 10000], { method: "equal", underspend: "proportional" })
    ).toEqual([-6000, -1000]);
    expect(deficitSplit(-7000, [60000, 10000], { underspend: "equal" })).toEqual([-3500, -3500]);
  });

  it("reads a method from the Pool sheet's plain words as well as its code", () => {
    expect(deficitSplit(5000, swindon, { method: "Host bears it all" as never, host: 1 })).toEqual([
      0, 5000,
    ]);
    expect(
      deficitSplit(1000, [50, 30, 20], {
        method: " in proportion, with caps " as never,
        caps: [100, Infinity, Infinity],
      })
    ).toEqual([100, 540, 360]);
  });

  it("host: the host bears a whole overspend and keeps a whole underspend", () => {
    expect(deficitSplit(5000, swindon, { method: "host", host: 1 })).toEqual([0, 5000]);
    expect(deficitSplit(-5000, swindon, { method: "host", host: 0 })).toEqual([-5000, 0]);
  });

  it("capped: no partner funds more than its cap; the excess is shared by the rest", () => {
    // Proportional would be 500 / 300 / 200; A is capped at 100, so 400 is shared 3:2.
    expect(
      deficitSplit(1000, [50, 30, 20], { method: "capped", caps: [100, Infinity, Infinity] })
    ).toEqual([100, 540, 360]);
  });

  it("capped: redistribution repeats when the excess pushes another partner over its cap", () => {
    // A capped at 100 -> B's share of the rest (540) breaks its 500 cap -> B at 500, C takes 400.
    expect(deficitSplit(1000, [50, 30, 20], { method: "capped", caps: [100, 500, 1000] })).toEqual([
      100, 500, 400,
    ]);
  });

  it("capped: says by how much the caps fall short", () => {
    expect(() => deficitSplit(100, [1, 1], { method: "capped", caps: [40, 40] })).toThrow(
      "Caps cover £80.00 of the £100.00 overspend; raise them by £20.00."
    );
  });

  it("capped: only caps of partners who put something in count towards the cover, few or many", () => {
    // A partner with nothing in funds nothing, whatever its cap; an uncapped partner
    // with nothing in leaves the others' caps to cover the overspend.
    for (const n of [3, 100]) {
      const contributions = Array.from({ length: n }, (_, i) => (i < 2 ? 0 : 1));
      const caps = Array.from({ length: n }, (_, i) => (i === 0 ? 1e6 : i === 1 ? Infinity : 1));
      const shortBy = 1000 - (n - 2);
      expect(() => deficitSplit(1000, contributions, { method: "capped", caps })).toThrow(
        `Caps cover £${n - 2}.00 of the £1,000.00 overspend; raise them by £${shortBy.toLocaleString("en-GB")}.00.`
      );
    }
  });

  it("capped: an underspend is returned in proportion, caps aside", () => {
    expect(deficitSplit(-1000, [50, 30, 20], { method: "capped", caps: [0, 0, 0] })).toEqual([
      -500, -300, -200,
    ]);
  });

  it("tiered: the host bears the first slice up to the threshold, the rest is shared", () => {
    // Council hosts; bears first £500k of a £1.5m overspend; £1m shared 20:8.
    const parts = deficitSplit(1.5e6, swindon, { method: "tiered", host: 0, threshold: 500000 });
    expect(parts).toEqual([500000 + 714285.71, 285714.29]);
    expect(deficitSplit(1000, swindon, { method: "tiered", host: 1, threshold: 5000 })).toEqual([
      0, 1000,
    ]);
  });

  it("tiered: an underspend is returned in proportion", () => {
    expect(deficitSplit(-2800, swindon, { method: "tiered", host: 0, threshold: 5000 })).toEqual([
      -2000, -800,
    ]);
  });

  it("a zero variance gives every partner zero", () => {
    expect(deficitSplit(0, swindon)).toEqual([0, 0]);
  });

  it.each<[number, number[], SplitOptions, string]>([
    [100, [], {}, "EMPTY_RANGE"],
    [100, [1, -1], {}, "NEGATIVE_CONTRIBUTION"],
    [100, [0, 0], {}, "NO_CONTRIBUTIONS"],
    [100, [1, 1], { method: "sideways" as never }, "BAD_METHOD"],
    [100, [1, 1], { method: "host" }, "HOST_REQUIRED"],
    [100, [1, 1], { method: "host", host: 2 }, "HOST_OUT_OF_RANGE"],
    [100, [1, 1], { method: "tiered", host: -1 }, "HOST_OUT_OF_RANGE"],
    [100, [1, 1], { method: "capped" }, "SHAPE_MISMATCH"],
    [100, [1, 1], { method: "capped", caps: [1] }, "SHAPE_MISMATCH"],
    [100, [1, 1], { method: "capped", caps: [-1, 200] }, "NEGATIVE_CAP"],
    [100, [1, 1], { method: "tiered", host: 0, threshold: -5 }, "NEGATIVE_THRESHOLD"],
    [NaN, [1, 1], {}, "NOT_FINITE"],
    [1e20, [1, 1], {}, "TOO_LARGE"],
  ])("variance %p contributions %p options %p fails with %s", (v, c, o, code) => {
    expect(codeOf(() => deficitSplit(v, c, o))).toBe(code);
  });

  it("accepts method names in any case", () => {
    expect(deficitSplit(10, [1, 1], { method: " Equal " as never })).toEqual([5, 5]);
  });

  const contributions = fc
    .array(fc.integer({ min: 0, max: 5e7 }), { minLength: 1, maxLength: 30 })
    .filter((c) => sum(c) > 0);
  const variancePence = fc.integer({ min: -1e11, max: 1e11 });

  it("every method adds up exactly to the variance (property)", () => {
    fc.assert(
      fc.property(contributions, variancePence, fc.nat(), fc.nat({ max: 1e8 }), (c, v, h, t) => {
        const host = h % c.length;
        for (const method of ["proportional", "equal", "host", "tiered"] as const) {
          expect(pence(deficitSplit(v / 100, c, { method, host, threshold: t / 100 }))).toBe(v);
        }
      })
    );
  });

  it("no partner funds a negative part of an overspend (property)", () => {
    fc.assert(
      fc.property(contributions, fc.integer({ min: 0, max: 1e11 }), (c, v) => {
        deficitSplit(v / 100, c).forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
        deficitSplit(v / 100, c, { method: "equal" }).forEach((p) =>
          expect(p).toBeGreaterThanOrEqual(0)
        );
      })
    );
  });

  it("capped never exceeds a cap and still adds up (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 1e6 }),
            fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: undefined })
          ),
          { minLength: 1, maxLength: 30 }
        ),
        fc.integer({ min: 0, max: 1e9 }),
        (rows, v) => {
          const c = rows.map((r) => r[0]);
          const caps = rows.map((r) => (r[1] === undefined ? Infinity : r[1] / 100));
          const coverable = caps.reduce((a, b) => a + b, 0) * 100;
          if (coverable < v) {
            expect(() => deficitSplit(v / 100, c, { method: "capped", caps })).toThrow(
              /Caps cover/
            );
            return;
          }
          const parts = deficitSplit(v / 100, c, { method: "capped", caps });
          expect(pence(parts)).toBe(v);
          parts.forEach((p, i) =>
            expect(Math.round(p * 100)).toBeLessThanOrEqual(Math.round(caps[i] * 100))
          );
        }
      )
    );
  });

  it("reordering partners reorders their parts, beyond tie-breaking (property)", () => {
    fc.assert(
      fc.property(contributions, variancePence, (c, v) => {
        const order = c.map((_, i) => i).reverse();
        const a = deficitSplit(v / 100, c);
        const b = deficitSplit(
          v / 100,
          order.map((i) => c[i])
        );
        order.forEach((from, to) =>
          expect(Math.abs(b[to] - a[from])).toBeLessThanOrEqual(0.0100001)
        );
      })
    );
  });

  it("scaling every contribution leaves the split unchanged (property)", () => {
    fc.assert(
      fc.property(contributions, variancePence, fc.integer({ min: 2, max: 1000 }), (c, v, k) => {
        expect(
          deficitSplit(
            v / 100,
            c.map((x) => x * k)
          )
        ).toEqual(deficitSplit(v / 100, c));
      })
    );
  });
});

describe("capped split at scale", () => {
  /** The textbook walk: sort by cap-to-contribution ratio, cap while the share would break the cap. */
  function reference(variance: number, c: number[], caps: number[]): number[] {
    const order = c.map((_, i) => i).filter((i) => c[i] > 0 && caps[i] !== Infinity);
    order.sort((a, b) => caps[a] / c[a] - caps[b] / c[b] || a - b);
    let left = variance;
    let weight = c.reduce((a, b) => a + b, 0);
    const capped = new Set<number>();
    for (const i of order) {
      if (left * c[i] <= caps[i] * weight) break;
      capped.add(i);
      left -= caps[i];
      weight -= c[i];
    }
    const shared = apportion(
      left,
      c.map((x, i) => (capped.has(i) ? 0 : x))
    );
    return c.map((_, i) => (capped.has(i) ? caps[i] : shared[i]));
  }

  /** Split a fraction of what the caps cover and compare with the walk, in pence. */
  function matchesWalk(rows: [number, number][], fraction: number): void {
    const c = rows.map((r) => r[0]);
    const caps = rows.map((r) => r[1]);
    if (!(c.reduce((a, b) => a + b, 0) > 0)) return;
    const coverable = c.reduce((a, x, i) => a + (x > 0 ? Math.min(caps[i], 1e9) : 0), 0);
    const variance = Math.floor(coverable * fraction);
    const parts = deficitSplit(variance / 100, c, {
      method: "capped",
      caps: caps.map((x) => x / 100),
    });
    expect(parts.map((p) => Math.round(p * 100))).toEqual(reference(variance, c, caps));
  }

  it("caps the same partners as the textbook walk on a pool's 1 to 64 partners, some uncapped (property)", () => {
    // Up to 64 partners the walk orders the capped few as it finds them (waterFill's fewFill).
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1e5 }),
            fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant(Infinity))
          ),
          { minLength: 1, maxLength: 64 }
        ),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        matchesWalk
      ),
      { numRuns: 500 }
    );
  });

  it("caps the same partners as the textbook walk, with thousands of partners (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e5 }), fc.integer({ min: 0, max: 1e6 })), {
          minLength: 300,
          maxLength: 3000,
          size: "max",
        }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        matchesWalk
      ),
      { numRuns: 40 }
    );
  });
});
