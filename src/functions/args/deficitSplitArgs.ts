/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import {
  AmountOptions,
  CellValue,
  coerceAmounts,
  coerceOptionalNumber,
  isBlank,
  parseMethod,
  parseUnderspend,
  PoolError,
  SplitOptions,
} from "../../core";

const NOT_NEGATIVE: AmountOptions = { allowNegative: false };
/** A blank cap is no cap. */
const NO_CAP: AmountOptions = { blank: Infinity };

export interface DeficitSplitArgs {
  variance: number;
  contributions: number[];
  options: SplitOptions;
  rows: number;
  cols: number;
}

/** DEFICITSPLIT's cells as the engine takes them; shared by the function and its explanation. */
export function readDeficitSplitArgs(
  variance: any,
  contributions: any[][],
  method?: any,
  caps?: any[][],
  host?: any,
  threshold?: any,
  underspend?: any
): DeficitSplitArgs {
  const v = coerceOptionalNumber(variance, "variance") ?? 0;
  const c = coerceAmounts(contributions, "contributions", NOT_NEGATIVE);
  const m = isBlank(method as CellValue) ? "proportional" : parseMethod(String(method));
  const capList =
    caps === undefined || caps === null || m !== "capped"
      ? undefined
      : (coerceAmounts(caps, "caps", NO_CAP).values as number[]);
  const hostPos = coerceOptionalNumber(host, "host position");
  if (hostPos !== undefined && !Number.isInteger(hostPos)) {
    throw new PoolError(
      "HOST_OUT_OF_RANGE",
      `The host position (${hostPos}) must be a whole number from 1 to ${c.values.length}.`
    );
  }
  return {
    variance: v,
    contributions: c.values as number[],
    options: {
      method: m,
      caps: capList,
      host: hostPos === undefined ? undefined : hostPos - 1,
      threshold: coerceOptionalNumber(threshold, "threshold"),
      underspend: isBlank(underspend as CellValue)
        ? undefined
        : parseUnderspend(String(underspend)),
    },
    rows: c.rows,
    cols: c.cols,
  };
}
