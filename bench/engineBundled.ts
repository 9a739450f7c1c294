import type { EngineRow } from "./engine";
import { runBundled } from "./runBundled";

/**
 * The engine benchmark on the engine as it ships: bundled into one scope, in a process of
 * its own. Run straight from tsx's file-by-file transform, where every use of another
 * module's export goes through a getter, the same code measured about a third slower.
 */
export function engineBenchBundled(root: string): EngineRow[] {
  return runBundled<EngineRow[]>(root, "engineMain.ts");
}
