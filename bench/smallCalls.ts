import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { SmallCallRow } from "./smallCallsMain";

/**
 * Single calls over a pool's 5 or 30 partners, on the shipped dist/functions.js (build it
 * first), in a process of its own so nothing else measured here shapes V8's view of it.
 */
export function smallCallBench(root: string): SmallCallRow[] {
  const outfile = join(tmpdir(), `pool-small-calls-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(root, "bench", "smallCallsMain.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  try {
    const out = execFileSync(process.execPath, [outfile, root], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(out) as SmallCallRow[];
  } finally {
    rmSync(outfile, { force: true });
  }
}
