// `npm start` (where Excel desktop is not at hand) and `npm run preview`: serve the add-in on
// https://localhost:3000 with webpack's dev server, print where to go, and record the
// server's process so `npm stop` (or Ctrl+C here) leaves nothing listening on the port.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const PID_FILE = join(tmpdir(), `pool-budgets-dev-server-${PORT}.pid`);

/** Serve in the foreground; `extra` are webpack's own arguments (["--env", "preview"]). */
export function serve(extra, banner) {
  // webpack's own CLI in a process of its own, not through npm or npx: a signal, and the
  // recorded process number, then reach the server itself.
  const cli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [cli, "serve", "--mode", "development", ...extra], {
    stdio: "inherit",
  });
  writeFileSync(PID_FILE, String(child.pid));
  const done = (code) => {
    rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  };
  child.on("exit", done);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  console.log(banner);
}
