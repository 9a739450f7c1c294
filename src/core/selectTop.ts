/** Remainders are counted into this many buckets to find the boundary without sorting. */
export const BUCKETS = 1024;
/** Below this many candidates a sort is quicker than bucketing. */
const SMALL = 256;

/** Bucket of a remainder in [lo, lo + BUCKETS / scale]; the top edge has a bucket of its own. */
export function bucketOf(r: number, lo: number, scale: number): number {
  return ((r - lo) * scale) | 0;
}

/** Where the `needed`-th largest remainder falls among the buckets (BUCKETS + 1 of them). */
export function boundaryOf(counts: Int32Array, needed: number): number {
  let boundary = BUCKETS;
  let above = 0;
  while (above + counts[boundary] <= needed) above += counts[boundary--];
  return boundary;
}

/**
 * Push onto `out` the `needed` candidates with the largest remainders; remainders within
 * `tie` of each other are equal, and the earlier candidate (they come in position order)
 * wins. Bucketing instead of sorting: every candidate clearly above the boundary bucket
 * wins, every one clearly below loses, and the selection repeats inside the boundary.
 */
export function selectTop(
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
  const counts = new Int32Array(BUCKETS + 1);
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
