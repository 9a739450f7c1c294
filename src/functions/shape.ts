import type { Orientation } from "../core";

/** Lay results out the way the input ran: a column in gives a column out, a row gives a row. */
export function shapeLike<T>(values: T[], orientation: Orientation): T[][] {
  return orientation === "row" ? [values] : regrid(values, values.length, 1);
}

/** Group a flat row-major list back into a rows x cols grid. */
export function regrid<T>(values: T[], rows: number, cols: number): T[][] {
  // A loop, not Array.from({ length }, …): V8 runs that about ten times slower.
  const grid: T[][] = [];
  for (let r = 0; r < rows; r++) grid.push(values.slice(r * cols, (r + 1) * cols));
  return grid;
}
