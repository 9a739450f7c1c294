import { apportion } from "./apportion";
import { Refuse } from "./messages";
import { toPence } from "./money";
import { withFixedShares } from "./fixedShares";

/**
 * Each partner's share of a pool. `basis` is n partners x k columns (say historical spend
 * and population); each column is first turned into shares, then the columns are blended
 * by `weights` (equal by default). Without `amount` the shares come back as fractions;
 * with `amount` (pounds) as pounds per partner, split to the penny so they add up exactly.
 * `fixed` gives some partners a share set by the agreement (fixedShares.ts).
 */
export function poolShare(
  basis: number[][],
  amount?: number,
  weights?: number[],
  /** Per partner: a fixed share (fraction), or null to share what the fixed shares leave. */
  fixed?: (number | null)[]
): number[] {
  const n = basis.length;
  if (n === 0) throw Refuse.noBasisPartners();
  const k = basis[0].length;
  if (k === 0) throw Refuse.noBasisColumns();
  basis.forEach((row, i) => {
    if (row.length !== k) throw Refuse.raggedBasis(i, row.length, k);
    row.forEach((v, j) => {
      if (!(v >= 0) || v === Infinity) throw Refuse.badBasisFigure(i, j, v);
    });
  });
  if (fixed?.some((f) => f !== null)) {
    return withFixedShares(basis, fixed, (rows) => poolShare(rows, undefined, weights), amount);
  }
  // One basis, the usual POOLSHARE: an amount is split by the figures themselves, one
  // rounding fewer than splitting by shares worked out in floating point.
  if (k === 1 && weights === undefined) {
    const figures = basis.map((row) => row[0]);
    const sum = figures.reduce((a, b) => a + b, 0);
    if (!(sum > 0) || !Number.isFinite(sum)) throw Refuse.basisAddsToZero();
    if (amount !== undefined) return apportion(toPence(amount, "amount to share"), figures, 100);
    return figures.map((f) => f / sum);
  }
  const shares = blendedShares(basis, k, blendWeights(k, weights));
  if (amount === undefined) return shares;
  return apportion(toPence(amount, "amount to share"), shares, 100);
}

/** Each column as shares of its total, blended by the weights of the columns that count. */
function blendedShares(basis: number[][], k: number, w: number[]): number[] {
  const columnSums = w.map((_, j) => basis.reduce((sum, row) => sum + row[j], 0));
  const usable = w.reduce((a, b) => a + b, 0);
  columnSums.forEach((sum, j) => {
    if (w[j] > 0 && !(sum > 0 && Number.isFinite(sum))) {
      throw k === 1 ? Refuse.basisAddsToZero() : Refuse.basisColumnAddsToZero(j);
    }
  });
  return basis.map((row) =>
    row.reduce((s, v, j) => (w[j] === 0 ? s : s + (v / columnSums[j]) * (w[j] / usable)), 0)
  );
}

function blendWeights(k: number, weights?: number[]): number[] {
  if (weights === undefined) return new Array<number>(k).fill(1);
  if (weights.length !== k) throw Refuse.weightsMisfit(weights.length, k);
  weights.forEach((v, j) => {
    if (!(v >= 0) || v === Infinity) throw Refuse.badWeightAt(j, v);
  });
  if (!(weights.reduce((a, b) => a + b, 0) > 0)) throw Refuse.blendWeightsZero();
  return weights;
}
