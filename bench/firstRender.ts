import { join } from "node:path";
import { launchChromium } from "../test/e2e/browser";
import { serveDist } from "../test/e2e/server";
import { median } from "./measure";

/**
 * What Excel's office.js provides the pane, served in its place: this machine cannot reach
 * Microsoft's CDN, and the measure is of the add-in's own code. Office.onReady answers at
 * once, as it does when Excel is ready.
 */
const OFFICE_STAND_IN = `
  window.Office = {
    onReady: (f) => { f && f({ host: "Excel" }); return Promise.resolve({ host: "Excel" }); },
    context: { requirements: { isSetSupported: () => true } },
    actions: { associate: () => undefined },
  };
  window.CustomFunctions = { associate: () => undefined, Error: Error, ErrorCode: {} };
`;

/**
 * Milliseconds from navigation to the task pane's Home being usable (heading and buttons),
 * on the production build's taskpane.html with every script it loads, median of runs.
 */
export async function firstRenderBench(
  root: string,
  runs = 5
): Promise<{ runs: number[]; medianMs: number }> {
  const server = await serveDist(join(root, "dist"));
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
      await context.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN })
      );
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
      await page.waitForFunction(() => {
        const h1 = document.querySelector("h1");
        const button = document.querySelector("nav button") as HTMLButtonElement | null;
        return h1?.textContent === "Pool Budgets" && !!button && !button.disabled;
      });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: times, medianMs: median(times) };
}
