import { CellValue, fromSerial, parseDateText, Refuse, YMD } from "../../core";

/** One FINYEAR date cell as a date; shared by the function and its explanation. */
export function readDate(cell: CellValue): YMD {
  if (typeof cell === "number") return fromSerial(cell);
  if (typeof cell === "string") {
    const parsed = parseDateText(cell);
    if (parsed) return parsed;
  }
  const shown =
    cell === null || cell === undefined || cell === "" ? "a blank cell" : `"${String(cell)}"`;
  throw Refuse.notADate(shown);
}
