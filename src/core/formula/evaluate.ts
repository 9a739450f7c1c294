import { FormulaNode, Literal } from "./parse";
import { Refuse } from "../messages";

/** A value as a formula's argument hands it on: one cell's value or a range's grid. */
export type ArgValue = Literal | Literal[][];

/** A reference's values, as the workbook holds them. */
export type Lookup = (ref: { sheet?: string; address: string }) => Literal[][];

const cannot = Refuse.formulaBeyondExplanation;

/**
 * Work out an argument: references, typed values and arrays as they are; + − × ÷, &,
 * comparisons, SUM, ROUND, N and IF on them. Anything else is refused with a message, never
 * guessed.
 */
export function evaluate(node: FormulaNode, lookup: Lookup): ArgValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "blank":
      return null;
    case "ref":
      return lookup(node);
    case "array":
      return node.rows;
    case "name":
      throw cannot(`The formula uses the name ${node.name}`);
    case "unary": {
      const x = number(evaluate(node.arg, lookup));
      return node.op === "-" ? -x : x;
    }
    case "binary":
      return binary(node.op, evaluate(node.left, lookup), evaluate(node.right, lookup));
    case "call":
      if (node.name === "SUM") {
        return node.args
          .flatMap((a) => cells(evaluate(a, lookup)))
          .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      }
      if (node.name === "ROUND" && node.args.length === 2) {
        // Half away from zero, as Excel rounds.
        const f = 10 ** number(evaluate(node.args[1], lookup));
        const x = number(evaluate(node.args[0], lookup));
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      if (node.name === "N" && node.args.length === 1) {
        const x = one(evaluate(node.args[0], lookup));
        return typeof x === "number" ? x : 0;
      }
      if (node.name === "IF" && node.args.length >= 2) {
        const branch = truthy(evaluate(node.args[0], lookup)) ? node.args[1] : node.args[2];
        return branch ? evaluate(branch, lookup) : false;
      }
      throw cannot(`The formula uses ${node.name}() inside a POOL function's arguments`);
  }
}

const cells = (v: ArgValue): Literal[] => (Array.isArray(v) ? v.flat() : [v]);
const one = (v: ArgValue): Literal => (Array.isArray(v) ? (v[0]?.[0] ?? null) : v);

function number(v: ArgValue): number {
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

function binary(op: string, a: ArgValue, b: ArgValue): Literal {
  switch (op) {
    case "+":
      return number(a) + number(b);
    case "-":
      return number(a) - number(b);
    case "*":
      return number(a) * number(b);
    case "/":
      return number(a) / number(b);
    case "^":
      return number(a) ** number(b);
    case "&":
      return `${one(a) ?? ""}${one(b) ?? ""}`;
  }
  const c = compare(one(a), one(b));
  return op === "="
    ? c === 0
    : op === "<>"
      ? c !== 0
      : op === "<"
        ? c < 0
        : op === ">"
          ? c > 0
          : op === "<="
            ? c <= 0
            : c >= 0;
}

/** Excel's comparison: text without regard to case; a blank equals "" and 0. */
function compare(a: Literal, b: Literal): number {
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
