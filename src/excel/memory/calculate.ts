import { address as a1, splitAddress } from "../../core/a1";
import { evaluate, parseFormula } from "../../core";
import type { Scalar } from "../types";
import type { MemorySheet } from "./store";

/**
 * A range's values with its plain formulas worked out (references, IF, SUM, arithmetic),
 * so the preview can explain a POOL formula that reads, say, the Pool sheet's "bears
 * variance on" column. A formula beyond that, or a POOL call, stays blank.
 */
export function calculated(
  book: { sheet(name: string): MemorySheet },
  sheetName: string,
  range: string,
  depth = 0
): Scalar[][] {
  const sheet = book.sheet(sheetName);
  const [from, to = from] = range.split(":");
  const a = splitAddress(from);
  const b = splitAddress(to);
  const out: Scalar[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: Scalar[] = [];
    for (let c = a.col; c <= b.col; c++) {
      const cell = sheet.cells.get(a1(c, r));
      let v: Scalar = cell ? (cell.value ?? "") : "";
      if (cell?.formula && cell.value === null && depth < 20 && !/POOL\./i.test(cell.formula)) {
        try {
          const x = evaluate(parseFormula(cell.formula), (ref) =>
            calculated(book, ref.sheet ?? sheet.name, ref.address, depth + 1)
          );
          v = Array.isArray(x) ? (x[0]?.[0] ?? "") : x;
        } catch {
          v = "";
        }
      }
      row.push(v);
    }
    out.push(row);
  }
  return out;
}

/**
 * This workbook does not calculate, so it has no spill ranges: an empty cell takes the
 * nearest POOL formula above it in its column (or left of it in its row) as its anchor,
 * as a spilled result would; the explanation checks the cell lies within the result.
 */
export function spillAnchor(sheet: MemorySheet, address: string): string {
  if (sheet.cells.has(address)) return address;
  const { col, row } = splitAddress(address);
  const pool = (key: string) => /POOL\./i.test(sheet.cells.get(key)?.formula ?? "");
  for (let r = row - 1; r >= 1 && !sheet.cells.get(a1(col, r))?.value; r--)
    if (pool(a1(col, r))) return a1(col, r);
  for (let c = col - 1; c >= 1 && !sheet.cells.get(a1(c, row))?.value; c--)
    if (pool(a1(c, row))) return a1(c, row);
  return address;
}
