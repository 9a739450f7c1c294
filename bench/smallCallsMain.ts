// Entry point for the small-call benchmark's own process: loads the shipped
// dist/functions.js the way Excel's runtime does (it registers each function with
// CustomFunctions.associate), then times single calls over a pool's handful of partners,
// each beside a plain float split of the same numbers. Prints rows as JSON. The gate on
// them is a regression alarm (150 ×, README Decisions), not a target: Excel's own cost per
// call is far larger.
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
  /** A plain float split of the same contributions, timed in the same run. */
  baselineNs: number;
  ratio: number;
}

const rows: SmallCallRow[] = [];
for (const n of [5, 30]) {
  // Hertfordshire-like figures: a council and PCTs with uneven contributions, in pounds and
  // pence as an agreement states them.
  const c = Array.from({ length: n }, (_, i) => Math.round(8e9 / (i + 1) + 123456 * i) / 100);
  const column = c.map((x) => [x]);
  const caps = c.map((_, i) => [i === 0 ? 50000 : null]);
  const variance = 1_000_000.01;
  const time = (fn: () => unknown) => {
    for (let k = 0; k < 2000; k++) fn(); // as repeated recalculation warms it in Excel
    return timeNs(fn, 20, 9);
  };
  // The baseline works out the same proportional split as the call, bar the pennies.
  agree(floatSplit(variance, column), registered.DEFICITSPLIT(variance, column));
  // On a shared machine other work only ever adds time, and it comes and goes in bursts
  // longer than one timing: so each call and the baseline are timed in turn, five rounds,
  // and each keeps its fastest round.
  const add = (name: string, fn: () => unknown) => {
    const best = [Infinity, Infinity];
    const plain = () => floatSplit(variance, column);
    for (let round = 0; round < 5; round++) {
      best[0] = Math.min(best[0], time(fn));
      best[1] = Math.min(best[1], time(plain));
    }
    rows.push({ name, n, ns: best[0], baselineNs: best[1], ratio: best[0] / best[1] });
  };
  add("DEFICITSPLIT proportional", () => registered.DEFICITSPLIT(variance, column));
  add("POOLSHARE with amount", () => registered.POOLSHARE(column, variance));
  add("DEFICITSPLIT capped, one cap", () =>
    registered.DEFICITSPLIT(variance, column, "capped", caps)
  );
}
process.stdout.write(JSON.stringify(rows));
