import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { EngineRow } from "./engine";

/**
 * Run the engine benchmark on the engine as it ships: bundled into one scope (as webpack's
 * production build concatenates modules), in a fresh process so nothing else measured here
 * has shaped V8's view of the code. Run straight from tsx's file-by-file transform, where
 * every use of another module's export goes through a getter, the same code measured about
 * a third slower.
 */
export function engineBenchBundled(root: string): EngineRow[] {
  const outfile = join(tmpdir(), `pool-engine-bench-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(root, "bench", "engineMain.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  try {
    const out = execFileSync(process.execPath, [outfile], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(out) as EngineRow[];
  } finally {
    rmSync(outfile, { force: true });
  }
}
