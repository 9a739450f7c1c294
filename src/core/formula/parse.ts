import { Refuse } from "../messages";

/**
 * A small parser for the formulas "Explain this figure" reads: enough of Excel's grammar
 * (references, literals, arrays, operators, function calls) to find the POOL call in a
 * cell and what each of its arguments refers to. Formulas come as Range.formulas gives
 * them: en-US, commas between arguments, whatever the user's locale.
 */
export type Literal = string | number | boolean | null;

export type FormulaNode =
  | { kind: "literal"; value: Literal }
  | { kind: "ref"; sheet?: string; address: string }
  | { kind: "array"; rows: Literal[][] }
  | { kind: "blank" }
  | { kind: "call"; name: string; args: FormulaNode[] }
  | { kind: "unary"; op: string; arg: FormulaNode }
  | { kind: "binary"; op: string; left: FormulaNode; right: FormulaNode }
  | { kind: "name"; name: string };

type Token = { type: string; text: string };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const TOKENS: [string, RegExp][] = [
  ["space", /^\s+/],
  ["string", /^"(?:[^"]|"")*"/],
  ["ref", new RegExp(`^(?:'(?:[^']|'')+'|[A-Za-z_][\\w.]*)!${CELL}(?![\\w(])`)],
  ["ref", new RegExp(`^${CELL}(?![\\w(.!])`)],
  ["number", /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/],
  ["error", /^#[A-Za-z0-9/]+[!?]?/],
  ["name", /^[A-Za-z_\\][\w.]*/],
  ["op", /^(?:<>|<=|>=|[-+*/^&=<>%])/],
  ["punct", /^[(),;{}]/],
];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let rest = text;
  while (rest.length) {
    const hit = TOKENS.map(([type, re]) => ({ type, m: re.exec(rest) })).find((t) => t.m);
    if (!hit) throw unreadable(`it has "${rest[0]}" where a value was expected`);
    if (hit.type !== "space") out.push({ type: hit.type, text: hit.m![0] });
    rest = rest.slice(hit.m![0].length);
  }
  return out;
}

const unreadable = (why: string) => Refuse.formulaUnreadable(why);

/** Parse a formula ("=…" or without the "="). */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (text?: string) => {
    const t = tokens[pos];
    if (!t || (text !== undefined && t.text !== text))
      throw unreadable(text ? `"${text}" was expected` : "it ends too soon");
    pos++;
    return t;
  };
  const binary = (ops: string[], next: () => FormulaNode) => (): FormulaNode => {
    let left = next();
    while (peek()?.type === "op" && ops.includes(peek().text)) {
      const op = take().text;
      left = { kind: "binary", op, left, right: next() };
    }
    return left;
  };
  const primary = (): FormulaNode => {
    const t = take();
    if (t.type === "number") return { kind: "literal", value: Number(t.text) };
    if (t.type === "string")
      return { kind: "literal", value: t.text.slice(1, -1).replace(/""/g, '"') };
    if (t.type === "ref") return refNode(t.text);
    if (t.type === "op" && (t.text === "-" || t.text === "+"))
      return { kind: "unary", op: t.text, arg: unary() };
    if (t.text === "(") {
      const inner = expression();
      take(")");
      return inner;
    }
    if (t.text === "{") return arrayConstant();
    if (t.type === "name") {
      const upper = t.text.toUpperCase();
      if (peek()?.text === "(") {
        take("(");
        const args: FormulaNode[] = [];
        if (peek()?.text !== ")") {
          for (;;) {
            args.push(
              peek()?.text === "," || peek()?.text === ")" ? { kind: "blank" } : expression()
            );
            if (peek()?.text !== ",") break;
            take(",");
          }
        }
        take(")");
        return { kind: "call", name: upper.replace(/^_XLFN\./, ""), args };
      }
      if (upper === "TRUE" || upper === "FALSE")
        return { kind: "literal", value: upper === "TRUE" };
      return { kind: "name", name: t.text };
    }
    throw unreadable(`"${t.text}" was not expected`);
  };
  const arrayConstant = (): FormulaNode => {
    const rows: Literal[][] = [[]];
    for (;;) {
      const neg = peek()?.text === "-" ? (take(), -1) : 1;
      const t = take();
      if (t.type === "number") rows[rows.length - 1].push(neg * Number(t.text));
      else if (t.type === "string")
        rows[rows.length - 1].push(t.text.slice(1, -1).replace(/""/g, '"'));
      else if (/^(TRUE|FALSE)$/i.test(t.text)) rows[rows.length - 1].push(/^TRUE$/i.test(t.text));
      else throw unreadable(`an array constant holds "${t.text}"`);
      const sep = take().text;
      if (sep === "}") return { kind: "array", rows };
      if (sep === ";") rows.push([]);
      else if (sep !== ",") throw unreadable(`"${sep}" in an array constant`);
    }
  };
  const percent = (): FormulaNode => {
    let node = primary();
    while (peek()?.text === "%") {
      take();
      node = { kind: "binary", op: "/", left: node, right: { kind: "literal", value: 100 } };
    }
    return node;
  };
  const unary = (): FormulaNode => percent();
  const power = binary(["^"], unary);
  const product = binary(["*", "/"], power);
  const sum = binary(["+", "-"], product);
  const concat = binary(["&"], sum);
  const expression = binary(["=", "<>", "<", ">", "<=", ">="], concat);
  const tree = expression();
  if (pos < tokens.length) throw unreadable(`"${tokens[pos].text}" was not expected`);
  return tree;
}

function refNode(text: string): FormulaNode {
  const bang = text.lastIndexOf("!");
  const address = text
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  if (bang < 0) return { kind: "ref", address };
  const sheet = text
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { kind: "ref", sheet, address };
}

/** Every reference in a formula, for loading their values in one go. */
export function referencesIn(node: FormulaNode): { sheet?: string; address: string }[] {
  switch (node.kind) {
    case "ref":
      return [{ sheet: node.sheet, address: node.address }];
    case "call":
      return node.args.flatMap(referencesIn);
    case "unary":
      return referencesIn(node.arg);
    case "binary":
      return [...referencesIn(node.left), ...referencesIn(node.right)];
    default:
      return [];
  }
}
