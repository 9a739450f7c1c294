/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import { coerceAmounts, coerceOptionalNumber, Orientation } from "../../core";
import { regrid } from "../shape";

export interface PoolShareArgs {
  /** Partners x basis columns. */
  rows: number[][];
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
  const across = parsed.orientation === "row";
  // One row across is one basis for many partners; otherwise rows are partners.
  const rows = across
    ? regrid(parsed.values as number[], parsed.cols, 1)
    : regrid(parsed.values as number[], parsed.rows, parsed.cols);
  return {
    rows,
    amount: coerceOptionalNumber(amount, "amount"),
    weights:
      weights === undefined || weights === null
        ? undefined
        : (coerceAmounts(weights, "weights", { allowPercent: true }).values as number[]),
    fixed:
      fixed === undefined || fixed === null
        ? undefined
        : coerceAmounts(fixed, "fixed shares", { blank: null, allowPercent: true }).values,
    orientation: parsed.orientation,
  };
}
