/**
 * The engine's lists of figures, one per partner. A pool has 2 to 30 partners and a
 * workbook calls the functions thousands of times, so a small list is a plain array: V8
 * allocates one in nanoseconds, a typed array in about a hundred. Past SMALL_INPUT the
 * lists are Float64Arrays, which a million partners need (see apportion).
 */
export type Vec = number[] | Float64Array;

/** Largest input that takes the textbook path with plain arrays. */
export const SMALL_INPUT = 64;

/** n zeros (or `value`s), plain for a small input and typed for a large one. */
export function filled(n: number, value = 0): Vec {
  if (n > SMALL_INPUT) return value === 0 ? new Float64Array(n) : new Float64Array(n).fill(value);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}
