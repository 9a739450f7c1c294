import { runBundled } from "./runBundled";
import type { SmallCallRow } from "./smallCallsMain";

/** Single calls over a pool's 5 or 30 partners, on the shipped dist/functions.js (build it first). */
export function smallCallBench(root: string): SmallCallRow[] {
  return runBundled<SmallCallRow[]>(root, "smallCallsMain.ts", [root]);
}
