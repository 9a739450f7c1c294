import { Refuse } from "../messages";
import type { Literal } from "./parse";

/** A value as a formula's argument hands it on: one cell's value or a range's grid. */
export type ArgValue = Literal | Literal[][];

/** An Excel error as a formula meets it ("#N/A", "#DIV/0!"): thrown, and caught by IFERROR. */
export class FormulaError extends Error {
  constructor(
    readonly code: string,
    /** What caused it, in words, where known (a POOL function's message). */
    readonly detail?: string
  ) {
    super(detail ?? code);
    this.name = "FormulaError";
  }
}

export const cells = (v: ArgValue): Literal[] => (Array.isArray(v) ? v.flat() : [v]);
export const one = (v: ArgValue): Literal => (Array.isArray(v) ? (v[0]?.[0] ?? null) : v);
export const grid = (v: ArgValue): Literal[][] => (Array.isArray(v) ? v : [[v]]);

/** A value as a number, as Excel's arithmetic takes it: blank 0, TRUE 1, numeric text read. */
export function number(v: ArgValue): number {
  const x = one(v);
  if (x === null || x === "") return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  const n = Number(x);
  if (Number.isFinite(n)) return n;
  throw Refuse.textInSum(String(x));
}

export function truthy(v: ArgValue): boolean {
  const x = one(v);
  return typeof x === "string" ? x.toUpperCase() === "TRUE" : Boolean(x);
}

/** Excel's comparison: text without regard to case; a blank equals "" and 0. */
export function compare(a: Literal, b: Literal): number {
  const norm = (x: Literal, other: Literal) =>
    x === null ? (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0) : x;
  const x = norm(a, b);
  const y = norm(b, a);
  if (typeof x === "string" && typeof y === "string") {
    return x.toLowerCase().localeCompare(y.toLowerCase());
  }
  if (typeof x === typeof y) return x === y ? 0 : (x as number) < (y as number) ? -1 : 1;
  // Excel orders numbers before text before booleans.
  const rank = (v: Literal) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  return rank(x) - rank(y);
}

/** Whether a comparison holds, from compare's sign: "=", "<>", "<", ">", "<=" or ">=". */
export function holds(op: string, c: number): boolean {
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** Half away from zero, as Excel rounds. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}
