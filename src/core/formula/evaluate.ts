import { Refuse } from "../messages";
import { NATIVE } from "./functions";
import { FormulaNode, Literal } from "./parse";
import { ArgValue, compare, FormulaError, grid, holds, number, one, truthy } from "./values";

export type { ArgValue } from "./values";
export { FormulaError, truthy } from "./values";

/** A reference's values, as the workbook holds them. */
export type Lookup = (ref: { sheet?: string; address: string }) => Literal[][];

/**
 * Functions beyond Excel's own (the POOL functions, through their adapters), given their
 * arguments worked out (undefined for one left blank); undefined for a name it does not know.
 */
export type Custom = (name: string, args: (ArgValue | undefined)[]) => ArgValue | undefined;

const cannot = Refuse.formulaBeyondExplanation;

/**
 * Work out a formula as Excel does: references, typed values and arrays; arithmetic, &
 * and comparisons, cell by cell over ranges (array arithmetic, as Excel 365); the native
 * functions the add-in's sheets use (functions.ts); and, through `custom`, the POOL
 * functions. An Excel error is thrown as a FormulaError; a function it does not know is
 * refused with a message, never guessed.
 */
export function evaluate(node: FormulaNode, lookup: Lookup, custom?: Custom): ArgValue {
  const ev = (n: FormulaNode) => evaluate(n, lookup, custom);
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
      const x = ev(node.arg);
      return node.op === "-" ? lift([x], ([v]) => -number(v)) : x;
    }
    case "binary": {
      const op = node.op;
      return lift([ev(node.left), ev(node.right)], ([a, b]) => binary(op, a, b));
    }
    case "call":
      return call(node.name, node.args, ev, custom);
  }
}

function call(
  name: string,
  args: FormulaNode[],
  ev: (n: FormulaNode) => ArgValue,
  custom: Custom | undefined
): ArgValue {
  if (name === "IF" && args.length >= 2) {
    const branch = truthy(ev(args[0])) ? args[1] : args[2];
    return branch ? ev(branch) : false;
  }
  if (name === "IFERROR" && args.length === 2) {
    try {
      return ev(args[0]);
    } catch (e) {
      if (e instanceof FormulaError) return ev(args[1]);
      throw e;
    }
  }
  if (name === "CHOOSE" && args.length >= 2) {
    const k = number(ev(args[0]));
    if (!(k >= 1 && k < args.length)) throw new FormulaError("#VALUE!");
    return ev(args[Math.floor(k)]);
  }
  const native = NATIVE[name];
  if (native) return native(args.map((a) => (a.kind === "blank" ? null : ev(a))));
  const result = custom?.(
    name,
    args.map((a) => (a.kind === "blank" ? undefined : ev(a)))
  );
  if (result !== undefined) return result;
  throw cannot(`The formula uses ${name}() inside a POOL function's arguments`);
}

/** An operation cell by cell when any operand is a range, as Excel 365's array arithmetic. */
function lift(values: ArgValue[], f: (cell: Literal[]) => Literal): ArgValue {
  if (values.every((v) => !Array.isArray(v) || (v.length === 1 && v[0].length === 1))) {
    return f(values.map(one));
  }
  const grids = values.map(grid);
  const rows = Math.max(...grids.map((g) => g.length));
  const cols = Math.max(...grids.map((g) => g[0]?.length ?? 0));
  const at = (g: Literal[][], r: number, c: number) => {
    const v = g[g.length === 1 ? 0 : r]?.[g[0].length === 1 ? 0 : c];
    if (v === undefined) throw new FormulaError("#N/A");
    return v;
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => f(grids.map((g) => at(g, r, c))))
  );
}

function binary(op: string, a: Literal, b: Literal): Literal {
  switch (op) {
    case "+":
      return number(a) + number(b);
    case "-":
      return number(a) - number(b);
    case "*":
      return number(a) * number(b);
    case "/":
      if (number(b) === 0) throw new FormulaError("#DIV/0!");
      return number(a) / number(b);
    case "^":
      return number(a) ** number(b);
    case "&":
      return `${text(a)}${text(b)}`;
  }
  return holds(op, compare(a, b));
}

/** A value as & joins it: TRUE and FALSE in capitals, as Excel shows them. */
const text = (v: Literal) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : (v ?? ""));
