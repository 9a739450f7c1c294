/**
 * A template is data: sheets of cells, tables, names and validation rules. The .xlsx
 * files are generated from these definitions (xlsxWriter.ts), and tests read them back
 * against the same definitions, so the file and its description cannot drift apart.
 */
export type CellStyle = "title" | "subtitle" | "note" | "header" | "label" | "input" | "money" | "moneyInput" | "percent" | "total" | "check" | "date" | "dateInput" | "ratio";

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

/** Column letter(s) for a 1-based column number. */
export function colLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function splitAddress(a: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a);
  if (!m) throw new Error(`Bad cell address ${a}`);
  return { col: colNumber(m[1]), row: Number(m[2]) };
}

export function address(col: number, row: number): string {
  return `${colLetter(col)}${row}`;
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

/** Every cell address in an A1 range, row by row. */
export function expand(range: string): string[] {
  const [from, to = from] = range.split(":");
  const a = splitAddress(from);
  const b = splitAddress(to);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(address(c, r));
  return out;
}
