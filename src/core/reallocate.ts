import { apportion, sumOfAmounts } from "./apportion";
import { Refuse } from "./messages";
import { fromPence, toPence } from "./money";

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
  if (n === 0) throw Refuse.noAreas();
  if (need.length !== n) throw Refuse.needMisfit(need.length, n);
  const totalPence = toPence(total, "total");
  if (totalPence < 0) throw Refuse.negativeTotal();
  sumOfAmounts(current, Refuse.negativeAllocation);
  const needSum = sumOfAmounts(need, Refuse.badNeed);
  if (!(needSum > 0)) throw Refuse.needAddsToZero();
  const cur = current.map((c) => toPence(c, "current allocation"));
  const held = new Array<number>(n).fill(0);
  let pence: number[];
  if (maxChange === undefined) {
    pence = apportion(totalPence, need);
  } else {
    if (!(maxChange >= 0) || !Number.isFinite(maxChange)) throw Refuse.badMaxChange(maxChange);
    // Limits in whole pence, inside the fraction: the least rounded up, the most down.
    const lo = cur.map((c) => Math.ceil(c * (1 - maxChange) - 1e-7));
    const hi = cur.map((c) => Math.floor(c * (1 + maxChange) + 1e-7));
    // An area with no need stays at the least it may keep.
    const least = lo.reduce((a, b) => a + Math.max(0, b), 0);
    const most = hi.reduce((a, b, i) => a + (need[i] > 0 ? b : Math.max(0, lo[i])), 0);
    if (totalPence < least) throw Refuse.limitsTooHigh(maxChange, least, totalPence);
    if (totalPence > most) throw Refuse.limitsTooLow(maxChange, most, totalPence);
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
      const shared = apportion(
        left,
        need.map((w, i) => (held[i] === 0 ? w : 0))
      );
      for (let i = 0; i < n; i++) parts[i] = shared[i];
    } else if (left !== 0) {
      // Every area sits at a limit and pennies remain: move the areas with room, by their room.
      const grow = left > 0 ? -1 : 1; // held at the least to grow, at the most to shrink
      const room = need.map((_, i) => (held[i] === grow ? hi[i] - lo[i] : 0));
      const extra = apportion(left, room);
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
