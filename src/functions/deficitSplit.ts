/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import {
  CellValue,
  coerceAmounts,
  coerceOptionalNumber,
  deficitSplit as coreDeficitSplit,
  isBlank,
  parseMethod,
  parseUnderspend,
  PoolError,
} from "../core";
import { guard } from "./excelErrors";
import { regrid } from "./shape";

/**
 * Splits an overspend (positive) or underspend (negative) between partners, to the penny.
 * The parts always add up exactly to the variance.
 * @customfunction DEFICITSPLIT
 * @helpurl https://localhost:3000/help.html#deficitsplit
 * @param {any} variance The overspend to fund (positive) or underspend to return (negative), in pounds.
 * @param {any[][]} contributions Each partner's contribution to the pool, a row or a column.
 * @param {any} [method] "proportional" (default), "equal", "host", "capped" or "tiered", or the Pool sheet's words for them ("Host bears it all"). Underspends go back in proportion, but equally under "equal" and all to the host under "host".
 * @param {any[][]} [caps] For "capped": the most each partner will fund, same shape as contributions; a blank cap means no cap.
 * @param {any} [host] For "host" and "tiered": the host's position in the contributions range, counting from 1.
 * @param {any} [threshold] For "tiered": pounds of overspend the host bears before the rest is shared.
 * @param {any} [underspend] How an underspend goes back: "proportional" or "equal"; blank follows the method (equal parts under "equal", in proportion otherwise).
 * @returns {any[][]} Each partner's part of the variance, in the shape of the contributions.
 */
export function deficitSplit(
  variance: any,
  contributions: any[][],
  method?: any,
  caps?: any[][],
  host?: any,
  threshold?: any,
  underspend?: any
): any[][] {
  return guard(() => {
    const v = coerceOptionalNumber(variance, "variance") ?? 0;
    const c = coerceAmounts(contributions, "contributions", { allowNegative: false });
    const m = isBlank(method as CellValue) ? "proportional" : parseMethod(String(method));
    const capList =
      caps === undefined || caps === null || m !== "capped"
        ? undefined
        : coerceAmounts(caps, "caps", { blank: null }).values.map((x) =>
            x === null ? Infinity : x
          );
    const hostPos = coerceOptionalNumber(host, "host position");
    if (hostPos !== undefined && !Number.isInteger(hostPos)) {
      throw new PoolError(
        "HOST_OUT_OF_RANGE",
        `The host position (${hostPos}) must be a whole number from 1 to ${c.values.length}.`
      );
    }
    const parts = coreDeficitSplit(v, c.values as number[], {
      method: m,
      caps: capList,
      host: hostPos === undefined ? undefined : hostPos - 1,
      threshold: coerceOptionalNumber(threshold, "threshold"),
      underspend: isBlank(underspend as CellValue)
        ? undefined
        : parseUnderspend(String(underspend)),
    });
    return regrid(parts, c.rows, c.cols);
  });
}
