import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  functionsGzipBytes: number;
  paneInitialGzipBytes: number;
  paneInitialFiles: string[];
  largestModules: { name: string; bytes: number }[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Production build, then what Excel downloads: the functions bundle, and every script taskpane.html loads before Home works. */
export function bundleBench(root: string): BundleReport {
  const stats = join(root, "generated", "webpack-stats.json");
  execFileSync("npm", ["run", "templates"], { cwd: root, stdio: "ignore" });
  execFileSync("npx", ["webpack", "--mode", "production", `--json=${stats}`], {
    cwd: root,
    stdio: "ignore",
  });
  const dist = join(root, "dist");
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // Office.js itself comes from Microsoft's CDN (cached across add-ins), so it is not counted.
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("http"));
  const json = JSON.parse(readFileSync(stats, "utf8")) as {
    modules: { name: string; size: number; chunks: (string | number)[] }[];
    chunks: { id: string | number; names: string[]; initial: boolean }[];
  };
  const initial = new Set(
    json.chunks.filter((c) => c.initial && c.names.some((n) => n !== "preview")).map((c) => c.id)
  );
  const largestModules = json.modules
    .filter((m) => m.chunks.some((c) => initial.has(c)))
    .sort((a, b) => b.size - a.size)
    .slice(0, 10)
    .map((m) => ({ name: m.name, bytes: m.size }));
  return {
    functionsGzipBytes: gz(join(dist, "functions.js")),
    paneInitialGzipBytes: scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0),
    paneInitialFiles: scripts,
    largestModules,
  };
}
