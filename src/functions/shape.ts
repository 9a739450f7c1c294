import type { Orientation } from "../core";

/**
 * Lay results out the way the input ran: a column in gives a column out, a row gives a row.
 * Excel wants plain arrays, so a typed array from the engine is copied into one here.
 */
export function shapeLike(values: ArrayLike<unknown>, orientation: Orientation): unknown[][] {
  return orientation === "row" ? [Array.from(values)] : regrid(values, values.length, 1);
}

/** Group a flat row-major list back into a rows x cols grid of plain arrays. */
export function regrid<T>(values: ArrayLike<T>, rows: number, cols: number): T[][] {
  const out: T[][] = [];
  if (cols === 1) {
    // A column of partners, the usual shape: one-cell rows built as literals.
    for (let r = 0; r < rows; r++) out.push([values[r]]);
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const row = new Array<T>(cols);
    for (let c = 0; c < cols; c++) row[c] = values[r * cols + c];
    out.push(row);
  }
  return out;
}
