import type { PrintSetup, Scalar, Validation } from "../types";

/** What the in-memory workbook holds for a sheet: cells, tables, names, charts, print settings. */
export interface MemoryCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

/** How a cell looks, as the plan wrote it: what the preview shows and a saved file keeps. */
export interface CellLook {
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  /** Tables by their range, header row included (and a totals row where `totalsRow`). */
  tables: { name: string; range: string; totalsRow?: boolean }[];
  names: { name: string; range: string }[];
  charts: { type: string; range: string; title: string; at: string }[];
  frozenRows: number;
  validations: Validation[];
  print?: PrintSetup;
  /** Cell notes by address. */
  notes: Map<string, string>;
  /** Formats, fills and fonts by address, including cells still blank. */
  looks: Map<string, CellLook>;
  /** Column widths in points, from column A. */
  widths: number[];
  /** Row heights in points, by row. */
  heights: Record<number, number>;
  /** Merged ranges, such as "A2:D2". */
  merges: string[];
}

export interface SeedSheet {
  name: string;
  /** Rows from A1; strings starting with "=" are formulas. */
  rows: Scalar[][];
}

export function newSheet(name: string): MemorySheet {
  return {
    name,
    cells: new Map(),
    tables: [],
    names: [],
    charts: [],
    frozenRows: 0,
    validations: [],
    notes: new Map(),
    looks: new Map(),
    widths: [],
    heights: {},
    merges: [],
  };
}
