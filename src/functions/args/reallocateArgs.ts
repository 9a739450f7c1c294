/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import { coerceAmounts, coerceOptionalNumber } from "../../core";

const LIST = { allowNegative: false, list: true };

export interface ReallocateArgs {
  total: number;
  current: number[];
  need: number[];
  maxChange?: number;
}

/** REALLOCATE's cells as the engine takes them; shared by the function and its explanation. */
export function readReallocateArgs(
  total: any,
  current: any[][],
  need: any[][],
  maxChange?: any
): ReallocateArgs {
  const limit = coerceAmounts([[maxChange ?? null]], "most an area may change", {
    blank: null,
    allowPercent: true,
  }).values[0];
  return {
    total: coerceOptionalNumber(total, "total") ?? 0,
    current: coerceAmounts(current, "current allocations", LIST).values as number[],
    need: coerceAmounts(need, "need figures", LIST).values as number[],
    maxChange: limit ?? undefined,
  };
}
