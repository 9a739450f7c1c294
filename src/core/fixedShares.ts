import { apportion } from "./apportion";
import { isPoolError } from "./errors";
import { Refuse } from "./messages";
import { toPence } from "./money";

/** Shares that add up to 100% to within this are taken as adding up exactly. */
const WHOLE = 1e-9;

/**
 * Shares where some partners' are fixed by the agreement (Hertfordshire's council pays
 * 50%) and the rest share what is left on their basis figures alone. `fixed[i]` is a
 * fraction, or null where the partner shares the remainder. `blend` works out shares
 * from the remaining partners' basis rows (poolShare without an amount).
 */
export function withFixedShares(
  basis: number[][],
  fixed: (number | null)[],
  blend: (rows: number[][]) => number[],
  amount?: number
): number[] {
  const n = basis.length;
  if (fixed.length !== n) throw Refuse.fixedMisfit(fixed.length, n);
  let fixedSum = 0;
  const free: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = fixed[i];
    if (f === null) {
      free.push(i);
      continue;
    }
    if (f > 1) throw Refuse.fixedOver100(i, f);
    if (!(f >= 0)) throw Refuse.fixedBelow0(i, f);
    fixedSum += f;
  }
  if (fixedSum > 1 + WHOLE) throw Refuse.fixedSumOver100(fixedSum);
  if (free.length === 0 && fixedSum < 1 - WHOLE) throw Refuse.allFixedNot100(fixedSum);
  const rest = Math.max(0, 1 - fixedSum);
  const shares = fixed.map((f) => f ?? 0);
  if (free.length > 0 && rest > WHOLE) {
    let theirs: number[];
    try {
      theirs = blend(free.map((i) => basis[i]));
    } catch (e) {
      if (isPoolError(e) && e.code === "NO_CONTRIBUTIONS") throw Refuse.restHasNoBasis(rest);
      throw e;
    }
    free.forEach((i, k) => (shares[i] = rest * theirs[k]));
  }
  if (amount === undefined) return shares;
  return apportion(toPence(amount, "amount to share"), shares, 100);
}
