import { Refuse } from "./messages";

/** Excel's day 0 is 30 Dec 1899 in the 1900 date system (it counts a fictional 29 Feb 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number;
}

/** An Excel date serial to a calendar date. Serials before 1 Mar 1900 are off by Excel's leap-year bug; we reject them. */
export function fromSerial(serial: number): YMD {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) {
    throw Refuse.notAnExcelDate(serial);
  }
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toSerial({ year, month, day }: YMD): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** Text dates as UK officers type them: "01/05/2003", "1-5-2003", "2003-05-01", "1 May 2003". */
export function parseDateText(text: string): YMD | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) return valid(fullYear(+m[3]), +m[2], +m[1]);
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return valid(+m[3], month, +m[1]);
  }
  return undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fullYear(y: number): number {
  return y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

function valid(year: number, month: number, day: number): YMD | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/**
 * The financial year a date falls in, labelled as UK public bodies write it: "2003/04"
 * for 1 April 2003 to 31 March 2004. `startMonth` (1-12, default 4 = April) moves the
 * year start; a January start gives a plain calendar year label, "2003".
 */
export function finYear(date: YMD, startMonth = 4): string {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw Refuse.badStartMonth(startMonth);
  }
  const first = date.month >= startMonth ? date.year : date.year - 1;
  return yearLabel(first, startMonth);
}

export function yearLabel(firstYear: number, startMonth = 4): string {
  if (startMonth === 1) return String(firstYear);
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, "0")}`;
}

/** `count` consecutive financial-year labels from the one containing `date`. */
export function finYearSeries(date: YMD, count: number, startMonth = 4): string[] {
  const first = date.month >= startMonth ? date.year : date.year - 1;
  return Array.from({ length: count }, (_, i) => yearLabel(first + i, startMonth));
}

/** Which quarter of its financial year a date falls in, 1 to 4. */
export function finQuarter(date: YMD, startMonth = 4): number {
  return Math.floor(((((date.month - startMonth) % 12) + 12) % 12) / 3) + 1;
}

/** Whether a label is a financial year as the reports write it ("2003/04"): consecutive years. */
export function isYearLabel(text: string): boolean {
  return financialYearOf(text) !== undefined;
}

/** A financial year as typed, "2025/26" or "2025-26", written the one way: "2025/26". */
export function financialYearOf(text: string): string | undefined {
  const m = /^(\d{4})\s*[/-]\s*(\d{2})$/.exec(text.trim());
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return undefined;
  return `${m[1]}/${m[2]}`;
}
