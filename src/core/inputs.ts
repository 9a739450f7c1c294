import { Refuse } from "./messages";

/** What Excel hands a custom function for one cell. */
export type CellValue = number | string | boolean | null | undefined;

/** Orientation of a range: partners down a column or across a row. */
export type Orientation = "column" | "row";

export interface Flat<T> {
  values: T[];
  orientation: Orientation;
  rows: number;
  cols: number;
}

/** A single row of several cells runs across; anything else runs down. */
export function orientationOf(rows: number, cols: number): Orientation {
  return rows === 1 && cols > 1 ? "row" : "column";
}

/** Where a cell sits in its range, in the words a user reads ("row 3, column 2"). */
export function cellPosition(
  rows: number,
  cols: number,
  index: number,
  orientation: Orientation
): string {
  if (rows === 1 && cols === 1) return "the cell";
  if (orientation === "row" && rows === 1) return `column ${index + 1}`;
  if (cols === 1) return `row ${index + 1}`;
  return `row ${Math.floor(index / cols) + 1}, column ${(index % cols) + 1}`;
}

export function isBlank(v: CellValue): boolean {
  if (typeof v === "string") return v.trim() === "";
  return v === null || v === undefined;
}

// Spaces people and exports put inside numbers: ordinary, no-break, thin, narrow no-break.
const SPACES = /[\s\u00a0\u2009\u202f]/g;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Read one cell as a number the way a finance officer writes it: 20000, "£20,000",
 * "20,000.50", "(5,000)" for a negative, "-£5,000", " 1 200 ", "50%" when percentages
 * are allowed. Returns null for a blank cell and undefined for text that is not a number.
 */
export function parseAmount(v: CellValue, allowPercent = false): number | null | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "boolean") return undefined;
  if (isBlank(v)) return null;
  let s = String(v).replace(SPACES, "");
  const bracketed = s.startsWith("(") && s.endsWith(")");
  if (bracketed) s = s.slice(1, -1);
  // One sign at most, before or after the pound sign; none inside accounting brackets.
  const m = /^([+-]?)£?([+-]?)(.*)$/.exec(s)!;
  const sign = m[1] || m[2];
  if ((m[1] && m[2]) || (bracketed && sign)) return undefined;
  const negative = bracketed || sign === "-";
  s = m[3];
  let percent = false;
  if (allowPercent && s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!NUMBER.test(s)) return undefined;
  let n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  if (percent) n /= 100;
  return negative ? -n : n;
}

/**
 * An Excel error in a cell reaches a custom function as an error object whose code is what
 * the cell shows ("#DIV/0!"); name that, never the object's own "Error".
 */
export function excelErrorCode(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("#")) return code;
  return v instanceof Error ? "#VALUE!" : undefined;
}

function describe(v: CellValue): string {
  const error = excelErrorCode(v);
  if (error) return error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  const s = String(v);
  return `"${s.length > 30 ? s.slice(0, 27) + "..." : s}"`;
}

/** A linked data type or entity (Stocks, Geography), should Excel hand one over as an object. */
const isDataType = (v: unknown): v is object =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !excelErrorCode(v);

/** A data type's number where it has one (a formatted number), else undefined. */
function dataTypeNumber(v: object): number | undefined {
  const basic = (v as { basicValue?: unknown }).basicValue;
  return typeof basic === "number" && Number.isFinite(basic) ? basic : undefined;
}

/** Flatten a 2-D range (row-major) and note its shape and whether it runs down or across. */
export function flatten<T>(range: T[][] | T, what: string): Flat<T> {
  const grid = to2d(range);
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  if (rows === 0 || cols === 0) throw Refuse.emptyRange(what);
  return { values: rowMajor(grid), orientation: orientationOf(rows, cols), rows, cols };
}

/** A grid's cells, row by row (Array.prototype.flat costs about a microsecond a call in V8). */
function rowMajor<T>(grid: T[][]): T[] {
  const out: T[] = [];
  for (const row of grid) for (const cell of row) out.push(cell);
  return out;
}

/** Excel passes a single cell as a bare value when a parameter is not a range. */
export function to2d<T>(range: T[][] | T): T[][] {
  if (!Array.isArray(range)) return [[range as T]];
  if (range.some((row) => !Array.isArray(row))) return [range as unknown as T[]];
  return range as T[][];
}

export interface AmountOptions {
  /** What a blank cell means: a number (0 for money) or null to keep it as "missing". */
  blank?: number | null;
  allowPercent?: boolean;
  allowNegative?: boolean;
  /** One figure per partner: a single row or a single column, never a block. */
  list?: boolean;
}

/** A range read as numbers, row-major, with its shape. */
export interface Amounts {
  values: (number | null)[];
  orientation: Orientation;
  rows: number;
  cols: number;
}

/**
 * Read every cell of a range as a number, naming the cell when one cannot be read.
 * `what` is the range's name in messages ("contributions").
 */
export function coerceAmounts(
  range: CellValue[][] | CellValue,
  what: string,
  opts: AmountOptions = {}
): Amounts {
  const { values: cells, orientation, rows, cols } = flatten(range, what);
  if (opts.list && rows > 1 && cols > 1) throw Refuse.notAList(what, rows, cols);
  const values = cells.map((cell, i) => {
    const at = () => cellPosition(rows, cols, i, orientation);
    const n = readAmount(cell, what, at, opts.allowPercent);
    if (n === null) return opts.blank === undefined ? 0 : opts.blank;
    if (n < 0 && opts.allowNegative === false)
      throw Refuse.negativeInCell(what, at(), describe(cell));
    return n;
  });
  return { values, orientation, rows, cols };
}

/** One cell as a number, null when blank; refused, naming the cell, when it is not an amount. */
function readAmount(
  cell: CellValue,
  what: string,
  at: () => string,
  allowPercent = false
): number | null {
  const error = excelErrorCode(cell);
  if (error) throw Refuse.errorInCell(what, at(), error);
  if (isDataType(cell)) {
    const n = dataTypeNumber(cell);
    if (n === undefined) throw Refuse.dataTypeInCell(what, at());
    return n;
  }
  const n = parseAmount(cell, allowPercent);
  if (n === undefined) throw Refuse.notAnAmount(what, at(), describe(cell));
  return n;
}

/** A single optional number parameter; blank means "not given". */
export function coerceOptionalNumber(v: CellValue, what: string): number | undefined {
  if (isDataType(v)) {
    const n = dataTypeNumber(v);
    if (n === undefined) throw Refuse.dataTypeArgument(what);
    return n;
  }
  const n = parseAmount(v);
  if (n === undefined) throw Refuse.notANumberArgument(what, describe(v));
  return n === null ? undefined : n;
}
