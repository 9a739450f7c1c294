/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import {
  coerceOptionalNumber,
  Explanation,
  evaluate,
  explainAlignVsPool,
  explainDeficitSplit,
  explainFinYear,
  explainPoolShare,
  explainReallocate,
  explainRiskShare,
  FormulaSource,
  isPoolError,
  labelRangeFor,
  parseFormula,
  PoolCall,
  poolCallsIn,
  FormulaNode,
} from "../core";
import type { ArgValue, Literal, Lookup } from "../core";
import { readAlignVsPoolArgs } from "./args/alignVsPoolArgs";
import { readDeficitSplitArgs } from "./args/deficitSplitArgs";
import { readDate } from "./args/finYearArgs";
import { readPoolShareArgs } from "./args/poolShareArgs";
import { readReallocateArgs } from "./args/reallocateArgs";
import { readRiskShareArgs } from "./args/riskShareArgs";

export type ExplainResult =
  { ok: true; fn: string; explanation: Explanation } | { ok: false; message: string };

const NOT_POOL =
  "Select a cell holding a POOL function (such as =POOL.DEFICITSPLIT(…)), or one cell of the results it spills into.";

/**
 * Explain the selected cell: find the POOL call in its formula, read the call's arguments
 * from the cells exactly as the function does, and have the engine explain the figure for
 * the selected cell of the result. Never throws: a problem comes back as a message.
 */
export function explainFormula(src: FormulaSource): ExplainResult {
  if (!src.formula || !/POOL\./i.test(src.formula)) return { ok: false, message: NOT_POOL };
  try {
    const lookup: Lookup = (ref) => {
      const sheet = (ref.sheet ?? src.sheet).toLowerCase();
      const hit = src.inputs.find(
        (x) => x.sheet.toLowerCase() === sheet && x.address === ref.address
      );
      if (!hit) throw new Error(`${ref.address} was not read`);
      return hit.values;
    };
    const calls = poolCallsIn(parseFormula(src.formula), lookup);
    if (calls.length === 0) return { ok: false, message: NOT_POOL };
    const tried = calls.map((call) => explainCall(call, src, lookup));
    // Where an IF could not be worked out, the call whose figure the cell shows.
    const chosen = tried.find((t) => t.ok && matches(t.explanation.figure, src.shown)) ?? tried[0];
    if (
      chosen.ok &&
      src.shown !== null &&
      src.shown !== "" &&
      !matches(chosen.explanation.figure, src.shown)
    ) {
      chosen.explanation.steps.push(
        `The cell shows ${show(src.shown)}, but its inputs give ${show(chosen.explanation.figure)} now: recalculate (Formulas > Calculate Now) and explain it again.`
      );
    }
    return chosen;
  } catch (e) {
    return { ok: false, message: isPoolError(e) ? e.message : NOT_POOL };
  }
}

function explainCall(call: PoolCall, src: FormulaSource, lookup: Lookup): ExplainResult {
  const fn = `POOL.${call.fn}`;
  try {
    // An omitted argument reaches the function as undefined, as Excel leaves it.
    const args = call.args.map((a) => (a.kind === "blank" ? undefined : evaluate(a, lookup)));
    const explanation = explainArgs(call, args, src, lookup);
    if (!explanation) {
      return {
        ok: false,
        message: `The selected cell is outside what ${fn} returns here; select a cell of its result.`,
      };
    }
    return { ok: true, fn, explanation };
  } catch (e) {
    if (!isPoolError(e)) throw e;
    return { ok: false, message: `${fn} returns an error here: ${e.message}` };
  }
}

/** An argument as Excel hands it to a range parameter (a grid) or a value parameter. */
const grid = (v: ArgValue | undefined): any[][] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [[v]];
const value = (v: ArgValue | undefined): any =>
  Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : v) : v;

function explainArgs(
  call: PoolCall,
  args: (ArgValue | undefined)[],
  src: FormulaSource,
  lookup: Lookup
): Explanation | undefined {
  const { row, col } = src.offset;
  const names = (k: number) => partnerNames(call.args[k], lookup);
  switch (call.fn) {
    case "DEFICITSPLIT": {
      const a = readDeficitSplitArgs(
        value(args[0]),
        grid(args[1])!,
        value(args[2]),
        grid(args[3]),
        value(args[4]),
        value(args[5]),
        value(args[6])
      );
      if (row >= a.rows || col >= a.cols) return undefined;
      return explainDeficitSplit(
        a.variance,
        a.contributions,
        a.options,
        row * a.cols + col,
        names(1)
      );
    }
    case "RISKSHARE": {
      const a = readRiskShareArgs(value(args[0]), grid(args[1])!, grid(args[2])!, value(args[3]));
      if (row >= a.rows || col >= a.cols) return undefined;
      const i = row * a.cols + col;
      return explainRiskShare(a.variance, a.contributions, a.bands, a.underspend, i, names(1));
    }
    case "POOLSHARE": {
      const a = readPoolShareArgs(grid(args[0])!, value(args[1]), grid(args[2]), grid(args[3]));
      const i = a.orientation === "row" ? col : row;
      if ((a.orientation === "row" ? row : col) !== 0 || i >= a.basis.length) return undefined;
      return explainPoolShare(a.basis, a.amount, a.weights, a.fixed, i, names(0));
    }
    case "REALLOCATE": {
      const a = readReallocateArgs(value(args[0]), grid(args[1])!, grid(args[2])!, value(args[3]));
      if (row >= a.current.length || col > 1) return undefined;
      return explainReallocate(
        a.total,
        a.current,
        a.need,
        a.maxChange,
        row,
        col as 0 | 1,
        names(1)
      );
    }
    case "ALIGNVSPOOL": {
      const a = readAlignVsPoolArgs(grid(args[0])!, grid(args[1]), value(args[2]), value(args[3]));
      if (row !== 0 || col > (a.showReasons ? 2 : 1)) return undefined;
      return explainAlignVsPool(a.answers, a.weights, a.statutory, col as 0 | 1 | 2);
    }
    case "FINYEAR": {
      const dates = grid(args[0])!;
      const start = coerceOptionalNumber(value(args[1]), "start month") ?? 4;
      const cell = dates[row]?.[col];
      if (cell === undefined) return undefined;
      return explainFinYear(readDate(cell), start);
    }
  }
}

/** Partners' names from column A of the same rows, where every one of them is text. */
function partnerNames(node: FormulaNode | undefined, lookup: Lookup): string[] | undefined {
  if (node?.kind !== "ref") return undefined;
  const at = labelRangeFor(node.address);
  if (!at) return undefined;
  try {
    const cells = lookup({ sheet: node.sheet, address: at }).map((r) => r[0]);
    return cells.every((c) => typeof c === "string" && c.trim() !== "" && !/^total/i.test(c))
      ? (cells as string[])
      : undefined;
  } catch {
    return undefined;
  }
}

function matches(figure: number | string, shown: Literal): boolean {
  if (typeof figure === "number" && typeof shown === "number")
    return Math.abs(figure - shown) < 0.0005;
  return String(figure) === String(shown ?? "");
}

const show = (x: Literal | number | string): string =>
  typeof x === "number" ? x.toLocaleString("en-GB", { maximumFractionDigits: 6 }) : String(x);
