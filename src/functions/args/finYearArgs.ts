import { CellValue, fromSerial, parseDateText, PoolError, YMD } from "../../core";

/** One FINYEAR date cell as a date; shared by the function and its explanation. */
export function readDate(cell: CellValue): YMD {
  if (typeof cell === "number") return fromSerial(cell);
  if (typeof cell === "string") {
    const parsed = parseDateText(cell);
    if (parsed) return parsed;
  }
  const shown =
    cell === null || cell === undefined || cell === "" ? "a blank cell" : `"${String(cell)}"`;
  throw new PoolError(
    "BAD_DATE",
    `${shown} is not a date. Use a date cell or text such as 01/04/2003.`
  );
}
