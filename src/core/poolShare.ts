import { apportion, apportionChecked, sumOfAmounts } from "./apportion";
import { PoolError } from "./errors";
import { toPence } from "./money";
import { filled, Vec } from "./vector";
import { withFixedShares } from "./fixedShares";

/**
 * Each partner's share of a pool. `basis` is n partners x k columns (say historical spend
 * and population); each column is first turned into shares, then the columns are blended
 * by `weights` (equal by default). Without `amount` the shares come back as fractions;
 * with `amount` (pounds) as pounds per partner, split to the penny so they add up exactly.
 * Shares come back as a Vec (see vector.ts).
 */
export function poolShare(
  basis: number[][],
  amount?: number,
  weights?: number[],
  /** Per partner: a fixed share (fraction), or null to share what the fixed shares leave. */
  fixed?: (number | null)[]
): Vec {
  const n = basis.length;
  if (n === 0) throw new PoolError("EMPTY_RANGE", "There are no partners in the basis range.");
  const k = basis[0].length;
  if (k === 0) throw new PoolError("EMPTY_RANGE", "The basis range has no columns.");
  // One walk over the rows (a million small arrays scattered through memory) copies every
  // figure into a flat buffer; everything after reads that.
  const figures = filled(n * k);
  for (let i = 0; i < n; i++) {
    const row = basis[i];
    if (row.length !== k) {
      throw new PoolError(
        "SHAPE_MISMATCH",
        `Partner ${i + 1} has ${row.length} basis figures; every partner needs ${k}.`
      );
    }
    for (let j = 0; j < k; j++) figures[i * k + j] = row[j];
  }
  return poolShareOfFigures(figures, k, amount, weights, fixed);
}

/**
 * poolShare on figures laid out flat, row by row: partner i's k basis figures are
 * figures[i * k] to figures[i * k + k - 1]. The custom function passes its cells this way,
 * with no row arrays to build for a call over a pool's few partners.
 */
export function poolShareOfFigures(
  figures: ArrayLike<number>,
  k: number,
  amount?: number,
  weights?: number[],
  fixed?: (number | null)[]
): Vec {
  const n = Math.floor(figures.length / k);
  if (n === 0) throw new PoolError("EMPTY_RANGE", "There are no partners in the basis range.");
  if (fixed && hasFixed(fixed)) return fixedShares(figures, n, k, amount, weights, fixed);
  if (k === 1 && weights === undefined) return oneBasis(figures, amount);
  const colSums = columnSums(figures, n, k);
  const w = blendWeights(k, weights);
  let usable = 0;
  for (let j = 0; j < k; j++) {
    if (w[j] === 0) continue;
    if (!(colSums[j] > 0) || !Number.isFinite(colSums[j])) {
      throw new PoolError(
        "NO_CONTRIBUTIONS",
        k === 1
          ? "The basis figures add up to zero, so there are no shares to work out."
          : `Basis column ${j + 1} adds up to zero, so it cannot be turned into shares; give it a weight of 0 or fill it in.`
      );
    }
    usable += w[j];
  }
  // One multiply per cell folds normalising and weighting together. The reciprocal of a
  // column total overflows only for totals below about 1e-308; then divide instead.
  const factor = filled(k);
  let finite = true;
  for (let j = 0; j < k; j++) {
    factor[j] = w[j] === 0 ? 0 : w[j] / usable / colSums[j];
    finite &&= Number.isFinite(factor[j]);
  }
  const shares = filled(n);
  if (k === 1 && finite) {
    const f = factor[0];
    for (let i = 0; i < n; i++) shares[i] = figures[i] * f;
  } else {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) {
        const v = figures[i * k + j];
        if (w[j] !== 0) s += finite ? v * factor[j] : (v / colSums[j]) * (w[j] / usable);
      }
      shares[i] = s;
    }
  }
  if (amount === undefined) return shares;

  return apportion(toPence(amount, "amount to share"), shares, 100);
}

/**
 * One basis figure per partner, the usual POOLSHARE: each share is its figure over the
 * total, and an amount is split by the figures themselves (one rounding fewer than
 * splitting by the shares), with no blend to work out.
 */
function oneBasis(figures: ArrayLike<number>, amount: number | undefined): Vec {
  const sum = sumOfAmounts(figures, refuseBasis);
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new PoolError(
      "NO_CONTRIBUTIONS",
      "The basis figures add up to zero, so there are no shares to work out."
    );
  }
  if (amount !== undefined) {
    return apportionChecked(toPence(amount, "amount to share"), figures, sum, 100);
  }
  const n = figures.length;
  const shares = filled(n);
  const f = 1 / sum; // overflows only for totals below about 1e-308: then divide
  if (Number.isFinite(f)) for (let i = 0; i < n; i++) shares[i] = figures[i] * f;
  else for (let i = 0; i < n; i++) shares[i] = figures[i] / sum;
  return shares;
}

function refuseBasis(i: number, v: number): PoolError {
  return new PoolError(
    "NEGATIVE_CONTRIBUTION",
    `Partner ${i + 1}'s basis figure in column 1 (${String(v)}) must be a number of zero or more.`
  );
}

function hasFixed(fixed: (number | null)[]): boolean {
  for (let i = 0; i < fixed.length; i++) if (fixed[i] !== null) return true;
  return false;
}

/**
 * Some shares fixed by the agreement (fixedShares.ts), out of line: its closures would
 * otherwise put poolShareOfFigures's variables in a heap context on every call.
 */
function fixedShares(
  figures: ArrayLike<number>,
  n: number,
  k: number,
  amount: number | undefined,
  weights: number[] | undefined,
  fixed: (number | null)[]
): Vec {
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from({ length: k }, (_, j) => figures[i * k + j]));
  return withFixedShares(rows, fixed, (r) => poolShare(r, undefined, weights), amount);
}

/**
 * Check every basis figure and return the column sums. A function of its own for the same
 * reason as deficitSplit's sumOf: inline, V8 ran the loop slower.
 */
function columnSums(figures: ArrayLike<number>, n: number, k: number): Vec {
  const colSums = filled(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const v = figures[i * k + j];
      if (!(v >= 0) || v === Infinity) {
        throw new PoolError(
          "NEGATIVE_CONTRIBUTION",
          `Partner ${i + 1}'s basis figure in column ${j + 1} (${String(v)}) must be a number of zero or more.`
        );
      }
      colSums[j] += v;
    }
  }
  return colSums;
}

function blendWeights(k: number, weights?: number[]): Vec {
  if (weights === undefined) return filled(k, 1);
  if (weights.length !== k) {
    throw new PoolError(
      "SHAPE_MISMATCH",
      `There are ${weights.length} weights for ${k} basis columns; give one weight per column.`
    );
  }
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const v = weights[j];
    if (!(v >= 0) || v === Infinity) {
      throw new PoolError(
        "BAD_WEIGHTS",
        `Weight ${j + 1} (${String(v)}) must be a number of zero or more.`
      );
    }
    sum += v;
  }
  if (!(sum > 0))
    throw new PoolError(
      "BAD_WEIGHTS",
      "The weights add up to zero; give at least one column a weight."
    );
  return weights;
}
