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

/** Relative size of floating-point error in a quota (a few units in the last place). */
const SNAP = 1e-13;

/**
 * `apportion` for weights already checked, with their sum. Linear time: the leftover
 * pennies are placed by bucketing remainders (see giveTop), not by sorting every partner.
 * Each pass is its own small function: V8 then optimises each loop whole, where one long
 * function with several million-step loops keeps being deoptimised on leaving a loop.
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
  let left = total - q.given;
  if (left < 0) takeBack(q.whole, q.rem, n, -left);
  if (left <= 0) return output(q.whole, n, sign, unit);
  // Partners with no weight never take a leftover penny.
  const only = q.eligible === n ? null : weights;
  if (left >= q.eligible) left = spreadEvenly(q.whole, only, n, left, q.eligible);
  if (left > 0 && q.hi > q.lo) {
    const parts = new Array<number>(n);
    if (boundaryCount(q.counts, left) > n / 16) {
      // Remainders bunched in one bucket of [0, 1) (say all 0.99999x): bucket their real span.
      const scale = BUCKETS / (q.hi - q.lo);
      countBuckets(q.rem, only, n, q.lo, scale, q.counts);
      giveTop(parts, q.whole, q.rem, only, n, left, q.lo, scale, q.counts, sign, unit);
    } else {
      giveTop(parts, q.whole, q.rem, only, n, left, 0, BUCKETS, q.counts, sign, unit);
    }
    return parts;
  }
  if (left > 0) giveToEarliest(q.whole, only, n, left);
  return output(q.whole, n, sign, unit);
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
}

/** Each partner's exact quota, split into whole pence and remainder (in reused buffers). */
function quotas(weights: ArrayLike<number>, n: number, total: number, sum: number): Quotas {
  const whole = buffer(0, n);
  const rem = buffer(1, n);
  const counts = new Int32Array(BUCKETS);
  let given = -0; // a float from the start (see deficitSplit)
  let eligible = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    // Share first, then scale: the same shares from scaled weights give the same split.
    const quota = total * (w / sum);
    // A quota that is whole in exact arithmetic can land a hair either side of it in
    // floating point; snap it, so such noise never decides who gets a leftover penny.
    // Written with rarely-taken branches: real remainders are random, and a branch on
    // them would be mispredicted half the time.
    let q = Math.floor(quota);
    let r = quota - q;
    const tolerance = quota * SNAP + 1e-9;
    if (r < tolerance) r = 0;
    else if (1 - r < tolerance) {
      q += 1;
      r = 0;
    }
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
  return { whole, rem, counts, given, eligible, lo, hi };
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

/** Every remainder equal: the earliest eligible positions take the leftover pennies. */
function giveToEarliest(
  whole: Float64Array,
  only: ArrayLike<number> | null,
  n: number,
  left: number
): void {
  for (let i = 0; i < n && left > 0; i++) {
    if (only === null || only[i] > 0) {
      whole[i] += 1;
      left--;
    }
  }
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

/** The result array, signed and in the unit asked for. */
function output(whole: Float64Array, n: number, sign: number, unit: number): number[] {
  const parts = new Array<number>(n);
  for (let i = 0; i < n; i++) parts[i] = outOf(whole[i], sign, unit);
  return parts;
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

const BUCKETS = 1024;
const SMALL = 256;

/**
 * Give one penny to each of the `needed` largest remainders, ties to the earlier position.
 * Selection without a full sort: bucket the remainders across the range they actually span,
 * give a penny to every bucket above the boundary one, and repeat inside the boundary bucket
 * (clustered remainders such as 0.9999999x just take another level). The first level walks
 * all partners (`weights` null means all are eligible) and writes their final values;
 * later levels walk a short list.
 */
function giveTop(
  parts: number[],
  whole: Float64Array,
  rem: Float64Array,
  weights: ArrayLike<number> | null,
  n: number,
  needed: number,
  lo: number,
  scale: number,
  counts: Int32Array,
  sign: number,
  unit: number
): void {
  let boundary = BUCKETS - 1;
  let above = 0;
  while (above + counts[boundary] <= needed) above += counts[boundary--];
  const next: number[] = [];
  for (let i = 0; i < n; i++) {
    let extra = 0;
    if (weights === null || weights[i] > 0) {
      const b = bucketOf(rem[i], lo, scale);
      if (b === boundary) {
        next.push(i); // settled below; few fall here
        continue;
      }
      extra = b > boundary ? 1 : 0;
    }
    parts[i] = outOf(whole[i] + extra, sign, unit);
  }
  giveTopOf(whole, rem, next, needed - above);
  for (const i of next) parts[i] = outOf(whole[i], sign, unit);
}

function bucketOf(r: number, lo: number, scale: number): number {
  const b = Math.floor((r - lo) * scale);
  return b < BUCKETS ? b : BUCKETS - 1;
}

/** How many remainders share the bucket where the `needed`-th largest falls. */
function boundaryCount(counts: Int32Array, needed: number): number {
  let b = BUCKETS - 1;
  let above = 0;
  while (above + counts[b] <= needed) above += counts[b--];
  return counts[b];
}

/** A part in pence as the caller wants it: signed, and in pounds when `unit` is 100. */
function outOf(pence: number, sign: number, unit: number): number {
  return (sign * pence) / unit + 0; // + 0 turns -0 into 0 without a branch
}

/** The same selection over a short list of positions, kept in position order. */
function giveTopOf(
  whole: Float64Array,
  rem: Float64Array,
  candidates: number[],
  needed: number
): void {
  if (needed <= 0) return;
  if (candidates.length <= SMALL) {
    const sorted = [...candidates].sort((a, b) => rem[b] - rem[a]); // stable: ties keep position order
    for (let k = 0; k < needed; k++) whole[sorted[k]] += 1;
    return;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of candidates) {
    if (rem[i] < lo) lo = rem[i];
    if (rem[i] > hi) hi = rem[i];
  }
  if (!(hi > lo)) {
    for (let k = 0; k < needed; k++) whole[candidates[k]] += 1;
    return;
  }
  const scale = BUCKETS / (hi - lo);
  const counts = new Int32Array(BUCKETS);
  for (const i of candidates) counts[bucketOf(rem[i], lo, scale)]++;
  let boundary = BUCKETS - 1;
  let above = 0;
  while (above + counts[boundary] <= needed) above += counts[boundary--];
  const next: number[] = [];
  for (const i of candidates) {
    const b = bucketOf(rem[i], lo, scale);
    if (b > boundary) whole[i] += 1;
    else if (b === boundary) next.push(i);
  }
  giveTopOf(whole, rem, next, needed - above);
}
