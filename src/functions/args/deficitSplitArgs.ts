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
const PROPORTIONAL: SplitOptions = Object.freeze({ method: "proportional" });
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
  // The usual call, a variance and contributions alone, reads nothing more.
  const named =
    method !== undefined ||
    caps !== undefined ||
    host !== undefined ||
    threshold !== undefined ||
    underspend !== undefined;
  return {
    variance: v,
    contributions: c.values as number[],
    options: named
      ? readRule(method, caps, host, threshold, underspend, c.values.length)
      : PROPORTIONAL,
    rows: c.rows,
    cols: c.cols,
  };
}

/** The rule's own arguments: the method, and the caps, host, threshold and underspend it uses. */
function readRule(
  method: any,
  caps: any[][] | undefined,
  host: any,
  threshold: any,
  underspend: any,
  partners: number
): SplitOptions {
  const m = isBlank(method as CellValue) ? "proportional" : parseMethod(String(method));
  const capList =
    caps === undefined || caps === null || m !== "capped"
      ? undefined
      : (coerceAmounts(caps, "caps", NO_CAP).values as number[]);
  const hostPos = coerceOptionalNumber(host, "host position");
  if (hostPos !== undefined && !Number.isInteger(hostPos)) throw hostNotWhole(hostPos, partners);
  return {
    method: m,
    caps: capList,
    host: hostPos === undefined ? undefined : hostPos - 1,
    threshold: coerceOptionalNumber(threshold, "threshold"),
    underspend: isBlank(underspend as CellValue) ? undefined : parseUnderspend(String(underspend)),
  };
}

function hostNotWhole(hostPos: number, partners: number): PoolError {
  return new PoolError(
    "HOST_OUT_OF_RANGE",
    `The host position (${hostPos}) must be a whole number from 1 to ${partners}.`
  );
}
