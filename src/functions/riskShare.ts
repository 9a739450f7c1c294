/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { riskShare as coreRiskShare } from "../core";
import { readRiskShareArgs } from "./args/riskShareArgs";
import { failure } from "./excelErrors";
import { regrid } from "./shape";

/**
 * Splits an overspend through the bands of a risk-share schedule, to the penny: e.g. the first £500,000 to the council, the next £1m 50/50, the rest in proportion to contributions.
 * @customfunction RISKSHARE
 * @helpurl https://localhost:3000/help.html#riskshare
 * @param {any} variance The overspend to fund (positive) or underspend to return (negative), in pounds.
 * @param {any[][]} contributions Each partner's contribution to the pool, a row or a column.
 * @param {any[][]} bands One row per band: its size in pounds (blank in the last row for everything beyond), then each partner's share of the band (e.g. 50%); a row of blank shares is shared in proportion to contributions.
 * @param {any} [underspend] "proportional" (default: an underspend goes back in proportion to contributions) or "bands" (through the same bands).
 * @returns {any[][]} Each partner's part of the variance, in the shape of the contributions.
 */
export function riskShare(
  variance: any,
  contributions: any[][],
  bands: any[][],
  underspend?: any
): any[][] {
  try {
    const a = readRiskShareArgs(variance, contributions, bands, underspend);
    const split = coreRiskShare(a.variance, a.contributions, a.bands, a.underspend);
    return regrid(split.parts, a.rows, a.cols);
  } catch (e) {
    return failure(e);
  }
}
