import type { CellStyle } from "./model";

/** en-GB money: £, thousands separators, negatives in brackets, dash for zero. */
export const MONEY_FORMAT = '£#,##0;(£#,##0);"–"';
export const PERCENT_FORMAT = "0.0%";
export const DATE_FORMAT = "dd/mm/yyyy";
export const RATIO_FORMAT = "0.00";

export interface StyleSpec {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  input?: boolean;
}

// Input cells are pale yellow, as in most council finance workbooks; everything else is locked.
const INPUT_FILL = "FFFFF2CC";

export const STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14, color: "FF0F6CBD" },
  subtitle: { bold: true, size: 12 },
  note: { italic: true, color: "FF595959", wrap: false },
  header: { bold: true, fill: "FFDEECF9" },
  label: { bold: true },
  input: { fill: INPUT_FILL, input: true },
  money: { numFmt: MONEY_FORMAT },
  moneyInput: { numFmt: MONEY_FORMAT, fill: INPUT_FILL, input: true },
  percent: { numFmt: PERCENT_FORMAT },
  percentInput: { numFmt: PERCENT_FORMAT, fill: INPUT_FILL, input: true },
  total: { numFmt: MONEY_FORMAT, bold: true },
  check: { numFmt: MONEY_FORMAT, bold: true, color: "FF107C10" },
  date: { numFmt: DATE_FORMAT },
  dateInput: { numFmt: DATE_FORMAT, fill: INPUT_FILL, input: true },
  ratio: { numFmt: RATIO_FORMAT },
};
