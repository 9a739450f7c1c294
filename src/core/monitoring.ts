import { fromPence, toPence } from "./money";
import { Refuse } from "./messages";

/** One quarter's figures for a scheme: spend to date and the forecast for the year. */
export interface QuarterFigures {
  actual: number | null;
  forecast: number | null;
}

/** A scheme the pool funds ("Intermediate care"): its budget and each quarter's figures. */
export interface SchemeFigures {
  name: string;
  budget: number;
  /** Quarters 1 to 4. */
  quarters: QuarterFigures[];
}

/** The latest forecast outturn entered for a scheme (quarter 4 back to 1), or null. */
export function latestForecast(s: SchemeFigures): number | null {
  for (let q = s.quarters.length - 1; q >= 0; q--) {
    const f = s.quarters[q]?.forecast;
    if (f !== null && f !== undefined) return f;
  }
  return null;
}

/**
 * The pool's forecast over (+) or under (−) spend: each scheme's latest forecast outturn
 * less its budget, in pence so the total is exact; a scheme with no forecast yet counts
 * as on budget, as the Monitoring sheet's formulas take it.
 */
export function forecastVariance(schemes: SchemeFigures[]): number {
  let pence = 0;
  for (const s of schemes) {
    const f = latestForecast(s);
    if (f !== null) pence += toPence(f, "forecast outturn") - toPence(s.budget, "budget");
  }
  return fromPence(pence);
}

/** Budget and forecast outturn for the whole pool, quarter by quarter (null before any forecast). */
export function quarterTotals(
  schemes: SchemeFigures[]
): { quarter: number; budget: number; forecast: number | null }[] {
  const budget = fromPence(schemes.reduce((a, s) => a + toPence(s.budget, "budget"), 0));
  return [0, 1, 2, 3].map((q) => {
    const entered = schemes.filter(
      (s) => s.quarters[q]?.forecast !== null && s.quarters[q]?.forecast !== undefined
    );
    return {
      quarter: q + 1,
      budget,
      forecast: entered.length
        ? fromPence(entered.reduce((a, s) => a + toPence(s.quarters[q].forecast!, "forecast"), 0))
        : null,
    };
  });
}

/** Check a quarter's figures before they are written: amounts of zero or more. */
export function checkQuarter(figures: QuarterFigures[], names: string[]): void {
  figures.forEach((f, i) => {
    for (const [what, v] of [
      ["spend to date", f.actual],
      ["forecast outturn", f.forecast],
    ] as const) {
      if (v !== null && !(v >= 0 && Number.isFinite(v))) {
        throw Refuse.negativeSchemeFigure(names[i], what, v);
      }
    }
  });
}
