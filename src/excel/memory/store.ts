import type { PrintSetup, Scalar, Validation } from "../types";

/** What the in-memory workbook holds for a sheet: cells, tables, names, charts, print settings. */
export interface MemoryCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  tables: { name: string; range: string }[];
  names: { name: string; range: string }[];
  charts: { type: string; range: string; title: string; at: string }[];
  frozenRows: number;
  validations: Validation[];
  print?: PrintSetup;
  /** Cell notes by address. */
  notes: Map<string, string>;
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
  };
}
