import { apportionChecked, sumOfAmounts } from "./apportion";
import { PoolError } from "./errors";
import { formatPence, fromPence, toPence } from "./money";
import { formatPercent } from "./percent";

export interface Reallocation {
  /** New allocation per area, pounds; adds up exactly to the total. */
  allocation: number[];
  /** New less current, pounds: a gain positive, a loss negative. */
  change: number[];
  /** Areas held at their limit: -1 at the most they may lose, 1 at the most they may gain. */
  held: number[];
}

/**
 * Move allocations towards need (NHS West Kent re-allocated a health budget across six
 * boroughs on evidence of need). Each area's target is `total` shared in proportion to
 * `need`. With `maxChange` (a fraction), no area moves more than that fraction of its
 * current allocation: areas whose target lies outside their limits are held at the limit,
 * and what that frees or costs is shared among the others in proportion to their targets,
 * within their limits, until it settles. Pence-exact: the allocations add up to `total`.
 */
export function reallocate(
  total: number,
  current: number[],
  need: number[],
  maxChange?: number
): Reallocation {
  const n = current.length;
  if (n === 0) throw new PoolError("EMPTY_RANGE", "There are no areas to allocate between.");
  if (need.length !== n) {
    throw new PoolError(
      "SHAPE_MISMATCH",
      `There are ${need.length} need figures for ${n} areas; give one need figure per area.`
    );
  }
  const totalPence = toPence(total, "total");
  if (totalPence < 0)
    throw new PoolError("BAD_NUMBER", "The total to allocate must be zero or more.");
  sumOfAmounts(
    current,
    (i, v) =>
      new PoolError(
        "NEGATIVE_CONTRIBUTION",
        `Area ${i + 1}'s current allocation (${String(v)}) must be an amount of zero or more.`
      )
  );
  const needSum = sumOfAmounts(
    need,
    (i, v) =>
      new PoolError(
        "BAD_WEIGHTS",
        `Area ${i + 1}'s need figure (${String(v)}) must be a number of zero or more.`
      )
  );
  if (!(needSum > 0)) {
    throw new PoolError(
      "NO_CONTRIBUTIONS",
      "The need figures add up to zero, so there is no need to allocate in proportion to."
    );
  }
  const cur = current.map((c) => toPence(c, "current allocation"));
  const held = new Array<number>(n).fill(0);
  let pence: number[];
  if (maxChange === undefined) {
    pence = Array.from(apportionChecked(totalPence, need, needSum));
  } else {
    if (!(maxChange >= 0) || !Number.isFinite(maxChange)) {
      throw new PoolError(
        "BAD_NUMBER",
        `The most an area may change (${String(maxChange)}) must be a share such as 10% or 0.1.`
      );
    }
    // Limits in whole pence, inside the fraction: the least rounded up, the most down.
    const lo = cur.map((c) => Math.ceil(c * (1 - maxChange) - 1e-7));
    const hi = cur.map((c) => Math.floor(c * (1 + maxChange) + 1e-7));
    // An area with no need stays at the least it may keep.
    const least = lo.reduce((a, b) => a + Math.max(0, b), 0);
    const most = hi.reduce((a, b, i) => a + (need[i] > 0 ? b : Math.max(0, lo[i])), 0);
    const limit = formatPercent(maxChange);
    if (totalPence < least) {
      throw new PoolError(
        "LIMITS_UNMET",
        `Within ±${limit} the areas must keep at least ${formatPence(least)}, ${formatPence(least - totalPence)} more than the total; allow a larger change or raise the total.`
      );
    }
    if (totalPence > most) {
      throw new PoolError(
        "LIMITS_UNMET",
        `Within ±${limit} the areas can take at most ${formatPence(most)}, ${formatPence(totalPence - most)} less than the total; allow a larger change or lower the total.`
      );
    }
    const least0 = lo.map((x) => Math.max(0, x));
    pence = withinLimits(totalPence, need, least0, hi, new Array<number>(n).fill(0));
    // Held: the target lay beyond a limit and the area ends at it.
    for (let i = 0; i < n; i++) {
      const target = (totalPence * need[i]) / needSum;
      held[i] =
        target < least0[i] && pence[i] === least0[i]
          ? -1
          : target > hi[i] && pence[i] === hi[i]
            ? 1
            : 0;
    }
  }
  return {
    allocation: pence.map(fromPence),
    change: pence.map((p, i) => fromPence(p - cur[i])),
    held,
  };
}

/**
 * Share `total` pence in proportion to need, each area clamped to [lo, hi]: the allocation
 * clamp(rate × need) whose sum is the total. The rate is found by halving (the sum only
 * grows with it); areas it puts at a limit are held there, the rest share what is left to
 * the penny. An area that rounding then pushes a penny past its limit is held too.
 */
function withinLimits(
  total: number,
  need: number[],
  lo: number[],
  hi: number[],
  held: number[]
): number[] {
  const n = need.length;
  const at = (rate: number) =>
    need.reduce((s, w, i) => s + Math.min(hi[i], Math.max(lo[i], rate * w)), 0);
  let low = 0;
  let high = 1;
  while (at(high) < total && high < 1e300) high *= 2;
  for (let k = 0; k < 200; k++) {
    const mid = (low + high) / 2;
    if (at(mid) < total) low = mid;
    else high = mid;
  }
  for (let i = 0; i < n; i++) {
    const x = high * need[i];
    held[i] = x <= lo[i] ? -1 : x >= hi[i] ? 1 : 0;
  }
  for (;;) {
    let left = total;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      if (held[i] < 0) left -= lo[i];
      else if (held[i] > 0) left -= hi[i];
      else weight += need[i];
    }
    const parts = new Array<number>(n).fill(0);
    if (weight > 0) {
      const shared = apportionChecked(
        left,
        need.map((w, i) => (held[i] === 0 ? w : 0)),
        weight
      );
      for (let i = 0; i < n; i++) parts[i] = shared[i];
    } else if (left !== 0) {
      // Every area sits at a limit and pennies remain: move the areas with room, by their room.
      const grow = left > 0 ? -1 : 1; // held at the least to grow, at the most to shrink
      const room = need.map((_, i) => (held[i] === grow ? hi[i] - lo[i] : 0));
      const roomSum = room.reduce((a, b) => a + b, 0);
      const extra = apportionChecked(left, room, roomSum);
      return need.map((_, i) => (held[i] < 0 ? lo[i] : hi[i]) + extra[i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      if (held[i] !== 0) continue;
      if (parts[i] < lo[i]) held[i] = -1;
      else if (parts[i] > hi[i]) held[i] = 1;
      else continue;
      moved = true;
    }
    if (!moved) return parts.map((p, i) => (held[i] < 0 ? lo[i] : held[i] > 0 ? hi[i] : p));
  }
}
