/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import {
  AmountOptions,
  CellValue,
  coerceAmounts,
  coerceOptionalNumber,
  isBlank,
  parseMethod,
  parseUnderspend,
  Refuse,
  SplitOptions,
} from "../../core";

const CONTRIBUTIONS: AmountOptions = { allowNegative: false, list: true };
/** A blank cap is no cap. */
const CAPS: AmountOptions = { blank: Infinity, list: true };

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
  const c = coerceAmounts(contributions, "contributions", CONTRIBUTIONS);
  return {
    variance: v,
    contributions: c.values as number[],
    options: readRule(method, caps, host, threshold, underspend, c.values.length),
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
      : (coerceAmounts(caps, "caps", CAPS).values as number[]);
  const hostPos = coerceOptionalNumber(host, "host position");
  if (hostPos !== undefined && !Number.isInteger(hostPos)) {
    throw Refuse.hostNotWhole(hostPos, partners);
  }
  return {
    method: m,
    caps: capList,
    host: hostPos === undefined ? undefined : hostPos - 1,
    threshold: coerceOptionalNumber(threshold, "threshold"),
    underspend: isBlank(underspend as CellValue) ? undefined : parseUnderspend(String(underspend)),
  };
}
