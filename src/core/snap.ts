/**
 * Floating-point noise in quotas. Share first, then scale: the same shares from scaled
 * weights give the same split. A quota that is whole in exact arithmetic can land a hair
 * either side of it in floating point; wholeOf and remOf snap it, so such noise never
 * decides who gets a leftover penny.
 */

/** Relative size of floating-point error in a quota (a few units in the last place). */
const SNAP = 4e-15;

/** Whole pence of a quota: its floor, or the next penny when floating noise left it a hair below. */
export function wholeOf(quota: number): number {
  const q = Math.floor(quota);
  return 1 - (quota - q) < quota * SNAP + 1e-12 ? q + 1 : q;
}

/** What is left of a quota over its whole pence; a noise-sized remainder counts as none. */
export function remOf(quota: number, q: number): number {
  const r = quota - q;
  return r < quota * SNAP + 1e-12 ? 0 : r;
}

/**
 * Remainders closer than this are equal as far as doubles can tell: a tie, which goes to
 * the earlier partner (1/3 and 1/3 reached by different sums differ in the last bit). It
 * also bounds how far from 0 or 1 any remainder can be snapped.
 */
export function tieFor(largestQuota: number): number {
  return largestQuota * SNAP + 1e-12;
}
