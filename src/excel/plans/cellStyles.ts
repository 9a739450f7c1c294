import type { Block } from "../types";

/** Formats and fills the sheets the pane writes share. */
export const MONEY = "£#,##0.00;(£#,##0.00)";
export const PERCENT = "0.00%";
/** Input cells are pale yellow, as in the templates and most council finance workbooks. */
export const INPUT = "#FFF2CC";

/** "B7" as an absolute reference, "$B$7", so a formula can be copied without it moving. */
export const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** A table's heading row `width` cells wide: bold, and wrapped so each heading prints whole over its column. */
export const heading = (at: string, width: number): Block => ({
  at,
  cells: [Array<null>(width).fill(null)],
  bold: true,
  wrap: true,
});

/** Text cells `rows` by `cols` from `at` that wrap: a long name prints whole in its column. */
export const wrapped = (at: string, rows: number, cols: number): Block => ({
  at,
  cells: Array.from({ length: rows }, () => Array<null>(cols).fill(null)),
  wrap: true,
});
