import { FormulaNode } from "./parse";
import { evaluate, Lookup, truthy } from "./evaluate";

/** The POOL functions by their names in a formula: "POOL.DEFICITSPLIT". */
export const POOL_FUNCTIONS = [
  "POOLSHARE",
  "DEFICITSPLIT",
  "ALIGNVSPOOL",
  "FINYEAR",
  "RISKSHARE",
  "REALLOCATE",
] as const;
export type PoolFunction = (typeof POOL_FUNCTIONS)[number];

export interface PoolCall {
  fn: PoolFunction;
  args: FormulaNode[];
}

function poolName(name: string): PoolFunction | undefined {
  const m = /^POOL\.(\w+)$/.exec(name.toUpperCase());
  return m ? POOL_FUNCTIONS.find((f) => f === m[1]) : undefined;
}

/**
 * The POOL calls a formula may return: where an IF's condition can be worked out, only the
 * branch it takes (the Pool sheet's split column picks RISKSHARE or DEFICITSPLIT by the
 * rule cell); otherwise every call found, outermost first.
 */
export function poolCallsIn(node: FormulaNode, lookup: Lookup): PoolCall[] {
  if (node.kind === "unary") return poolCallsIn(node.arg, lookup);
  if (node.kind === "binary")
    return [...poolCallsIn(node.left, lookup), ...poolCallsIn(node.right, lookup)];
  if (node.kind !== "call") return [];
  const fn = poolName(node.name);
  if (fn) return [{ fn, args: node.args }];
  if (node.name === "IF" && node.args.length >= 2) {
    try {
      const branch = truthy(evaluate(node.args[0], lookup)) ? node.args[1] : node.args[2];
      return branch ? poolCallsIn(branch, lookup) : [];
    } catch {
      // A condition we cannot work out: either branch may be the one.
    }
  }
  return node.args.flatMap((a) => poolCallsIn(a, lookup));
}
