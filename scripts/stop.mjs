// `npm stop`: unload the add-in from Excel desktop where it was sideloaded, and stop the dev
// server `npm start` or `npm run preview` left running, so nothing listens on the port.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE, PORT } from "./serve.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit" });
}
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server on port ${PORT} (process ${pid}).`);
  } catch {
    console.log(`The dev server on port ${PORT} had already stopped.`);
  }
  rmSync(PID_FILE, { force: true });
} else {
  console.log(`No dev server started by npm start or npm run preview is running on port ${PORT}.`);
}
