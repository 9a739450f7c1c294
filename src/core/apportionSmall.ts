import { apportionByRanking } from "./apportionByRanking";
import { remOf, tieFor, wholeOf } from "./snap";

/**
 * Largest remainder the textbook way for a pool's handful of partners: each takes the
 * whole pence of its quota; the partners are ranked by remainder, largest first (a
 * remainder within a tie of another counts as equal, and the earlier partner ranks first);
 * the pennies left go down that ranking. Ties are judged pair by pair, by the noise in the
 * larger of the two quotas, so a huge partner does not blur its small neighbours' remainders. Plain arrays and an insertion sort: at 2 to 64
 * partners that costs less than building anything. Rare shapes (floating noise giving
 * away more pennies than there are) go to apportionByRanking, as in apportion.
 */
export function apportionSmall(
  weights: ArrayLike<number>,
  per: number,
  total: number,
  divisor: number
): number[] {
  const n = weights.length;
  const parts: number[] = [];
  const rems: number[] = [];
  const ranked: number[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const x = weights[i] * per;
    const q = wholeOf(x);
    parts.push(q);
    rems.push(remOf(x, q));
    given += q;
  }
  const left = total - given;
  for (let i = 0; i < n; i++) {
    if (!(weights[i] > 0)) continue; // no weight, no penny
    const r = rems[i];
    let j = ranked.length;
    ranked.push(i);
    // Two remainders tie when they differ by no more than the noise in the larger quota.
    while (j > 0) {
      const k = ranked[j - 1];
      // Whole pence plus remainder is the quota again, near enough to size its noise.
      if (!(r > rems[k] + tieFor(Math.max(parts[i], parts[k]) + 1))) break;
      ranked[j] = k;
      j--;
    }
    ranked[j] = i;
  }
  if (left < 0 || left > ranked.length) {
    return Array.from(apportionByRanking(weights, per, total, divisor));
  }
  for (let k = 0; k < left; k++) parts[ranked[k]] += 1;
  for (let i = 0; i < n; i++) parts[i] = parts[i] / divisor + 0; // + 0: never -0
  return parts;
}
