/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import {
  CellValue,
  coerceAmounts,
  coerceOptionalNumber,
  isBlank,
  PoolError,
  RiskBand,
  riskShare as coreRiskShare,
  RiskUnderspend,
  to2d,
} from "../core";
import { guard } from "./excelErrors";
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
  return guard(() => {
    const v = coerceOptionalNumber(variance, "variance") ?? 0;
    const c = coerceAmounts(contributions, "contributions", { allowNegative: false });
    const n = c.values.length;
    const grid = to2d(bands as CellValue[][]);
    const width = grid[0]?.length ?? 0;
    if (grid.length === 0 || width !== n + 1) {
      throw new PoolError(
        "SHAPE_MISMATCH",
        `The bands need a size column and one column of shares for each of the ${n} partners (${n + 1} columns); the range given has ${width}.`
      );
    }
    const schedule: RiskBand[] = grid.map((row, b) => {
      const size = coerceAmounts([[row[0]]], `size of band ${b + 1}`, { blank: null }).values[0];
      const shares = coerceAmounts([row.slice(1)], `shares of band ${b + 1}`, {
        blank: null,
        allowPercent: true,
      }).values;
      return { size, shares: shares.every((s) => s === null) ? null : shares };
    });
    const parts = coreRiskShare(v, c.values as number[], schedule, parseRiskUnderspend(underspend));
    return regrid(parts.parts, c.rows, c.cols);
  });
}

function parseRiskUnderspend(u: any): RiskUnderspend {
  if (isBlank(u as CellValue)) return "proportional";
  const s = String(u).trim().toLowerCase();
  if (s === "proportional" || s === "bands") return s;
  throw new PoolError(
    "BAD_METHOD",
    `"${String(u)}" is not a way to return an underspend here. Use "proportional" or "bands", or leave it blank.`
  );
}
