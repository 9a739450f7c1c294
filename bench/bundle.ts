import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  functionsGzipBytes: number;
  paneInitialGzipBytes: number;
  paneInitialFiles: string[];
  /** What the pane loads first, by package or source folder, in minified bytes before gzip. */
  largestModules: { name: string; bytes: number }[];
}

/** A module's package ("@fluentui/tokens", "react-dom") or source folder ("src/core/formula"). */
const ownerOf = (name: string) =>
  name
    .replace(/^\.\/node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, "$1")
    .replace(/^\.\/src\/([^/]+\/[^/.]+).*/, "src/$1");

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
  interface Module {
    name: string;
    size: number;
    chunks: (string | number)[];
    modules?: Module[];
  }
  const json = JSON.parse(readFileSync(stats, "utf8")) as {
    modules: Module[];
    chunks: { id: string | number; names: string[]; initial: boolean }[];
  };
  const initial = new Set(
    json.chunks.filter((c) => c.initial && c.names.some((n) => n !== "preview")).map((c) => c.id)
  );
  // Concatenated modules broken into their parts, then summed by package or folder.
  const bytes = new Map<string, number>();
  for (const m of json.modules.filter((x) => x.chunks.some((c) => initial.has(c)))) {
    for (const part of m.modules ?? [m]) {
      bytes.set(ownerOf(part.name), (bytes.get(ownerOf(part.name)) ?? 0) + part.size);
    }
  }
  const largestModules = [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, size]) => ({ name, bytes: size }));
  return {
    functionsGzipBytes: gz(join(dist, "functions.js")),
    paneInitialGzipBytes: scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0),
    paneInitialFiles: scripts,
    largestModules,
  };
}
