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
  if (cols === 1) {
    // A column of partners, the usual shape: one-cell rows built as literals. A pool's
    // few go into a list sized once; a long column grows as it goes (writing at the end
    // is a push), since V8 keeps a list sized up front past about 100,000 as a slow
    // dictionary.
    const column: T[][] = rows <= 1024 ? new Array(rows) : [];
    for (let r = 0; r < rows; r++) column[r] = [values[r]];
    return column;
  }
  return grid(values, rows, cols);
}

/** regrid for more than one column, out of line so the usual column stays inlinable. */
function grid<T>(values: ArrayLike<T>, rows: number, cols: number): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = new Array<T>(cols);
    for (let c = 0; c < cols; c++) row[c] = values[r * cols + c];
    out.push(row);
  }
  return out;
}
