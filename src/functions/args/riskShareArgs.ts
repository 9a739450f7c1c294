/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import {
  CellValue,
  coerceAmounts,
  coerceOptionalNumber,
  isBlank,
  Refuse,
  RiskBand,
  RiskUnderspend,
  to2d,
} from "../../core";

export interface RiskShareArgs {
  variance: number;
  contributions: number[];
  bands: RiskBand[];
  underspend: RiskUnderspend;
  rows: number;
  cols: number;
}

/** RISKSHARE's cells as the engine takes them; shared by the function and its explanation. */
export function readRiskShareArgs(
  variance: any,
  contributions: any[][],
  bands: any[][],
  underspend?: any
): RiskShareArgs {
  const v = coerceOptionalNumber(variance, "variance") ?? 0;
  const c = coerceAmounts(contributions, "contributions", {
    allowNegative: false,
    list: true,
  });
  const n = c.values.length;
  const grid = to2d(bands as CellValue[][]);
  const width = grid[0]?.length ?? 0;
  if (grid.length === 0 || width !== n + 1) throw Refuse.bandsMisfit(n, width);
  const schedule: RiskBand[] = grid.map((row, b) => {
    const size = coerceAmounts([[row[0]]], `size of band ${b + 1}`, { blank: null }).values[0];
    const shares = coerceAmounts([row.slice(1)], `shares of band ${b + 1}`, {
      blank: null,
      allowPercent: true,
    }).values;
    return { size, shares: shares.every((s) => s === null) ? null : shares };
  });
  return {
    variance: v,
    contributions: c.values as number[],
    bands: schedule,
    underspend: parseRiskUnderspend(underspend),
    rows: c.rows,
    cols: c.cols,
  };
}

function parseRiskUnderspend(u: any): RiskUnderspend {
  if (isBlank(u as CellValue)) return "proportional";
  const s = String(u).trim().toLowerCase();
  if (s === "proportional" || s === "bands") return s;
  throw Refuse.badUnderspend(String(u), "bands");
}
