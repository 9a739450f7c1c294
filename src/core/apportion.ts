import { PoolError } from "./errors";
import { apportionByRanking } from "./apportionByRanking";
import { apportionSmall } from "./apportionSmall";
import { BUCKETS, boundaryOf, bucketOf, selectTop } from "./selectTop";
import { remOf, tieFor, wholeOf } from "./snap";
import { SMALL_INPUT, Vec } from "./vector";

/**
 * Split `totalPence` into integer parts in proportion to `weights`, by the largest
 * remainder method: everyone gets the floor of their exact quota, then the pennies left
 * over go to the largest remainders, ties to the earlier position. The parts always add
 * up to the total. A negative total is split as its magnitude with the sign carried.
 *
 * Parts come back in a Float64Array for a large input: at a million partners V8 spends
 * longer allocating and collecting a plain array of results than working them out. A
 * pool's handful of partners gets a plain array (vector.ts).
 */
export function apportion(totalPence: number, weights: ArrayLike<number>, unit = 1): Vec {
  return apportionChecked(totalPence, weights, checkWeights(weights), unit);
}

/** Validate weights and return their sum. */
export function checkWeights(weights: ArrayLike<number>): number {
  if (weights.length === 0) {
    throw new PoolError("EMPTY_RANGE", "There are no partners to share the amount between.");
  }
  const sum = sumOfAmounts(
    weights,
    (i, w) =>
      new PoolError(
        "BAD_WEIGHTS",
        `Partner ${i + 1}'s basis for sharing (${String(w)}) must be a number of zero or more.`
      )
  );
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new PoolError(
      "NO_CONTRIBUTIONS",
      "The partners' bases for sharing add up to zero, so there is nothing to share in proportion to."
    );
  }
  return sum;
}

/**
 * The sum of amounts that must each be zero or more and finite; the first that is not
 * throws the error `refuse` makes for it. A function of its own: written inline in
 * deficitSplit the same loop measured two to three times slower in the bundled engine.
 */
export function sumOfAmounts(
  values: ArrayLike<number>,
  refuse: (position: number, value: number) => PoolError
): number {
  // -0, not 0: a sum of a million amounts outgrows a small integer, and starting as a
  // float keeps V8 from optimising for small integers and then bailing out on every call.
  let sum = -0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0) || v === Infinity) throw refuse(i, v);
    sum += v;
  }
  return sum;
}

/**
 * `apportion` for weights already checked, with their sum. Linear time in two passes over
 * the partners, storing nothing per partner but the result: the first counts remainders
 * into buckets, the second writes every part, giving a leftover penny to each remainder in
 * a bucket clearly above the boundary. Remainders near the boundary, or near 0 or 1 where
 * floating noise is snapped away (snap.ts), are settled exactly as they come up; the few
 * at the boundary are ranked at the end. Rare shapes go to apportionByRanking.
 */
export function apportionChecked(
  totalPence: number,
  weights: ArrayLike<number>,
  sum: number,
  /** 100 returns pounds (each part exactly pence / 100), saving callers another pass. */
  unit = 1
): Vec {
  if (!Number.isSafeInteger(totalPence)) throw notWholePence();
  const n = weights.length;
  const total = Math.abs(totalPence);
  // Dividing by a negative unit carries an underspend's sign into every part.
  const divisor = totalPence < 0 ? -unit : unit;
  // Each pass works the quotas out again: a multiply costs less than storing a million
  // of them and reading them back.
  const per = total / sum;
  if (per === Infinity) return apportionScaledUp(totalPence, weights, sum, unit);
  // A pool's few partners: the textbook method, with no bucket tables to build.
  if (n <= SMALL_INPUT) return apportionSmall(weights, per, total, divisor);
  return apportionLarge(weights, per, total, divisor);
}

/**
 * The two-pass method for many partners (see apportionChecked), with pence per unit of
 * weight worked out. Exported for the test that holds it to the same answers as
 * apportionSmall on a pool's few partners.
 */
export function apportionLarge(
  weights: ArrayLike<number>,
  per: number,
  total: number,
  divisor: number
): Vec {
  const n = weights.length;
  const scan = scanQuotas(weights, n, per);
  const left = total - scan.floors;
  // More pennies left than partners, or fewer than none: only floating noise or weights
  // so small their quotas vanish do that.
  if (left < 0 || left >= scan.eligible) return apportionByRanking(weights, per, total, divisor);
  const tie = tieFor(scan.top);
  const cut = cutFor(weights, n, per, scan.counts, left, tie);
  return (
    writeParts(weights, n, per, cut, left, tie, divisor) ??
    apportionByRanking(weights, per, total, divisor)
  );
}

function notWholePence(): PoolError {
  return new PoolError("BAD_NUMBER", "The amount to split must be a whole number of pence.");
}

/** Weights too small for pence-per-weight to be a finite number, split times 2^600 (exactly). */
function apportionScaledUp(
  totalPence: number,
  weights: ArrayLike<number>,
  sum: number,
  unit: number
): Vec {
  const k = 2 ** 600;
  return apportionChecked(
    totalPence,
    Float64Array.from(weights, (w) => w * k),
    sum * k,
    unit
  );
}

interface Scan {
  /** Remainders (unsnapped) counted into buckets of [0, 1). */
  counts: Int32Array;
  /** Sum of the quotas' floors. */
  floors: number;
  eligible: number;
  /** The largest quota: rounding error in a remainder scales with it. */
  top: number;
}

/** First pass: the floors of the quotas, and where their fractions fall. */
function scanQuotas(weights: ArrayLike<number>, n: number, per: number): Scan {
  const counts = new Int32Array(BUCKETS + 1);
  let floors = -0; // a float from the start (see sumOfAmounts)
  let eligible = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const x = w * per;
    const q = Math.floor(x);
    floors += q;
    if (w > 0) {
      eligible++;
      counts[bucketOf(x - q, 0, BUCKETS)]++;
      if (x > top) top = x;
    }
  }
  return { counts, floors, eligible, top };
}

/** How the second pass treats each remainder. */
interface Cut {
  /** Buckets span [lo, lo + BUCKETS / scale]. */
  lo: number;
  scale: number;
  /** Snapped remainders in [low, high) are ranked exactly; those at or above `high` win. */
  low: number;
  high: number;
  /** Per bucket: 1 every remainder in it wins a penny, 0 none does, 2 settle it exactly. */
  marks: Int8Array;
}

/**
 * The boundary bucket, widened by a tie either side, plus remainders within a tie of 0 or
 * 1 (the only ones snapping can move), are marked to settle exactly, with a bucket to
 * spare each side for rounding in bucketOf. When remainders bunch (all
 * 0.99999x, say) the buckets are first redrawn over the span they actually cover.
 */
function cutFor(
  weights: ArrayLike<number>,
  n: number,
  per: number,
  counts: Int32Array,
  needed: number,
  tie: number
): Cut {
  let lo = 0;
  let scale = BUCKETS;
  let boundary = boundaryOf(counts, needed);
  if (counts[boundary] > n / 16) {
    const span = spanOf(weights, n, per);
    if (span.hi - span.lo > tie) {
      lo = span.lo;
      scale = BUCKETS / (span.hi - span.lo);
      countBuckets(weights, n, per, lo, scale, counts);
      boundary = boundaryOf(counts, needed);
    }
  }
  const low = lo + boundary / scale - tie;
  const high = lo + (boundary + 1) / scale + tie;
  const at = (r: number) => Math.min(BUCKETS, Math.max(0, Math.floor((r - lo) * scale)));
  const marks = new Int8Array(BUCKETS + 1);
  marks.fill(1, Math.min(BUCKETS + 1, at(high) + 2));
  const settle = (from: number, to: number) =>
    marks.fill(2, Math.max(0, at(from) - 1), Math.min(BUCKETS, at(to) + 1) + 1);
  settle(low, high);
  settle(0, tie);
  settle(1 - tie, 1);
  return { lo, scale, low, high, marks };
}

/** Smallest and largest fraction of the quotas of partners who can take a penny. */
function spanOf(weights: ArrayLike<number>, n: number, per: number) {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (weights[i] > 0) {
      const x = weights[i] * per;
      const r = x - Math.floor(x);
      if (r < lo) lo = r;
      if (r > hi) hi = r;
    }
  }
  return { lo, hi };
}

function countBuckets(
  weights: ArrayLike<number>,
  n: number,
  per: number,
  lo: number,
  scale: number,
  counts: Int32Array
): void {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    if (weights[i] > 0) {
      const x = weights[i] * per;
      counts[bucketOf(x - Math.floor(x), lo, scale)]++;
    }
  }
}

/**
 * Second pass: every part, in the unit and with the sign asked for. The bucket marks
 * settle most partners without a data-dependent branch (a mispredicted branch per partner
 * cost more than the arithmetic). Null when snapping gave away more pennies than were left.
 */
function writeParts(
  weights: ArrayLike<number>,
  n: number,
  per: number,
  cut: Cut,
  needed: number,
  tie: number,
  divisor: number
): Float64Array | null {
  const parts = new Float64Array(n);
  const { lo, scale, low, high, marks } = cut;
  // At the boundary: positions, remainders and whole pence, in position order.
  const near: number[] = [];
  const nearRem: number[] = [];
  const nearWhole: number[] = [];
  let won = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const x = w * per;
    let p = Math.floor(x);
    if (w > 0) {
      const mark = marks[bucketOf(x - p, lo, scale)];
      if (mark === 2) {
        // Snapped up, a quota takes the penny it was short of from the leftovers.
        const q = wholeOf(x);
        won += q - p;
        p = q;
        const r = remOf(x, q);
        if (r >= high) {
          p += 1;
          won++;
        } else if (r >= low) {
          near.push(i);
          nearRem.push(r);
          nearWhole.push(p);
        }
      } else {
        p += mark;
        won += mark;
      }
    }
    parts[i] = p / divisor + 0; // + 0 turns -0 into 0 without a branch
  }
  if (won > needed) return null;
  const winners: number[] = [];
  selectTop(
    nearRem.map((_, k) => k),
    nearRem,
    needed - won,
    tie,
    winners
  );
  for (const k of winners) parts[near[k]] = (nearWhole[k] + 1) / divisor;
  return parts;
}
