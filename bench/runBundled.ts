import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

/**
 * Bundle a benchmark entry into one scope (as webpack's production build concatenates
 * modules) and run it in a fresh process, so nothing else measured here has shaped V8's
 * view of the code; the entry prints its rows as JSON.
 */
export function runBundled<T>(root: string, entry: string, args: string[] = []): T {
  const outfile = join(tmpdir(), `pool-bench-${process.pid}-${entry.replace(/\W/g, "")}.cjs`);
  buildSync({
    entryPoints: [join(root, "bench", entry)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  try {
    const out = execFileSync(process.execPath, [outfile, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(out) as T;
  } finally {
    rmSync(outfile, { force: true });
  }
}
