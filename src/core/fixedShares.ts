import { apportion } from "./apportion";
import { PoolError } from "./errors";
import { formatPercent } from "./percent";
import { toPence } from "./money";
import { filled, Vec } from "./vector";

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
  blend: (rows: number[][]) => Vec,
  amount?: number
): Vec {
  const n = basis.length;
  if (fixed.length !== n) {
    throw new PoolError(
      "SHAPE_MISMATCH",
      `There are ${fixed.length} fixed shares for ${n} partners; give one per partner (blank where a partner shares the rest).`
    );
  }
  let fixedSum = 0;
  const free: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = fixed[i];
    if (f === null) {
      free.push(i);
      continue;
    }
    if (!(f >= 0) || f > 1) {
      throw new PoolError(
        "BAD_SHARE",
        f > 1
          ? `Partner ${i + 1}'s fixed share (${f}) is more than 100%; write a share as 50% or 0.5.`
          : `Partner ${i + 1}'s fixed share (${String(f)}) must be a share from 0% to 100%.`
      );
    }
    fixedSum += f;
  }
  if (fixedSum > 1 + WHOLE) {
    throw new PoolError(
      "BAD_SHARE",
      `The fixed shares add up to ${formatPercent(fixedSum)}, more than 100%.`
    );
  }
  if (free.length === 0 && fixedSum < 1 - WHOLE) {
    throw new PoolError(
      "BAD_SHARE",
      `Every partner has a fixed share and they add up to ${formatPercent(fixedSum)}, not 100%; leave blank the shares of partners who share the rest.`
    );
  }
  const rest = Math.max(0, 1 - fixedSum);
  const shares = filled(n);
  for (let i = 0; i < n; i++) shares[i] = fixed[i] ?? 0;
  if (free.length > 0 && rest > WHOLE) {
    let theirs: Vec;
    try {
      theirs = blend(free.map((i) => basis[i]));
    } catch (e) {
      if (e instanceof PoolError && e.code === "NO_CONTRIBUTIONS") {
        throw new PoolError(
          "NO_CONTRIBUTIONS",
          `The partners without a fixed share have basis figures that add up to zero, so the remaining ${formatPercent(rest)} cannot be shared between them.`
        );
      }
      throw e;
    }
    free.forEach((i, k) => (shares[i] = rest * theirs[k]));
  }
  if (amount === undefined) return shares;
  return apportion(toPence(amount, "amount to share"), shares, 100);
}
