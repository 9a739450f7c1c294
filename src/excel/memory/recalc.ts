import { address, splitAddress } from "../../core/a1";
import { evaluate, FormulaError, isPoolError, parseFormula } from "../../core";
import type { ArgValue, Custom } from "../../core";
import type { FormulaNode, Literal } from "../../core/formula/parse";
import { plainRanges, TableShape } from "../../core/formula/structured";
import type { Scalar } from "../types";
import type { MemorySheet } from "./store";

/** A cell's calculated value, or the error it shows ("#N/A") with what caused it. */
export type Calculated = { value: Scalar } | { error: string; detail?: string };

const keyOf = (sheet: string, at: string) => `${sheet.toLowerCase()}!${at}`;
/**
 * Whether a formula could return more than one cell: a range, a POOL function, or
 * arithmetic or a choice (IF) over one. A function such as SUM returns one value.
 */
function mightSpill(node: FormulaNode): boolean {
  switch (node.kind) {
    case "ref":
      return node.address.includes(":");
    case "array":
      return true;
    case "unary":
      return mightSpill(node.arg);
    case "binary":
      return mightSpill(node.left) || mightSpill(node.right);
    case "call":
      return (
        /^POOL\./.test(node.name) ||
        (["IF", "IFERROR", "CHOOSE"].includes(node.name) && node.args.slice(1).some(mightSpill))
      );
    default:
      return false;
  }
}

/** Met when working out a possible spill needs a cell still being worked out: that attempt is undone. */
class NotYet extends Error {}

/**
 * One calculation of an in-memory workbook, as Excel would show it: every formula worked
 * out by the pane's own evaluator (src/core/formula, which Explain uses too), the POOL
 * functions through `custom`, and an array result spilling into the empty cells to its
 * right and below (#SPILL! when something is in the way). Lazy: a cell is worked out when
 * first asked for, once; a change to an input means a new calculation.
 */
export class Recalculation {
  private results = new Map<string, Calculated>();
  private spilled = new Map<string, Literal>();
  private busy = new Set<string>();
  private anchors = new Map<string, string[]>();
  /** Each spilled result's extent, by its formula's cell. */
  private extents = new Map<string, { rows: number; cols: number }>();
  /** Keys worked out, in order, so an attempt that meets NotYet can be undone. */
  private log: { results: string[]; spilled: string[] } = { results: [], spilled: [] };
  /** How many possible spills are being worked out ahead of need. */
  private ahead = 0;

  constructor(
    private book: { sheets: MemorySheet[] },
    private custom?: Custom
  ) {}

  /** The cells a formula's result fills, where it spills beyond its own (after the cell is worked out). */
  extent(sheetName: string, at: string): { rows: number; cols: number } | undefined {
    this.cell(sheetName, at);
    return this.extents.get(keyOf(sheetName, at));
  }

  /** What a cell shows. */
  cell(sheetName: string, at: string): Calculated {
    const sheet = this.sheet(sheetName);
    if (!sheet) return { error: "#REF!" };
    const cell = sheet.cells.get(at);
    if (cell?.formula) return this.formula(sheet, at, cell.formula);
    if (cell && cell.value !== null && cell.value !== "") return { value: cell.value };
    this.spillsInto(sheet, at);
    return { value: this.spilled.get(keyOf(sheet.name, at)) ?? null };
  }

  private sheet(name: string): MemorySheet | undefined {
    return this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private formula(sheet: MemorySheet, at: string, formula: string): Calculated {
    const key = keyOf(sheet.name, at);
    const done = this.results.get(key);
    if (done) return done;
    if (this.busy.has(key)) {
      if (this.ahead > 0) throw new NotYet();
      return { error: "#CYCLE!", detail: "The formula depends on itself." };
    }
    this.busy.add(key);
    let result: Calculated;
    try {
      result = this.place(
        sheet,
        at,
        evaluate(
          parseFormula(formula.includes("[") ? plainRanges(formula, this.tableShapes()) : formula),
          (ref) => this.range(ref.sheet ?? sheet.name, ref.address),
          this.custom
        )
      );
    } catch (e) {
      if (e instanceof NotYet) throw e;
      result = asError(e);
    } finally {
      this.busy.delete(key);
    }
    this.results.set(key, result);
    this.log.results.push(key);
    return result;
  }

  /** A result in its cell; an array's other cells spill, unless something is in the way. */
  private place(sheet: MemorySheet, at: string, v: ArgValue): Calculated {
    // A formula that meets an empty cell shows 0, as in Excel (=B29 with B29 blank is 0).
    if (!Array.isArray(v)) return { value: v ?? 0 };
    // One cell (=B29 reads a one-cell range): a value, not a spill.
    if (v.length === 1 && v[0]?.length === 1) return { value: v[0][0] ?? 0 };
    const { col, row } = splitAddress(at);
    const targets: [string, Literal][] = [];
    v.forEach((cells, r) =>
      cells.forEach((x, c) => {
        if (r || c) targets.push([address(col + c, row + r), x ?? 0]);
      })
    );
    const blocked = targets.some(([t]) => {
      const c = sheet.cells.get(t);
      return (
        (c && (c.formula || (c.value !== null && c.value !== ""))) ||
        this.spilled.has(keyOf(sheet.name, t))
      );
    });
    if (blocked) return { error: "#SPILL!", detail: "The result needs empty cells to spill into." };
    this.extents.set(keyOf(sheet.name, at), { rows: v.length, cols: v[0]?.length ?? 1 });
    for (const [t, x] of targets) {
      this.spilled.set(keyOf(sheet.name, t), x);
      this.log.spilled.push(keyOf(sheet.name, t));
    }
    return { value: v[0]?.[0] ?? 0 };
  }

  private shapes?: TableShape[];

  /** The workbook's tables, for structured references (Streams[Total]): columns named by their header cells. */
  tableShapes(): TableShape[] {
    this.shapes ??= this.book.sheets.flatMap((sheet) =>
      sheet.tables.map((t) => {
        const [from, to] = t.range.split(":");
        const a = splitAddress(from);
        const b = splitAddress(to);
        const columns = Array.from({ length: b.col - a.col + 1 }, (_, j) =>
          String(sheet.cells.get(address(a.col + j, a.row))?.value ?? "")
        );
        const lastData = t.totalsRow ? b.row - 1 : b.row;
        return {
          sheet: sheet.name,
          name: t.name,
          columns,
          left: a.col,
          firstData: a.row + 1,
          lastData,
        };
      })
    );
    return this.shapes;
  }

  /** An empty cell may hold part of a result spilled from above or to the left: work those out first. */
  private spillsInto(sheet: MemorySheet, at: string): void {
    const { col, row } = splitAddress(at);
    let list = this.anchors.get(sheet.name);
    if (!list) {
      list = [...sheet.cells].filter(([, c]) => c.formula && spills(c.formula)).map(([a]) => a);
      this.anchors.set(sheet.name, list);
    }
    for (const a of list) {
      const p = splitAddress(a);
      if (p.row > row || p.col > col || this.busy.has(keyOf(sheet.name, a))) continue;
      // Worked out ahead of need: if it needs a cell still being worked out, it cannot be
      // what fills this one, so the attempt is undone and it waits its turn.
      const mark = { results: this.log.results.length, spilled: this.log.spilled.length };
      this.ahead++;
      try {
        this.formula(sheet, a, sheet.cells.get(a)!.formula!);
      } catch (e) {
        if (!(e instanceof NotYet)) throw e;
        for (const k of this.log.results.splice(mark.results)) {
          this.results.delete(k);
          this.extents.delete(k);
        }
        for (const k of this.log.spilled.splice(mark.spilled)) this.spilled.delete(k);
      } finally {
        this.ahead--;
      }
    }
  }

  /** A referenced range's values; an error in it is met as Excel meets one. */
  private range(sheetName: string, ref: string): Literal[][] {
    const [from, to = from] = ref.split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    const out: Literal[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const row: Literal[] = [];
      for (let c = a.col; c <= b.col; c++) {
        const v = this.cell(sheetName, address(c, r));
        if ("error" in v) throw new FormulaError(v.error, v.detail);
        row.push(v.value);
      }
      out.push(row);
    }
    return out;
  }
}

function spills(formula: string): boolean {
  try {
    return mightSpill(parseFormula(formula));
  } catch {
    return false;
  }
}

/** What a failure shows in its cell, in Excel's words. */
function asError(e: unknown): Calculated {
  if (e instanceof FormulaError) return { error: e.code, detail: e.detail };
  if (isPoolError(e)) {
    const { message } = e;
    return /uses .*\(\)|uses the name/.test(message)
      ? { error: "#NAME?", detail: message }
      : { error: "#VALUE!", detail: message };
  }
  return { error: "#VALUE!" };
}
