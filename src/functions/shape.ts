import type { Orientation } from "../core";

/** Lay results out the way the input ran: a column in gives a column out, a row gives a row. */
export function shapeLike(values: unknown[], orientation: Orientation): unknown[][] {
  return orientation === "row" ? [values] : values.map((v) => [v]);
}

/** Group a flat row-major list back into a rows x cols grid. */
export function regrid<T>(values: T[], rows: number, cols: number): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) out.push(values.slice(r * cols, r * cols + cols));
  return out;
}
