/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { deficitSplit as coreDeficitSplit } from "../core";
import { readDeficitSplitArgs } from "./args/deficitSplitArgs";
import { failure } from "./excelErrors";
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
  try {
    const a = readDeficitSplitArgs(
      variance,
      contributions,
      method,
      caps,
      host,
      threshold,
      underspend
    );
    return regrid(coreDeficitSplit(a.variance, a.contributions, a.options), a.rows, a.cols);
  } catch (e) {
    return failure(e);
  }
}
