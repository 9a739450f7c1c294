import { expand, splitAddress, address } from "../../src/core/a1";
import type { MemorySheet } from "../../src/excel/memoryWorkbook";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { poolShare } from "../../src/functions/poolShare";
import { riskShare } from "../../src/functions/riskShare";

/**
 * Calculates a sheet the add-in wrote, for tests: the formula subset the sheet plans use
 * (references and ranges, + - * / & and =, SUM, N, IF, INDEX, MATCH, ROUND) and the POOL
 * functions through their real custom-function adapters, with their results spilling down
 * as in Excel. Enough to check that a sheet's figures follow its settings; not an Excel.
 */
type Value = number | string | boolean | null;
type Result = Value | Value[][];

const POOL: Record<string, (...args: unknown[]) => unknown[][]> = {
  "POOL.POOLSHARE": poolShare as never,
  "POOL.DEFICITSPLIT": deficitSplit as never,
  "POOL.RISKSHARE": riskShare as never,
};

/** Sheets calculated together: a formula on one may read another ('Pool'!B7). */
export class WorkbookEvaluator {
  private sheets = new Map<string, SheetEvaluator>();

  constructor(private wb: { sheet: (name: string) => MemorySheet }) {}

  for(name: string): SheetEvaluator {
    const key = name.toLowerCase();
    if (!this.sheets.has(key)) this.sheets.set(key, new SheetEvaluator(this.wb.sheet(name), this));
    return this.sheets.get(key)!;
  }

  clear(): void {
    for (const s of this.sheets.values()) s.clearCache();
  }
}

export class SheetEvaluator {
  private cache = new Map<string, Result>();

  constructor(
    private sheet: MemorySheet,
    readonly book?: WorkbookEvaluator
  ) {}

  clearCache(): void {
    this.cache.clear();
  }

  /** Set an input cell, as a user typing it would; everything recalculates. */
  set(at: string, value: Value): void {
    if (value === null) this.sheet.cells.delete(at);
    else this.sheet.cells.set(at, { value });
    if (this.book) this.book.clear();
    else this.cache.clear();
  }

  /** A cell's calculated value; a spilled cell takes its part of the anchor's array. */
  value(at: string): Value {
    const r = this.cell(at);
    return Array.isArray(r) ? r[0][0] : r;
  }

  private cell(at: string): Result {
    if (this.cache.has(at)) return this.cache.get(at)!;
    const c = this.sheet.cells.get(at);
    let result: Result;
    if (c?.formula) result = new Parser(c.formula.slice(1), this).parse();
    else if (c) result = c.value;
    else result = this.spilled(at);
    this.cache.set(at, result);
    return result;
  }

  /** An empty cell under an array formula takes its part of the spill. */
  private spilled(at: string): Value {
    const { col, row } = splitAddress(at);
    for (let r = row - 1; r >= 1; r--) {
      const above = address(col, r);
      if (!this.sheet.cells.get(above)?.formula) continue;
      const result = this.cell(above);
      return Array.isArray(result) ? (result[row - r]?.[0] ?? null) : null;
    }
    return null;
  }

  range(ref: string): Value[][] {
    const [from, to = from] = ref.replace(/\$/g, "").split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    const cells = expand(`${from}:${to}`).map((x) => this.value(x));
    const width = b.col - a.col + 1;
    return Array.from({ length: b.row - a.row + 1 }, (_, i) =>
      cells.slice(i * width, (i + 1) * width)
    );
  }
}

const scalar = (r: Result): Value => (Array.isArray(r) ? r[0][0] : r);
const num = (r: Result): number => {
  const v = scalar(r);
  return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === null ? 0 : NaN;
};
const flat = (r: Result): Value[] => (Array.isArray(r) ? r.flat() : [r]);

class Parser {
  private tokens: string[];
  private i = 0;

  constructor(
    text: string,
    private ev: SheetEvaluator
  ) {
    this.tokens =
      text.match(
        /(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|"(?:[^"]|"")*"|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z][A-Z0-9.]*(?=\()|\d+(?:\.\d+)?|<>|[-+*/&=(),]/g
      ) ?? [];
  }

  parse(): Result {
    return this.comparison();
  }

  private peek = () => this.tokens[this.i];
  private next = () => this.tokens[this.i++];

  private comparison(): Result {
    let left = this.concat();
    while (this.peek() === "=" || this.peek() === "<>") {
      const op = this.next();
      const right = this.concat();
      const a = scalar(left);
      const b = scalar(right);
      const same =
        typeof a === "string" && typeof b === "string"
          ? a.toLowerCase() === b.toLowerCase()
          : (a ?? "") === (b ?? "");
      left = op === "=" ? same : !same;
    }
    return left;
  }

  private concat(): Result {
    let left = this.additive();
    while (this.peek() === "&") {
      this.next();
      left = `${scalar(left) ?? ""}${scalar(this.additive()) ?? ""}`;
    }
    return left;
  }

  private additive(): Result {
    let left = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      const right = this.term();
      left = op === "+" ? num(left) + num(right) : num(left) - num(right);
    }
    return left;
  }

  private term(): Result {
    let left = this.unary();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.next();
      const right = this.unary();
      left = op === "*" ? num(left) * num(right) : num(left) / num(right);
    }
    return left;
  }

  private unary(): Result {
    if (this.peek() === "-") {
      this.next();
      return -num(this.unary());
    }
    return this.primary();
  }

  private primary(): Result {
    const t = this.next();
    if (t === "(") {
      const r = this.parse();
      this.next();
      return r;
    }
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(t)) return Number(t);
    if (this.peek() === "(") return this.call(t);
    const bang = t.lastIndexOf("!");
    const ev =
      bang < 0
        ? this.ev
        : this.ev.book!.for(
            t
              .slice(0, bang)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'")
          );
    const at = t.slice(bang + 1);
    if (at.includes(":")) return ev.range(at);
    return ev.value(at.replace(/\$/g, ""));
  }

  private call(name: string): Result {
    this.next(); // (
    const args: (Result | undefined)[] = [];
    while (this.peek() !== ")") {
      if (this.peek() === ",") {
        this.next();
        if (args.length === 0 || this.peek() === "," || this.peek() === ")") args.push(undefined);
        continue;
      }
      args.push(this.parse());
    }
    this.next(); // )
    const fn = POOL[name];
    if (fn) return fn(...args) as Value[][];
    switch (name) {
      case "SUM":
        return args
          .flatMap((a) => flat(a ?? null))
          .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      case "COUNT":
        return args.flatMap((a) => flat(a ?? null)).filter((v) => typeof v === "number").length;
      case "SUMIF": {
        // Only the criteria the sheets use: "" (blank) and "<>" (not blank).
        const crit = scalar(args[1] ?? null);
        const test = flat(args[0] ?? null);
        const sum = flat(args[2] ?? args[0] ?? null);
        const blank = (v: Value) => v === null || v === "";
        return test.reduce<number>((s, v, k) => {
          const hit = crit === "" ? blank(v) : crit === "<>" ? !blank(v) : false;
          return s + (hit && typeof sum[k] === "number" ? (sum[k] as number) : 0);
        }, 0);
      }
      case "N":
        return typeof scalar(args[0] ?? null) === "number" ? (scalar(args[0]!) as number) : 0;
      case "IF":
        return scalar(args[0] ?? null) ? (args[1] ?? 0) : (args[2] ?? false);
      case "ROUND": {
        const f = 10 ** num(args[1] ?? 0);
        return Math.round(num(args[0] ?? 0) * f) / f;
      }
      case "INDEX": {
        const a = args[0] as Value[][];
        const r = num(args[1] ?? 1);
        return a.length === 1
          ? a[0][r - 1]
          : a[r - 1][args[2] === undefined ? 0 : num(args[2]) - 1];
      }
      case "MATCH": {
        const want = String(scalar(args[0] ?? null)).toLowerCase();
        const at = flat(args[1] ?? null).findIndex((v) => String(v).toLowerCase() === want);
        return at < 0 ? "#N/A" : at + 1;
      }
      default:
        throw new Error(`The test evaluator does not know ${name}`);
    }
  }
}
