import { parseAmount } from "../../core";
import { splitAddress } from "../../core/a1";
import { Scalar, SheetSnapshot, WorkbookError } from "../types";

// Reading back a sheet the add-in wrote: its cells by address, and its parts by their names.

/** A cell of a snapshot by address: its value and its formula (or constant). */
export function cellOf(s: SheetSnapshot, address: string): { value: Scalar; formula: Scalar } {
  const o = splitAddress(s.origin);
  const a = splitAddress(address);
  const r = a.row - o.row;
  const c = a.col - o.col;
  return { value: s.values[r]?.[c] ?? "", formula: s.formulas[r]?.[c] ?? "" };
}

/** A cell's value as trimmed text ("" for a blank). */
export const text = (s: SheetSnapshot, a: string) => String(cellOf(s, a).value ?? "").trim();

/** A cell's value as an amount ("£20,000" and "(5,000)" too); null for a blank or words. */
export const amount = (s: SheetSnapshot, a: string): number | null => {
  const v = parseAmount(cellOf(s, a).value as string | number, true);
  return typeof v === "number" ? v : null;
};

/** The rows a range spans: "A15:H22" → first 15, count 8. */
export function rowsOf(range: string): { first: number; count: number } {
  const [from, to = from] = range.split(":");
  const first = splitAddress(from).row;
  return { first, count: splitAddress(to).row - first + 1 };
}

/** Rows moved inside a part: say so, rather than read the wrong rows. */
export function movedInside(part: string, sheet: string): WorkbookError {
  return new WorkbookError(
    `Rows have been inserted or deleted inside the ${part} on "${sheet}". The add-in reads that part by the rows it wrote, so undo the change (put notes below the tables or on a sheet of their own), then try again.`
  );
}
