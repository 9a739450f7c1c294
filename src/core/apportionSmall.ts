import { apportionByRanking } from "./apportionByRanking";
import { tieFor } from "./snap";
import { SMALL_INPUT } from "./vector";

// Scratch for one call over at most SMALL_INPUT partners, allocated once: calls never
// overlap, and a pool's handful of partners should cost the allocation of its result only.
const PENCE = new Float64Array(SMALL_INPUT);
const REM = new Float64Array(SMALL_INPUT);
/** Noise in each partner's quota: two remainders closer than the larger noise are a tie. */
const NOISE = new Float64Array(SMALL_INPUT);
const BUCKET = new Int32Array(SMALL_INPUT + 1);
const NEAR = new Int32Array(SMALL_INPUT);
const WINDOW = new Float64Array(2);
/** Up to this many, ranking every partner by insertion costs less than counting. */
const FEW = 8;

/**
 * Largest remainder for a pool's handful of partners: each takes the whole pence of its
 * quota and the pennies left go to the largest remainders, a remainder within a tie of
 * another counting as equal to it and the earlier partner going first. Ties are judged
 * pair by pair, by the noise in the larger of the two quotas, so a huge partner does not
 * blur its small neighbours' remainders.
 *
 * Only the remainders near the cut need ranking. Counting them into as many buckets as
 * partners (spread over the span the remainders cover) finds the bucket the cut falls in
 * in two passes; remainders above it by more than twice the largest noise take a penny
 * outright, and those near it are ranked one by one (the textbook insertion, usually over
 * one or two partners). Ranking all thirty partners by insertion cost three times as much.
 * Rare shapes (floating noise giving away more pennies than there are) go to
 * apportionByRanking, as in apportion.
 */
export function apportionSmall(
  weights: ArrayLike<number>,
  per: number,
  total: number,
  divisor: number
): number[] {
  const n = weights.length;
  let given = 0;
  let eligible = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const x = w * per;
    let q = Math.floor(x);
    let r = x - q;
    // Noise in this quota: a remainder within it of 0 or 1 is none (as wholeOf and remOf
    // in snap.ts, worked out once here).
    const noise = tieFor(x);
    if (1 - r < noise) {
      q += 1;
      r = 0;
    } else if (r < noise) r = 0;
    PENCE[i] = q;
    given += q;
    if (w > 0) {
      REM[i] = r;
      NOISE[i] = noise;
      eligible++;
      if (x > top) top = x;
    } else REM[i] = -1; // no weight, no penny
  }
  const left = total - given;
  if (left < 0 || left > eligible) {
    return Array.from(apportionByRanking(weights, per, total, divisor));
  }
  if (left === eligible) {
    for (let i = 0; i < n; i++) if (REM[i] >= 0) PENCE[i] += 1;
  } else if (left > 0 && eligible <= FEW) {
    giveLeftovers(n, left, -Infinity, Infinity); // rank them all
  } else if (left > 0) {
    findWindow(n, left, eligible, 2 * tieFor(top));
    giveLeftovers(n, left, WINDOW[0], WINDOW[1]);
  }
  // The result is the one thing allocated: a plain array, which Excel's adapters want,
  // sized once rather than grown.
  const parts: number[] = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = PENCE[i] / divisor + 0; // + 0: never -0
  return parts;
}

/**
 * The window of remainders near the cut, for `left` pennies among `eligible` partners:
 * WINDOW[0] is its bottom and WINDOW[1] its top. Above the top a partner takes a penny
 * outright; below the bottom, none.
 */
function findWindow(n: number, left: number, eligible: number, margin: number): void {
  WINDOW[0] = -Infinity;
  WINDOW[1] = Infinity;
  let lo = 1;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const r = REM[i];
    if (r >= 0 && r < lo) lo = r;
    if (r > hi) hi = r;
  }
  if (!(hi - lo > margin)) return; // all within the margin of each other: all are near
  // Bucket b holds remainders in [lo + b / scale, lo + (b + 1) / scale).
  const scale = eligible / (hi - lo);
  BUCKET.fill(0, 0, eligible);
  for (let i = 0; i < n; i++) {
    if (REM[i] >= 0) BUCKET[Math.min(eligible - 1, Math.floor((REM[i] - lo) * scale))]++;
  }
  // The cut falls in bucket b: fewer than `left` remainders lie above it.
  let b = eligible - 1;
  let above = BUCKET[b];
  while (above < left) above += BUCKET[--b];
  WINDOW[0] = lo + b / scale - margin;
  WINDOW[1] = lo + (b + 1) / scale + margin;
}

/** One penny each to the `left` largest remainders: outright above the window, ranked in it. */
function giveLeftovers(n: number, left: number, bottom: number, top: number): void {
  let near = 0;
  for (let i = 0; i < n; i++) {
    const r = REM[i];
    if (r > top) {
      PENCE[i] += 1;
      left--;
    } else if (r >= bottom && r >= 0) {
      let j = near++;
      while (j > 0) {
        const k = NEAR[j - 1];
        const tie = NOISE[i] > NOISE[k] ? NOISE[i] : NOISE[k];
        if (!(r > REM[k] + tie)) break;
        NEAR[j] = k;
        j--;
      }
      NEAR[j] = i;
    }
  }
  for (let k = 0; k < left; k++) PENCE[NEAR[k]] += 1;
}
