/**
 * The one small interface the task pane and ribbon commands use to reach a workbook.
 * officeWorkbook.ts implements it over Office.js; memoryWorkbook.ts over plain data, for
 * tests and the browser preview. Screens never call Excel.run themselves.
 */
import type { FormulaSource } from "../core";

export type Scalar = string | number | boolean | null;

/** A cell to write: a constant, or a formula starting with "=". null leaves the cell as it is. */
export type CellWrite = Scalar | { formula: string };

export interface Block {
  /** Top-left cell, e.g. "A4". */
  at: string;
  cells: CellWrite[][];
  /** Number format per column of the block; null leaves a column as it is. */
  formats?: (string | null)[];
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  /** Long text: wrap it in its cell, so it prints whole rather than running off the page. */
  wrap?: boolean;
}

/** A drop-down or a number rule on input cells, so a setting cannot be mistyped. */
export type Validation =
  | { range: string; list: string[] }
  | { range: string; listFrom: string }
  | { range: string; wholeFrom: number; wholeTo: number };

/** How the sheet prints: A4, the area to print, and a header and footer on every page. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  area: string;
  header: string;
  footer: string;
  /** Rows repeated at the top of each printed page, e.g. "1:2". */
  titleRows?: string;
  /** Shrink to one page (a board report); otherwise to one page wide only. */
  onePage?: boolean;
  /**
   * Print at this percent instead of fitting (a wide working sheet): columns beyond the
   * page continue on the next, at a size that stays readable.
   */
  scale?: number;
  /** Columns repeated at the left of each printed page, e.g. "A:A". */
  titleColumns?: string;
}

/** Everything needed to add one new sheet: written in one batch. */
export interface SheetPlan {
  /** Wanted name; a numbered copy ("Pool (2)") is used if the name is taken. */
  baseName: string;
  blocks: Block[];
  tables?: { name: string; range: string }[];
  /** Sheet-scoped names, so several pools in one workbook never clash. */
  names?: { name: string; range: string }[];
  freezeRows?: number;
  /** Column widths in points, from column A. */
  columnWidths?: number[];
  /** Row heights in points, by row: for wrapped text a formula shows (Excel does not refit those). */
  rowHeights?: Record<number, number>;
  /** Ranges whose cells read as one, such as "A2:D2": a note that wraps across a table's width. */
  merges?: string[];
  validations?: Validation[];
  print?: PrintSetup;
  /** Charts drawn from ranges of this sheet. */
  charts?: SheetChart[];
}

/** A clustered column chart of a range on the same sheet, series by column, placed at a cell. */
export interface SheetChart {
  range: string;
  title: string;
  at: string;
}

export interface SheetSnapshot {
  sheet: string;
  /** Address of the top-left cell of `values`, e.g. "A1". */
  origin: string;
  values: Scalar[][];
  formulas: Scalar[][];
  /**
   * The sheet's own defined names and the cells each refers to now ("A15:H22"): Excel moves
   * them with rows inserted above, and keeps them through a renamed sheet.
   */
  names?: Record<string, string>;
}

export interface TemplateFile {
  id: string;
  title: string;
  /** The template's sheet names, in order, as the file holds them. */
  sheetNames: string[];
  chart?: { sheet: string; range: string; title: string; at: string };
  /** The .xlsx file, base64-encoded. */
  load(): Promise<string>;
}

export interface Selection {
  sheet: string;
  address: string;
  values: Scalar[][];
}

export interface WorkbookGateway {
  sheetNames(): Promise<string[]>;
  readSelection(): Promise<Selection>;
  /** The used range of a sheet (the active one if no name is given). */
  readSheet(name?: string): Promise<SheetSnapshot>;
  /** Several sheets' used ranges at once, large ones read in blocks (Excel on the web caps a response at 5 MB). */
  readSheets(names: string[]): Promise<SheetSnapshot[]>;
  /** Add a sheet; never overwrites. Returns the name it was given. */
  writeSheet(plan: SheetPlan): Promise<string>;
  /**
   * Add several sheets in one batch; never overwrites. A formula may refer to another
   * sheet of the batch as {{baseName}} (see plans/sheetRefs.ts). Returns the names given.
   */
  writeSheets(plans: SheetPlan[]): Promise<string[]>;
  /**
   * Write figures into input cells of existing sheets (a quarter's monitoring figures and
   * the period), in one batch. Where a write with `ask` would replace something different,
   * nothing is written unless `replace` is true: the cells are returned so the pane can ask.
   */
  writeInputs(writes: InputWrite[], replace: boolean): Promise<InputResult>;
  /** Insert a template's sheets; never overwrites. Returns the new sheet names. */
  insertTemplate(template: TemplateFile): Promise<string[]>;
  select(sheet: string, address: string): Promise<void>;
  /**
   * Copy sheets for partners without the add-in: new sheets (never the originals) in which
   * every POOL formula is replaced by the value it shows, with a note of what was converted.
   */
  shareCopies(sheets: string[], when: string): Promise<SharedCopy[]>;
  /**
   * The selected cell's formula (the spill's top-left formula when the cell is part of a
   * spilled result), where the cell sits in that result, and the values of every range the
   * formula refers to: what "Explain this figure" reads.
   */
  readFormulaSource(): Promise<FormulaSource>;
  /**
   * Put a note on a cell. A note already there is replaced only when `replace` is true;
   * otherwise it is kept and its text returned, so the pane can ask first.
   */
  writeNote(sheet: string, address: string, text: string, replace: boolean): Promise<NoteResult>;
}

export interface InputWrite {
  sheet: string;
  /** Top-left cell. */
  at: string;
  values: Scalar[][];
  /** Ask before replacing other figures here (true for figures, false for a setting). */
  ask: boolean;
}

export interface InputResult {
  written: boolean;
  /** Cells that already held other figures, when nothing was written. */
  occupied: string[];
}

export interface NoteResult {
  written: boolean;
  /** The note the cell already had, when it was kept. */
  existing?: string;
}

export interface SharedCopy {
  from: string;
  to: string;
  /** POOL formulas replaced by their values. */
  converted: number;
}

/** An error whose message can be shown to the user as it is. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    /** The user can still have the sheets: offer the template's .xlsx to download. */
    readonly offerDownload = false
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
