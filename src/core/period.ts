/**
 * Reporting periods. The host reports quarterly (Audit Commission Table 8) and many report
 * monthly too; a month's figures are the latest to date in its quarter, so "Month 6" is
 * "Quarter 2" and both end on 30 September. Month 1 is April.
 */
export const YEAR_END = "Year end";
const QUARTERS = [1, 2, 3, 4].map((q) => `Quarter ${q}`);
const MONTHS = Array.from({ length: 12 }, (_, i) => `Month ${i + 1}`);

/** What the Pool sheet's period cell offers: the quarters, the months, and the year end. */
export const PERIODS = [...QUARTERS, ...MONTHS, YEAR_END];

/** How far into the year a period runs: its months (1 to 12) and its quarter (1 to 4). */
export function periodMonths(period: string): { months: number; quarter: number } | undefined {
  const p = period.trim().toLowerCase();
  const quarter = /^quarter\s*([1-4])$/.exec(p);
  const month = /^month\s*(\d{1,2})$/.exec(p);
  const months = p === "year end" ? 12 : quarter ? 3 * Number(quarter[1]) : Number(month?.[1]);
  if (!(months >= 1 && months <= 12)) return undefined;
  return { months, quarter: Math.ceil(months / 3) };
}

/** The period a month of the year is reported as: a quarter's last month as the quarter. */
export function monthPeriod(month: number): string {
  return month % 3 === 0 ? `Quarter ${month / 3}` : `Month ${month}`;
}

/** A month as the pane offers it: "Month 5", or "Month 6 / Quarter 2" at a quarter's end. */
export function monthLabel(month: number): string {
  return month % 3 === 0 ? `Month ${month} / Quarter ${month / 3}` : `Month ${month}`;
}
