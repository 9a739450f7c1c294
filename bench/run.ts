// `npm run bench`: engine throughput, bundle sizes, Excel round trips and first render,
// each printed beside its target; writes bench/results.json and exits 1 if a target is missed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { bigSheetBench } from "./bigSheet";
import { bundleBench } from "./bundle";
import { engineBenchBundled } from "./engineBundled";
import { firstRenderBench } from "./firstRender";
import { roundTripBench } from "./roundTrips";
import { smallCallBench } from "./smallCalls";

const root = join(__dirname, "..");

interface Check {
  figure: string;
  value: string;
  target: string;
  ok: boolean | null;
}

async function main() {
  const checks: Check[] = [];
  const add = (figure: string, value: string, target: string, ok: boolean | null) =>
    checks.push({ figure, value, target, ok });

  console.log("Engine throughput (this may take a minute)…");
  const engine = engineBenchBundled(root);
  console.log(`\n${"function".padEnd(36)}   partners   ns/element   baseline ns   × baseline`);
  for (const r of engine) {
    console.log(
      `${r.name.padEnd(36)} ${String(r.n).padStart(10)} ${r.nsPerElement.toFixed(2).padStart(12)} ${r.baselineNsPerElement.toFixed(2).padStart(13)} ${r.ratio.toFixed(1).padStart(12)}`
    );
  }
  const at = (name: string, n: number) => engine.find((r) => r.name === name && r.n === n)!;
  for (const name of ["poolShare", "deficitSplit proportional"]) {
    const r = at(name, 1e6);
    add(`${name} at 1e6, × baseline`, r.ratio.toFixed(1), "reported", null);
  }
  const growth =
    at("deficitSplit capped", 1e6).nsPerElement / at("deficitSplit capped", 1e4).nsPerElement;
  add(
    "deficitSplit capped: ns/element at 1e6 ÷ at 1e4",
    growth.toFixed(2),
    "≤ 3 (no quadratic loop)",
    growth <= 3
  );

  console.log("\nBuilding for production to measure bundles…");
  const bundle = bundleBench(root);
  add(
    "functions bundle, gzipped",
    `${(bundle.functionsGzipBytes / 1000).toFixed(1)} KB`,
    "≤ 40 KB",
    bundle.functionsGzipBytes <= 40_000
  );
  add(
    `task pane before Home (${bundle.paneInitialFiles.join(" + ")}), gzipped`,
    `${(bundle.paneInitialGzipBytes / 1000).toFixed(1)} KB`,
    "≤ 127 KB (¾ of Microsoft's React template)",
    bundle.paneInitialGzipBytes <= 127_000
  );
  console.log("\nWhat the task pane loads first, by package (minified bytes before gzip):");
  for (const m of bundle.largestModules) console.log(`${String(m.bytes).padStart(9)}  ${m.name}`);

  // The speed users meet: one formula over a pool's partners, on the functions as shipped.
  console.log("\nSingle calls through the shipped custom functions…");
  const small = smallCallBench(root);
  console.log(`${"call".padEnd(36)}   partners      ns/call   baseline ns   × baseline`);
  for (const r of small) {
    console.log(
      `${r.name.padEnd(36)} ${String(r.n).padStart(10)} ${r.ns.toFixed(0).padStart(12)} ${r.baselineNs.toFixed(0).padStart(13)} ${r.ratio.toFixed(1).padStart(12)}`
    );
    add(
      `${r.name}, ${r.n} partners, × a plain float split`,
      r.ratio.toFixed(1),
      "≤ 150 (regression alarm)",
      r.ratio <= 150
    );
  }

  const big = await bigSheetBench();
  add("big sheet (200,000 cells) through Office.js: syncs", String(big.syncs), "reported", null);
  add(
    "big sheet: largest single response",
    `${(big.largestResponseBytes / 1e6).toFixed(2)} MB`,
    "< 5 MB (Excel on the web)",
    big.largestResponseBytes < 5e6
  );
  add(
    "Check this workbook's core check on 1,000,000 cells",
    `${big.checkMsPerMillionCells.toFixed(0)} ms`,
    "reported",
    null
  );

  const trips = await roundTripBench();
  for (const t of trips)
    add(`context.sync() calls: ${t.action}`, String(t.syncs), "≤ 3", t.syncs <= 3);

  console.log("\nFirst render in headless Chromium…");
  const render = await firstRenderBench(root);
  add(
    "task pane (taskpane.html) to a usable Home, median of 5",
    `${render.medianMs.toFixed(0)} ms`,
    "≤ 500 ms (Microsoft's guidance for an add-in's load)",
    render.medianMs <= 500
  );

  console.log("\nfigure".padEnd(72) + "value".padStart(12) + "   target");
  for (const c of checks) {
    const mark = c.ok === null ? "  " : c.ok ? "ok" : "MISSED";
    console.log(`${c.figure.padEnd(71)} ${c.value.padStart(12)}   ${c.target}  ${mark}`);
  }
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    engine,
    bundle,
    roundTrips: trips,
    bigSheet: big,
    firstRender: render,
    checks,
  };
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  const missed = checks.filter((c) => c.ok === false);
  console.log(missed.length ? `\n${missed.length} target(s) missed.` : "\nAll targets met.");
  process.exit(missed.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
