import { PoolError } from "./errors";

/** What Excel hands a custom function for one cell. */
export type CellValue = number | string | boolean | null | undefined;

/** Orientation of a range: partners down a column or across a row. */
export type Orientation = "column" | "row";

export interface Flat<T> {
  values: T[];
  orientation: Orientation;
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
  if (typeof v !== "string") return v === null || v === undefined;
  // Text starting with a printable ASCII character is not blank: no need to trim it.
  const first = v.charCodeAt(0);
  return !(first > 32 && first < 127) && v.trim() === "";
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

/** Flatten a 2-D range (row-major) and note whether it runs down or across. */
export function flatten<T>(range: T[][] | T, what: string): Flat<T> {
  const grid = to2d(range);
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  if (rows === 0 || cols === 0) {
    throw new PoolError("EMPTY_RANGE", `The ${what} range is empty.`);
  }
  const values: T[] = [];
  for (const row of grid) for (const cell of row) values.push(cell);
  return { values, orientation: orientationOf(rows, cols) };
}

/** Excel passes a single cell as a bare value when a parameter is not a range. */
export function to2d<T>(range: T[][] | T): T[][] {
  if (Array.isArray(range)) {
    for (let i = 0; i < range.length; i++) {
      if (!Array.isArray(range[i])) return [range as unknown as T[]];
    }
    return range as T[][];
  }
  return [[range as T]];
}

export interface AmountOptions {
  /** What a blank cell means: a number (0 for money) or null to keep it as "missing". */
  blank?: number | null;
  allowPercent?: boolean;
  allowNegative?: boolean;
}

const PLAIN: AmountOptions = {};

/** A range read as numbers, row-major, with its shape. */
export interface Amounts {
  values: (number | null)[];
  orientation: Orientation;
  rows: number;
  cols: number;
}

/**
 * Coerce every cell of a range to a number, naming the cell when one cannot be read.
 * `what` is the range's name in messages ("contributions").
 */
export function coerceAmounts(
  range: CellValue[][] | CellValue,
  what: string,
  opts: AmountOptions = PLAIN
): Amounts {
  // A workbook calls this thousands of times on a pool's few cells, nearly always a
  // column of plain numbers: read that in one pass and leave the rest to the general path.
  if (Array.isArray(range)) {
    const column = plainColumn(range, opts);
    if (column !== null) return column;
  }
  return readGrid(range, what, opts); // out of line, keeping this small enough to inline
}

/** coerceAmounts for any range that is not a plain column: reads text, names bad cells. */
function readGrid(range: CellValue[][] | CellValue, what: string, opts: AmountOptions): Amounts {
  const grid = to2d(range);
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  if (rows === 0 || cols === 0) throw new PoolError("EMPTY_RANGE", `The ${what} range is empty.`);
  const orientation = orientationOf(rows, cols);
  const negativeOk = opts.allowNegative !== false;
  const blank = blankOf(opts);
  // A pool's few cells: sized once, since growing an empty list cell by cell reallocates
  // it on the way. A large range grows as it goes (writing at the end is a push): V8
  // keeps an array sized up front past about 100,000 as a slow dictionary.
  const out: (number | null)[] = rows * cols <= SIZED ? new Array(rows * cols) : [];
  let at = 0;
  for (let r = 0; r < rows; r++) {
    for (const cell of grid[r]) take(out, at++, cell, blank, negativeOk, what, opts, rows, cols);
  }
  if (at !== out.length) out.length = at; // ragged rows, which Excel never passes
  return { values: out, orientation, rows, cols };
}

/** A finite number the range accepts as it stands: no text to parse, nothing to refuse. */
function isPlainAmount(cell: CellValue, negativeOk: boolean): cell is number {
  // cell - cell is 0 for every finite number and NaN otherwise: Number.isFinite measured slower.
  return typeof cell === "number" && cell - cell === 0 && (cell >= 0 || negativeOk);
}

/** What an empty cell counts as: 0 unless the caller says otherwise (null keeps it missing). */
function blankOf(opts: AmountOptions): number | null {
  return opts.blank === undefined ? 0 : opts.blank;
}

/** Up to this many cells a list is sized up front (see coerceAmounts). */
const SIZED = 1024;

/**
 * A column of one-cell rows holding only plain numbers and empty cells, read straight in;
 * null for anything else (text, an error, a wider range), which the general path reads
 * and names. A function of its own, kept to the usual case, it costs a third less.
 */
function plainColumn(range: CellValue[][], opts: AmountOptions): Amounts | null {
  const n = range.length;
  if (n === 0 || n > SIZED) return null;
  const negativeOk = opts.allowNegative !== false;
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = range[i];
    if (!Array.isArray(row) || row.length !== 1) return null;
    const cell: CellValue = row[0];
    // Stored as read again with +: V8 then keeps the figure a double on its way into the
    // list (measured about 5 % off a capped split over five partners).
    if (isPlainAmount(cell, negativeOk)) out[i] = +row[0]!;
    else if (cell === null || cell === undefined) out[i] = blankOf(opts);
    else return null;
  }
  return { values: out, orientation: "column", rows: n, cols: 1 };
}

/**
 * Read one cell into `out` at `at`. A plain number, nearly every cell, goes straight in: kept
 * apart from the text and blanks below, a figure is never boxed on its way through. (No
 * closure here: one capturing coerceAmounts' variables would move them all into a heap
 * context on every call.)
 */
function take(
  out: (number | null)[],
  at: number,
  cell: CellValue,
  blank: number | null,
  negativeOk: boolean,
  what: string,
  opts: AmountOptions,
  rows: number,
  cols: number
): void {
  if (isPlainAmount(cell, negativeOk)) {
    out[at] = cell;
  } else if (cell === null || cell === undefined) {
    out[at] = blank; // an empty cell, as Excel passes it
  } else {
    out[at] = readCell(cell, what, opts, rows, cols, at);
  }
}

/** A cell that is not a plain number: text such as "£20,000", a blank, or one to refuse. */
function readCell(
  cell: CellValue,
  what: string,
  opts: AmountOptions,
  rows: number,
  cols: number,
  index: number
): number | null {
  const n = parseAmount(cell, opts.allowPercent);
  if (n === undefined || (n !== null && n < 0 && opts.allowNegative === false)) {
    const orientation = orientationOf(rows, cols);
    throw refuseAmount(what, cell, n, cellPosition(rows, cols, index, orientation));
  }
  return n === null ? blankOf(opts) : n;
}

function refuseAmount(
  what: string,
  cell: CellValue,
  n: number | null | undefined,
  at: string
): PoolError {
  if (n === undefined && excelErrorCode(cell)) {
    return new PoolError(
      "BAD_NUMBER",
      `In the ${what}, ${at} holds ${describe(cell)}; correct that cell first.`
    );
  }
  if (n === undefined) {
    return new PoolError(
      "BAD_NUMBER",
      `In the ${what}, ${at} holds ${describe(cell)}, which is not an amount. Use a number such as 20000, £20,000 or (5,000).`
    );
  }
  return new PoolError(
    "NEGATIVE_CONTRIBUTION",
    `In the ${what}, ${at} is negative (${describe(cell)}); it must be zero or more.`
  );
}

/** A single optional number parameter; blank means "not given". */
export function coerceOptionalNumber(v: CellValue, what: string): number | undefined {
  // The usual cases first: an argument left out, or a plain number.
  if (v === undefined || v === null) return undefined;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return readOptionalNumber(v, what); // out of line, keeping this small enough to inline
}

/** coerceOptionalNumber for anything but a plain number: text such as "£5,000", or refused. */
function readOptionalNumber(v: CellValue, what: string): number | undefined {
  const n = parseAmount(v);
  if (n === undefined) {
    throw new PoolError("BAD_NUMBER", `The ${what} ${describe(v)} is not a number.`);
  }
  return n === null ? undefined : n;
}
