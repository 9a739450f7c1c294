/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { coerceOptionalNumber, finYear as coreFinYear, Refuse, to2d } from "../core";
import { readDate } from "./args/finYearArgs";
import { failure, toExcelError } from "./excelErrors";

/**
 * The UK financial year a date falls in, as "2003/04" (1 April 2003 to 31 March 2004).
 * @customfunction FINYEAR
 * @helpurl https://localhost:3000/help.html#finyear
 * @param {any[][]} date A date, or a range of dates (each gets its own label).
 * @param {any} [startMonth] Month the financial year starts, 1 to 12; April (4) if left out.
 * @returns {any[][]} The financial-year label for each date.
 */
export function finYear(date: any[][], startMonth?: any): any[][] {
  try {
    const start = coerceOptionalNumber(startMonth, "start month") ?? 4;
    // Validate the start month once so every cell is not marked with the same error.
    coreFinYear({ year: 2000, month: 1, day: 1 }, start);
    const dates = to2d(date);
    if (dates.length === 0 || dates.every((row) => row.length === 0)) {
      throw Refuse.emptyDates();
    }
    return dates.map((row) =>
      row.map((cell) => {
        try {
          return coreFinYear(readDate(cell), start);
        } catch (e) {
          return toExcelError(e);
        }
      })
    );
  } catch (e) {
    return failure(e);
  }
}
