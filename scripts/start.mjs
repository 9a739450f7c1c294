// `npm start`: build and serve the add-in on https://localhost:3000 and, where Excel desktop
// is installed (Windows, macOS), sideload it with office-addin-debugging. Elsewhere it
// serves and explains how to sideload manifest.xml into Excel on the web.
import { spawn } from "node:child_process";
import { PORT, serve } from "./serve.mjs";

const desktop = process.platform === "win32" || process.platform === "darwin";
const web = process.argv.includes("web");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

if (desktop && !web) {
  // Starts `npm run dev-server` itself, then sideloads into Excel and opens it.
  run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  const banner = `
Pool Budgets is being served on https://localhost:${PORT} (the first build takes a minute).

${desktop ? "" : "Excel desktop is not available on this machine, so nothing is sideloaded automatically.\n"}To use the add-in in Excel on the web:
  1. Open https://localhost:3000/taskpane.html once in this browser and accept the certificate
     if asked (run "npx office-addin-dev-certs install" to trust it permanently).
  2. Open a workbook in Excel on the web, then Home > Add-ins > More add-ins >
     Upload My Add-in, and choose manifest.xml from this folder.
  3. Type =POOL. in a cell, or press "Pool Budgets" on the Home tab.

No Excel at hand? https://localhost:${PORT}/preview.html is the task pane against a demo workbook.
Press Ctrl+C, or run "npm stop", to stop.
`;
  spawn(npm, ["run", "templates"], { stdio: "inherit" }).on("exit", (code) =>
    code ? process.exit(code) : serve([], banner)
  );
}
