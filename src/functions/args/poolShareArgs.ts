/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import { AmountOptions, coerceAmounts, coerceOptionalNumber, Orientation } from "../../core";

const PERCENT: AmountOptions = { allowPercent: true };

export interface PoolShareArgs {
  /** Basis figures row by row, `columns` to a partner (poolShareOfFigures). */
  figures: number[];
  columns: number;
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
  const parsed = coerceAmounts(basis, "basis", PERCENT);
  return {
    figures: parsed.values as number[],
    // One row across is one basis for many partners; otherwise rows are partners.
    columns: parsed.orientation === "row" ? 1 : parsed.cols,
    amount: coerceOptionalNumber(amount, "amount"),
    weights:
      weights === undefined || weights === null
        ? undefined
        : (coerceAmounts(weights, "weights", PERCENT).values as number[]),
    fixed:
      fixed === undefined || fixed === null
        ? undefined
        : coerceAmounts(fixed, "fixed shares", { blank: null, allowPercent: true }).values,
    orientation: parsed.orientation,
  };
}
