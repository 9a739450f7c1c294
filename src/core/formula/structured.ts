import { address } from "../a1";

/** Where a table's data sits: its columns' names, from which column, between which rows. */
export interface TableShape {
  sheet: string;
  name: string;
  columns: string[];
  left: number;
  firstData: number;
  lastData: number;
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const absolute = (col: number, row: number) =>
  address(col, row).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * Excel's structured references, Streams[Total] and Streams[2008/09]:Streams[2010/11], as
 * the plain ranges of the table's data rows, for an evaluator that reads A1 references.
 */
export function plainRanges(formula: string, tables: TableShape[]): string {
  const column = (t: TableShape, name: string) => {
    const j = t.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    if (j < 0) throw new Error(`Table ${t.name} has no column ${name}`);
    return t.left + j;
  };
  const range = (t: TableShape, from: number, to: number) =>
    `${quoted(t.sheet)}!${absolute(from, t.firstData)}:${absolute(to, t.lastData)}`;
  let out = formula;
  for (const t of tables) {
    const span = new RegExp(`\\b${t.name}\\[([^\\]]+)\\]:${t.name}\\[([^\\]]+)\\]`, "g");
    out = out.replace(span, (_, a: string, b: string) => range(t, column(t, a), column(t, b)));
    const one = new RegExp(`\\b${t.name}\\[([^\\]]+)\\]`, "g");
    out = out.replace(one, (_, a: string) => range(t, column(t, a), column(t, a)));
  }
  return out;
}
