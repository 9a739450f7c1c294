// Entry point for the small-call benchmark's own process: loads the shipped
// dist/functions.js the way Excel's runtime does (it registers each function with
// CustomFunctions.associate), then times single calls over a pool's handful of partners,
// each beside a plain float split of the same numbers. Prints rows as JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { timeNs } from "./measure";

type Fn = (...args: unknown[]) => unknown[][];
const registered: Record<string, Fn> = {};

class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}
Object.assign(globalThis, {
  CustomFunctions: {
    associate: (id: string, fn: Fn) => (registered[id] = fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  },
});
runInThisContext(readFileSync(join(process.argv[2], "dist", "functions.js"), "utf8"));

/**
 * The baseline: a plain float split of the same numbers, read from and returned in the
 * shape Excel passes and wants (a column of one-cell rows), with no pennies and no checks.
 */
function floatSplit(variance: number, column: number[][]): number[][] {
  let sum = 0;
  for (let i = 0; i < column.length; i++) sum += column[i][0];
  const out: number[][] = [];
  for (let i = 0; i < column.length; i++) out.push([(variance * column[i][0]) / sum]);
  return out;
}

/**
 * The capped call's baseline: a plain float capped split of the same numbers, the caps
 * included (a blank cap is none), in the same shape and as lean as floatSplit. Partners
 * whose share in proportion would break their cap pay their cap, lowest
 * cap-to-contribution first (ordered by insertion, as a pool has few caps); the rest
 * share what is left in proportion. No pennies and no checks.
 */
function floatCappedSplit(
  variance: number,
  column: number[][],
  caps: (number | null)[][]
): number[][] {
  const n = column.length;
  let left = variance;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += column[i][0];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const cap = caps[i][0];
    if (cap === null) continue;
    let at = order.length;
    order.push(i);
    while (at > 0 && caps[order[at - 1]][0]! / column[order[at - 1]][0] > cap / column[i][0]) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = i;
  }
  let held = 0;
  for (; held < order.length; held++) {
    const i = order[held];
    if ((left * column[i][0]) / sum <= caps[i][0]!) break;
    left -= caps[i][0]!;
    sum -= column[i][0];
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([(left * column[i][0]) / sum]);
  for (let k = 0; k < held; k++) out[order[k]][0] = caps[order[k]][0]!;
  return out;
}

function agree(float: number[][], exact: unknown[][]): void {
  float.forEach(([x], i) => {
    const y = exact[i][0];
    if (typeof y !== "number" || Math.abs(x - y) > 0.01) {
      throw new Error(`Baseline and call differ at partner ${i + 1}: ${x} against ${String(y)}`);
    }
  });
}

export interface SmallCallRow {
  name: string;
  n: number;
  ns: number;
  /** The plain float split of the same numbers: with the caps for the capped call. */
  baseline: string;
  baselineNs: number;
  ratio: number;
  /** For the capped call: × the plain float split without caps, reported beside it. */
  uncappedRatio?: number;
}

const rows: SmallCallRow[] = [];
for (const n of [5, 30]) {
  // Hertfordshire-like figures: a council and PCTs with uneven contributions.
  const c = Array.from({ length: n }, (_, i) => 80e6 / (i + 1) + 1234.56 * i);
  const column = c.map((x) => [x]);
  const caps = c.map((_, i) => [i === 0 ? 50000 : null]);
  const variance = 1_000_000.01;
  const time = (fn: () => unknown) => {
    for (let k = 0; k < 2000; k++) fn(); // as repeated recalculation warms it in Excel
    return timeNs(fn, 20, 9);
  };
  // Each baseline works out the same split as the call it stands beside, bar the pennies.
  agree(floatSplit(variance, column), registered.DEFICITSPLIT(variance, column));
  agree(
    floatCappedSplit(variance, column, caps),
    registered.DEFICITSPLIT(variance, column, "capped", caps)
  );
  // On a shared machine other work only ever adds time, and it comes and goes in bursts
  // longer than one timing: so each call and its baseline are timed in turn, five rounds,
  // and each keeps its fastest round.
  const fastest = (fns: (() => unknown)[]) => {
    const best = fns.map(() => Infinity);
    for (let round = 0; round < 5; round++) {
      fns.forEach((fn, k) => (best[k] = Math.min(best[k], time(fn))));
    }
    return best;
  };
  const plain = () => floatSplit(variance, column);
  const add = (name: string, fn: () => unknown, baseline?: () => unknown) => {
    const [ns, base, own] = fastest(baseline ? [fn, plain, baseline] : [fn, plain]);
    const row: SmallCallRow = baseline
      ? { name, n, ns, baseline: "a plain float capped split", baselineNs: own, ratio: ns / own }
      : { name, n, ns, baseline: "a plain float split", baselineNs: base, ratio: ns / base };
    if (baseline) row.uncappedRatio = ns / base;
    rows.push(row);
  };
  add("DEFICITSPLIT proportional", () => registered.DEFICITSPLIT(variance, column));
  add("POOLSHARE with amount", () => registered.POOLSHARE(column, variance));
  add(
    "DEFICITSPLIT capped, one cap",
    () => registered.DEFICITSPLIT(variance, column, "capped", caps),
    () => floatCappedSplit(variance, column, caps)
  );
}
process.stdout.write(JSON.stringify(rows));
