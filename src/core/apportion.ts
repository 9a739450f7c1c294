import { PoolError } from "./errors";

/**
 * Split `totalPence` into integer parts in proportion to `weights`, by the largest
 * remainder method: everyone gets the floor of their exact quota, then the pennies left
 * over go to the largest remainders, ties to the earlier position. The parts always add
 * up to the total. A negative total is split as its magnitude with the sign carried.
 *
 * Runs in linear time: remainders are bucketed, so only the few in the boundary bucket
 * are sorted (a full sort would dominate at a million partners).
 */
export function apportion(totalPence: number, weights: ArrayLike<number>): number[] {
  if (!Number.isSafeInteger(totalPence)) {
    throw new PoolError("BAD_NUMBER", "The amount to split must be a whole number of pence.");
  }
  const n = weights.length;
  if (n === 0) {
    throw new PoolError("EMPTY_RANGE", "There are no partners to share the amount between.");
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || w === Infinity) {
      throw new PoolError(
        "BAD_WEIGHTS",
        `Partner ${i + 1}'s basis for sharing (${String(w)}) must be a number of zero or more.`
      );
    }
    sum += w;
  }
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new PoolError(
      "NO_CONTRIBUTIONS",
      "The partners' bases for sharing add up to zero, so there is nothing to share in proportion to."
    );
  }

  const sign = totalPence < 0 ? -1 : 1;
  const total = Math.abs(totalPence);
  const parts = new Array<number>(n);
  const rem = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    // Share first, then scale: the same shares from scaled weights give the same split.
    const quota = total * (weights[i] / sum);
    const whole = Math.floor(quota);
    parts[i] = whole;
    rem[i] = quota - whole;
    given += whole;
  }
  let left = total - given;
  // Floating error can leave the floors a penny or so off in extreme cases; settle it.
  while (left < 0) {
    const i = indexOfLargest(parts);
    parts[i] -= 1;
    left += 1;
  }
  if (left > 0) giveLeftover(parts, rem, weights, left);
  if (sign < 0) for (let i = 0; i < n; i++) parts[i] = parts[i] === 0 ? 0 : -parts[i];
  return parts;
}

function indexOfLargest(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

const BUCKETS = 4096;

/** Give one penny each to the `left` largest remainders (ties: earlier first). */
function giveLeftover(
  parts: number[],
  rem: Float64Array,
  weights: ArrayLike<number>,
  left: number
): void {
  const n = parts.length;
  // Partners with no weight never take a leftover penny.
  let eligible = 0;
  for (let i = 0; i < n; i++) if (weights[i] > 0) eligible++;
  while (left >= eligible) {
    for (let i = 0; i < n; i++) if (weights[i] > 0) parts[i] += 1;
    left -= eligible;
  }
  if (left === 0) return;

  const counts = new Int32Array(BUCKETS);
  const bucketOf = (r: number) => Math.min(BUCKETS - 1, Math.floor(r * BUCKETS));
  for (let i = 0; i < n; i++) if (weights[i] > 0) counts[bucketOf(rem[i])]++;
  // Walk down from the top bucket until the boundary bucket that cannot be taken whole.
  let boundary = BUCKETS - 1;
  let above = 0;
  while (above + counts[boundary] <= left) {
    above += counts[boundary];
    boundary--;
  }
  const contenders: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(weights[i] > 0)) continue;
    const b = bucketOf(rem[i]);
    if (b > boundary) parts[i] += 1;
    else if (b === boundary) contenders.push(i);
  }
  contenders.sort((a, b) => rem[b] - rem[a] || a - b);
  for (let k = 0; k < left - above; k++) parts[contenders[k]] += 1;
}
