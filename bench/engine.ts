import { coerceAmounts, deficitSplit, poolShare } from "../src/core";
import { rng, timeNs } from "./measure";

export interface EngineRow {
  name: string;
  n: number;
  nsPerElement: number;
  baselineNsPerElement: number;
  ratio: number;
}

function baseline(n: number): number {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i * 0.5;
  let sink = 0;
  const ns = timeNs(() => {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[i];
    sink += s;
  });
  if (sink === -1) console.log(sink);
  return ns / n;
}

/** Contributions in whole pounds, as a pool's partners would have. */
function contributions(n: number): number[] {
  const r = rng(n);
  return Array.from({ length: n }, () => 1000 + Math.floor(r() * 1_000_000));
}

/** Caps that bind for about half the partners, so redistribution has real work to do. */
function capsFor(c: number[], variance: number): number[] {
  const total = c.reduce((a, b) => a + b, 0);
  const r = rng(7);
  return c.map((x) => Math.floor(((variance * x) / total) * (r() < 0.5 ? 0.6 : 3)) + 1);
}

/** Cells as they come from a messy sheet: numbers, money text, bracketed negatives, blanks. */
function messyCells(n: number): (string | number | null)[][] {
  const r = rng(3);
  return Array.from({ length: n }, (_, i) => {
    const k = i % 4;
    const v = Math.floor(r() * 100000);
    return [
      k === 0
        ? v
        : k === 1
          ? `£${v.toLocaleString("en-GB")}`
          : k === 2
            ? `(${v.toLocaleString("en-GB")})`
            : null,
    ];
  });
}

export function engineBench(sizes = [1e3, 1e4, 1e5, 1e6]): EngineRow[] {
  const rows: EngineRow[] = [];
  for (const n of sizes) {
    // The baseline is noisy on a shared machine: take the median of three measurements.
    const base = [baseline(n), baseline(n), baseline(n)].sort((a, b) => a - b)[1];
    const c = contributions(n);
    // An overspend of 7.31% of the pool, to the penny: remainders spread as real ones do.
    // A round 10% of whole-pound contributions makes every remainder bunch near 0 (or
    // 0.99999x): reported on its own row.
    const total = c.reduce((a, b) => a + b, 0);
    const variance = Math.round(total * 7.31) / 100;
    const exact = Math.round(total * 0.1);
    const add = (name: string, fn: () => unknown, warm: () => unknown) => {
      // Excel calls a function many times as a workbook recalculates; warm it the same way,
      // on small inputs, so V8 has optimised it before the large input is timed.
      for (let k = 0; k < 200; k++) warm();
      const ns = timeNs(fn) / n;
      rows.push({ name, n, nsPerElement: ns, baselineNsPerElement: base, ratio: ns / base });
    };
    const k = Math.min(n, 1000);
    const sc = c.slice(0, k);
    const sv = Math.round(variance / (n / k)) + 0.37;
    // Each group's inputs live only while it is measured, so no row pays for the garbage
    // collector walking another row's million small arrays or strings.
    {
      const basis = c.map((x) => [x]);
      const sb = basis.slice(0, k);
      add(
        "poolShare",
        () => poolShare(basis),
        () => poolShare(sb)
      );
      add(
        "poolShare with amount",
        () => poolShare(basis, variance),
        () => poolShare(sb, sv)
      );
    }
    {
      add(
        "deficitSplit proportional",
        () => deficitSplit(variance, c),
        () => deficitSplit(sv, sc)
      );
      add(
        "deficitSplit proportional, bunched",
        () => deficitSplit(exact, c),
        () => deficitSplit(Math.round(sv), sc)
      );
      const caps = capsFor(c, variance);
      const scaps = caps.slice(0, k);
      add(
        "deficitSplit capped",
        () => deficitSplit(variance, c, { method: "capped", caps }),
        () => {
          try {
            deficitSplit(sv, sc, { method: "capped", caps: scaps });
          } catch {
            // small caps may not cover the small overspend; the call still warms the code
          }
        }
      );
    }
    {
      const cells = messyCells(n);
      const scells = cells.slice(0, k);
      add(
        "input coercion",
        () => coerceAmounts(cells, "contributions"),
        () => coerceAmounts(scells, "contributions")
      );
    }
  }
  return rows;
}
