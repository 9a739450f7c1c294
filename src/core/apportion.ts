import { PoolError } from "./errors";

/**
 * Split `totalPence` into integer parts in proportion to `weights`, by the largest
 * remainder method: everyone gets the floor of their exact quota, then the pennies left
 * over go to the largest remainders, ties to the earlier position. The parts always add
 * up to the total. A negative total is split as its magnitude with the sign carried.
 */
export function apportion(totalPence: number, weights: ArrayLike<number>, unit = 1): number[] {
  return apportionChecked(totalPence, weights, checkWeights(weights), unit);
}

/** Validate weights and return their sum. */
export function checkWeights(weights: ArrayLike<number>): number {
  const n = weights.length;
  if (n === 0) {
    throw new PoolError("EMPTY_RANGE", "There are no partners to share the amount between.");
  }
  let sum = -0; // a float from the start (see deficitSplit)
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
  return sum;
}

/**
 * `apportion` for weights already checked, with their sum. Linear time: leftover pennies
 * are placed by bucketing remainders (selectTop), not by sorting every partner. Each pass
 * is its own small function: V8 then optimises each loop whole, where one long function
 * with several million-step loops kept being deoptimised on leaving a loop.
 */
export function apportionChecked(
  totalPence: number,
  weights: ArrayLike<number>,
  sum: number,
  /** 100 returns pounds (each part exactly pence / 100), saving callers another pass. */
  unit = 1
): number[] {
  if (!Number.isSafeInteger(totalPence)) {
    throw new PoolError("BAD_NUMBER", "The amount to split must be a whole number of pence.");
  }
  const n = weights.length;
  const total = Math.abs(totalPence);
  const sign = totalPence < 0 ? -1 : 1;
  const q = quotas(weights, n, total, sum);
  // Remainders closer than this are equal as far as doubles can tell: a tie, which goes
  // to the earlier partner (1/3 and 1/3 reached by different sums differ in the last bit).
  const tie = q.top * SNAP + 1e-12;
  let left = total - q.given;
  if (left < 0) takeBack(q.whole, q.rem, n, -left);
  // Partners with no weight never take a leftover penny.
  const only = q.eligible === n ? null : weights;
  if (left >= q.eligible) left = spreadEvenly(q.whole, only, n, left, q.eligible);
  if (left <= 0) return output(q.whole, n, sign, unit);
  // Buckets over [0, 1) from the quota pass, unless remainders bunch (all 0.99999x, say):
  // then bucket the span they actually cover.
  let lo = 0;
  let scale = BUCKETS;
  if (boundaryCount(q.counts, left) > n / 16 && q.hi - q.lo > tie) {
    lo = q.lo;
    scale = BUCKETS / (q.hi - q.lo);
    countBuckets(q.rem, only, n, lo, scale, q.counts);
  }
  return placeLeftover(q.whole, q.rem, only, n, left, lo, scale, q.counts, tie, sign, unit);
}

/** Relative size of floating-point error in a quota (a few units in the last place). */
const SNAP = 4e-15;
const BUCKETS = 1024;
const SMALL = 256;

// Share first, then scale: the same shares from scaled weights give the same split.
// A quota that is whole in exact arithmetic can land a hair either side of it in floating
// point; wholeOf and remOf snap it, so such noise never decides who gets a leftover penny.

/** Whole pence of a quota: its floor, or the next penny when floating noise left it a hair below. */
function wholeOf(quota: number): number {
  const q = Math.floor(quota);
  return 1 - (quota - q) < quota * SNAP + 1e-12 ? q + 1 : q;
}

/** What is left of a quota over its whole pence; a noise-sized remainder counts as none. */
function remOf(quota: number, q: number): number {
  const r = quota - q;
  return r < quota * SNAP + 1e-12 ? 0 : r;
}

interface Quotas {
  whole: Float64Array;
  rem: Float64Array;
  /** Remainders counted into buckets of [0, 1) as they are made: usually all a placement needs. */
  counts: Int32Array;
  given: number;
  eligible: number;
  lo: number;
  hi: number;
  /** The largest quota: rounding error in a remainder scales with it. */
  top: number;
}

/** Each partner's quota, split into whole pence and remainder, kept in reused buffers. */
function quotas(weights: ArrayLike<number>, n: number, total: number, sum: number): Quotas {
  const whole = buffer(0, n);
  const rem = buffer(1, n);
  const counts = new Int32Array(BUCKETS);
  let given = -0; // a float from the start (see deficitSplit)
  let eligible = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const quota = total * (w / sum);
    const q = wholeOf(quota);
    const r = remOf(quota, q);
    if (quota > top) top = quota;
    whole[i] = q;
    rem[i] = r;
    given += q;
    if (w > 0) {
      eligible++;
      counts[(r * BUCKETS) | 0]++;
      if (r < lo) lo = r;
      if (r > hi) hi = r;
    }
  }
  return { whole, rem, counts, given, eligible, lo, hi, top };
}

/** More pennies left than partners (only with tiny weights): one each, round after round. */
function spreadEvenly(
  whole: Float64Array,
  only: ArrayLike<number> | null,
  n: number,
  left: number,
  eligible: number
): number {
  while (left >= eligible) {
    for (let i = 0; i < n; i++) if (only === null || only[i] > 0) whole[i] += 1;
    left -= eligible;
  }
  return left;
}

function countBuckets(
  rem: Float64Array,
  only: ArrayLike<number> | null,
  n: number,
  lo: number,
  scale: number,
  counts: Int32Array
): void {
  counts.fill(0);
  for (let i = 0; i < n; i++)
    if (only === null || only[i] > 0) counts[bucketOf(rem[i], lo, scale)]++;
}

/** Where the `needed`-th largest remainder falls among the buckets. */
function boundaryOf(counts: Int32Array, needed: number): number {
  let boundary = BUCKETS - 1;
  let above = 0;
  while (above + counts[boundary] <= needed) above += counts[boundary--];
  return boundary;
}

/** How many remainders share the bucket where the `needed`-th largest falls. */
function boundaryCount(counts: Int32Array, needed: number): number {
  return counts[boundaryOf(counts, needed)];
}

/**
 * Write every part: whole pence, plus a leftover penny for each remainder clearly above the
 * boundary bucket. Those in it, or within a tie of its edges, are few, and are ranked
 * exactly (selectTop) once the pass is done.
 */
function placeLeftover(
  whole: Float64Array,
  rem: Float64Array,
  only: ArrayLike<number> | null,
  n: number,
  needed: number,
  lo: number,
  scale: number,
  counts: Int32Array,
  tie: number,
  sign: number,
  unit: number
): number[] {
  const boundary = boundaryOf(counts, needed);
  const low = lo + boundary / scale - tie;
  const high = lo + (boundary + 1) / scale + tie;
  const parts = new Array<number>(n);
  const group: number[] = [];
  let won = 0;
  for (let i = 0; i < n; i++) {
    let p = whole[i];
    if (only === null || only[i] > 0) {
      const r = rem[i];
      if (r >= low && r < high) {
        group.push(i); // settled below
        continue;
      }
      const up = r >= high ? 1 : 0;
      p += up;
      won += up;
    }
    parts[i] = outOf(p, sign, unit);
  }
  const winners: number[] = [];
  selectTop(group, rem, needed - won, tie, winners);
  for (const i of winners) whole[i] += 1;
  for (const i of group) parts[i] = outOf(whole[i], sign, unit);
  return parts;
}

/** The result array, signed and in the unit asked for. */
function output(whole: Float64Array, n: number, sign: number, unit: number): number[] {
  const parts = new Array<number>(n);
  for (let i = 0; i < n; i++) parts[i] = outOf(whole[i], sign, unit);
  return parts;
}

/**
 * Push onto `out` the `needed` candidates with the largest remainders; remainders within
 * `tie` of each other are equal, and the earlier candidate (they come in position order)
 * wins. Bucketing instead of sorting: every candidate clearly above the boundary bucket
 * wins, every one clearly below loses, and the selection repeats inside the boundary.
 */
function selectTop(
  candidates: number[],
  rem: ArrayLike<number>,
  needed: number,
  tie: number,
  out: number[]
): void {
  if (needed <= 0) return;
  if (needed >= candidates.length) {
    for (const i of candidates) out.push(i);
    return;
  }
  const ranked = () => {
    const sorted = [...candidates].sort((a, b) => {
      const d = rem[b] - rem[a];
      return d > tie || d < -tie ? d : a - b;
    });
    for (let k = 0; k < needed; k++) out.push(sorted[k]);
  };
  if (candidates.length <= SMALL) return ranked();
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of candidates) {
    if (rem[i] < lo) lo = rem[i];
    if (rem[i] > hi) hi = rem[i];
  }
  if (hi - lo <= tie) {
    for (let k = 0; k < needed; k++) out.push(candidates[k]);
    return;
  }
  const scale = BUCKETS / (hi - lo);
  const counts = new Int32Array(BUCKETS);
  for (const i of candidates) counts[bucketOf(rem[i], lo, scale)]++;
  const boundary = boundaryOf(counts, needed);
  const low = lo + boundary / scale - tie;
  const high = lo + (boundary + 1) / scale + tie;
  const group: number[] = [];
  let won = 0;
  for (const i of candidates) {
    if (rem[i] >= high) {
      out.push(i);
      won++;
    } else if (rem[i] >= low) group.push(i);
  }
  // Remainders spread over barely more than a tie can leave everyone in the group: rank them.
  if (group.length === candidates.length) {
    out.length -= won;
    return ranked();
  }
  selectTop(group, rem, needed - won, tie, out);
}

function bucketOf(r: number, lo: number, scale: number): number {
  const b = Math.floor((r - lo) * scale);
  return b < BUCKETS ? b : BUCKETS - 1;
}

/** A part in pence as the caller wants it: signed, and in pounds when `unit` is 100. */
function outOf(pence: number, sign: number, unit: number): number {
  return (sign * pence) / unit + 0; // + 0 turns -0 into 0 without a branch
}

// Two reused buffers: Excel recalculates often, and allocating fresh million-element
// arrays each time costs more than the arithmetic. Calls never overlap.
const buffers = [new Float64Array(1024), new Float64Array(1024)];
function buffer(k: number, n: number): Float64Array {
  if (buffers[k].length < n) buffers[k] = new Float64Array(Math.max(n, buffers[k].length * 2));
  return buffers[k];
}

/** Rare: snapping rounded more quotas up than the total allows; take pennies back from the smallest remainders. */
function takeBack(whole: Float64Array, rem: Float64Array, n: number, excess: number): void {
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (whole[i] > 0) order.push(i);
  order.sort((a, b) => rem[a] - rem[b] || b - a);
  for (let k = 0; k < excess; k++) whole[order[k % order.length]] -= 1;
}
