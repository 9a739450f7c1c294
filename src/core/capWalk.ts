import { exactWeights } from "./apportion";

/**
 * Which partners' caps bind when an overspend is shared in proportion to contributions
 * but nobody pays more than its cap: the classic walk. Partners with a cap are taken in
 * order of cap-to-contribution ratio, lowest first (the earlier partner on a tie); each
 * whose proportional share of what is left would break its cap pays its cap and leaves
 * the sharing, and the first whose share fits ends the walk. Every comparison is exact.
 */
export interface CapWalk {
  /** Each partner's weight in sharing what is left: its contribution, or 0 where held at its cap. */
  rest: number[];
  /** Pence left for the partners not held at their caps. */
  left: number;
  /** Partners held at their caps. */
  held: boolean[];
  /** The most the caps of those who put something in can fund, in pence (Infinity when one has no cap). */
  cover: number;
}

type Whole = number | bigint;

/** `caps` in pence (Infinity for none); `overspend` in pence. */
export function capWalk(contributions: number[], caps: number[], overspend: number): CapWalk {
  const exact: Whole[] = exactWeights(contributions);
  const contributors = contributions.map((_, i) => i).filter((i) => contributions[i] > 0);
  const cover = contributors.reduce((sum, i) => sum + caps[i], 0);
  // Lowest cap-to-contribution ratio first: cap_a / c_a < cap_b / c_b, cross-multiplied.
  const order = contributors.filter((i) => caps[i] !== Infinity);
  order.sort((a, b) => compareProducts(caps[a], exact[b], caps[b], exact[a]) || a - b);
  const held = contributions.map(() => false);
  let left = overspend;
  let shared = exact.reduce(add);
  for (const i of order) {
    // Its share of what is left, left × c / shared, fits under its cap: the walk is over.
    if (compareProducts(left, exact[i], caps[i], shared) <= 0) break;
    held[i] = true;
    left -= caps[i];
    shared = subtract(shared, exact[i]);
  }
  return { rest: contributions.map((c, i) => (held[i] ? 0 : c)), left, held, cover };
}

/** a × b against c × d, exactly: in plain numbers while the products are safe, else BigInt. */
function compareProducts(a: Whole, b: Whole, c: Whole, d: Whole): number {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    typeof c === "number" &&
    typeof d === "number"
  ) {
    const x = a * b;
    const y = c * d;
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = BigInt(a) * BigInt(b);
  const y = BigInt(c) * BigInt(d);
  return x < y ? -1 : x > y ? 1 : 0;
}

const add = (a: Whole, b: Whole): Whole =>
  typeof a === "number" && typeof b === "number" ? a + b : BigInt(a) + BigInt(b);
const subtract = (a: Whole, b: Whole): Whole =>
  typeof a === "number" && typeof b === "number" ? a - b : BigInt(a) - BigInt(b);
