/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import { coerceAmounts, coerceOptionalNumber, Orientation } from "../../core";
import { regrid } from "../shape";

export interface PoolShareArgs {
  /** Basis figures, a row per partner. */
  basis: number[][];
  amount?: number;
  weights?: number[];
  fixed?: (number | null)[];
  orientation: Orientation;
}

/** POOLSHARE's cells as the engine takes them; shared by the function and its explanation. */
export function readPoolShareArgs(
  basis: any[][],
  amount?: any,
  weights?: any[][],
  fixed?: any[][]
): PoolShareArgs {
  const parsed = coerceAmounts(basis, "basis", { allowPercent: true });
  const figures = parsed.values as number[];
  // One row across is one basis for many partners; otherwise rows are partners.
  const columns = parsed.orientation === "row" ? 1 : parsed.cols;
  const rows = figures.length / columns;
  return {
    basis: regrid(figures, rows, columns),
    amount: coerceOptionalNumber(amount, "amount"),
    weights:
      weights === undefined || weights === null
        ? undefined
        : (coerceAmounts(weights, "weights", { allowPercent: true, list: true })
            .values as number[]),
    fixed:
      fixed === undefined || fixed === null
        ? undefined
        : coerceAmounts(fixed, "fixed shares", { blank: null, allowPercent: true, list: true })
            .values,
    orientation: parsed.orientation,
  };
}
