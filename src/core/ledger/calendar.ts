import { financialYearOf } from "../finYear";
import { Refuse } from "../messages";
import { periodMonths } from "../period";

// Dates in the ledger are ISO strings ("2025-09-30"), which compare in date order as text.

/** The calendar year a financial year label ("2025/26", "2025-26") starts in. */
export function startYear(year: string): number {
  const label = financialYearOf(year);
  if (!label) throw Refuse.notAFinancialYear(year);
  return Number(label.slice(0, 4));
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The first day of each quarter of the year, when quarterly instalments in advance fall due. */
export function quarterStarts(year: string): string[] {
  const y = startYear(year);
  return [iso(y, 4, 1), iso(y, 7, 1), iso(y, 10, 1), iso(y + 1, 1, 1)];
}

/**
 * The last day of a reporting period: "Quarter 2" is 30 September, "Month 6" is also 30
 * September, "Year end" and "Quarter 4" are 31 March.
 */
export function periodEnd(year: string, period: string): string {
  const y = startYear(year);
  const months = periodMonths(period)?.months;
  if (months === undefined) throw Refuse.badPeriod(period);
  // Month 1 is April; the last day of a month is day 0 of the next.
  const end = new Date(Date.UTC(y, 3 + months, 0));
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}
