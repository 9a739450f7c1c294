import { selectTop } from "./selectTop";
import { remOf, tieFor, wholeOf } from "./snap";
import { filled, Vec } from "./vector";

/**
 * Largest remainder the textbook way, keeping every whole and remainder in memory. apportion
 * sends it a pool's handful of partners, and the rare shapes its two-pass method leaves
 * out: floating noise that gives away more pennies than there are, or weights so small
 * their quotas vanish and more pennies are left than partners.
 */
export function apportionByRanking(
  weights: ArrayLike<number>,
  per: number,
  total: number,
  divisor: number
): Vec {
  const n = weights.length;
  const whole = filled(n);
  const rem = filled(n);
  const eligible: number[] = [];
  let given = 0;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const x = weights[i] * per;
    whole[i] = wholeOf(x);
    rem[i] = remOf(x, whole[i]);
    given += whole[i];
    if (weights[i] > 0) eligible.push(i);
    if (x > top) top = x;
  }
  let left = total - given;
  if (left < 0) takeBack(whole, rem, -left);
  // More pennies than partners: one each, round after round.
  const rounds = left > 0 ? Math.floor(left / eligible.length) : 0;
  for (const i of eligible) whole[i] += rounds;
  left -= rounds * eligible.length;
  const winners: number[] = [];
  selectTop(eligible, rem, left, tieFor(top), winners);
  for (const i of winners) whole[i] += 1;
  for (let i = 0; i < n; i++) whole[i] = whole[i] / divisor + 0; // + 0: never -0
  return whole;
}

/** Snapping rounded more quotas up than the total allows: take pennies back from the smallest remainders. */
function takeBack(whole: Vec, rem: Vec, excess: number): void {
  const order: number[] = [];
  for (let i = 0; i < whole.length; i++) if (whole[i] > 0) order.push(i);
  order.sort((a, b) => rem[a] - rem[b] || b - a);
  for (let k = 0; k < excess; k++) whole[order[k % order.length]] -= 1;
}
