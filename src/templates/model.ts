/**
 * A template is data: sheets of cells, tables, names and validation rules. The .xlsx
 * files are generated from these definitions (xlsxWriter.ts), and tests read them back
 * against the same definitions, so the file and its description cannot drift apart.
 */
import { address, splitAddress } from "../core/a1";

export { address, colLetter, colNumber, expand, splitAddress } from "../core/a1";

export type CellStyle =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "label"
  | "input"
  | "money"
  | "moneyInput"
  | "percent"
  | "percentInput"
  | "total"
  | "check"
  | "date"
  | "dateInput"
  | "ratio";

export interface CellDef {
  /** A constant: text, number or an ISO date string when style is a date style. */
  v?: string | number | null;
  /** A formula without the leading "=". */
  f?: string;
  style?: CellStyle;
}

export type CellInput = CellDef | string | number | null;

export interface TableColumnDef {
  name: string;
  style?: CellStyle;
  /** Label or function for the totals row. */
  total?: { label: string } | { sum: true } | { formula: string };
}

export interface TableDef {
  name: string;
  /** Top-left cell of the header row. */
  at: string;
  columns: TableColumnDef[];
  rows: CellInput[][];
  totalsRow?: boolean;
}

export interface ValidationDef {
  /** A1 range on the same sheet. */
  range: string;
  kind: "list" | "money" | "whole" | "decimal" | "date";
  /** For lists: the choices, or `source`, a range holding them ("Partners!$A$4:$A$13"). */
  choices?: readonly string[];
  source?: string;
  min?: number;
  max?: number;
  prompt: string;
}

export interface SheetDef {
  name: string;
  /** Column widths in characters, from column A. */
  widths?: number[];
  freeze?: { rows: number; cols?: number };
  cells: Record<string, CellInput>;
  tables?: TableDef[];
  validations?: ValidationDef[];
  /** Lock everything but input cells; no password, so users can unprotect. */
  protect?: boolean;
  tabColor?: string;
}

export interface NameDef {
  name: string;
  sheet: string;
  ref: string;
}

export interface ChartDef {
  sheet: string;
  /** Source data: categories in the first row, one series per following row. */
  range: string;
  title: string;
  /** Where to place it, top-left cell. */
  at: string;
}

export interface TemplateDef {
  id: string;
  title: string;
  fileName: string;
  sheets: SheetDef[];
  names: NameDef[];
  chart?: ChartDef;
}

export function cell(input: CellInput): CellDef {
  if (input === null || typeof input !== "object") return { v: input };
  return input;
}

/** Where a table's header, data rows and totals row sit. */
export function tableLayout(t: TableDef) {
  const { col, row } = splitAddress(t.at);
  const lastCol = col + t.columns.length - 1;
  const firstData = row + 1;
  const lastData = row + t.rows.length;
  return {
    firstCol: col,
    lastCol,
    headerRow: row,
    firstData,
    lastData,
    totalsRow: t.totalsRow ? lastData + 1 : undefined,
    ref: `${address(col, row)}:${address(lastCol, t.totalsRow ? lastData + 1 : lastData)}`,
  };
}

/** Sheet name as it must appear in a formula reference. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
