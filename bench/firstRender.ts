import { join } from "node:path";
import { launchChromium } from "../test/e2e/browser";
import { serveDist } from "../test/e2e/server";
import { median } from "./measure";

/** Milliseconds from navigation start to the Home screen being usable (heading and buttons), median of runs. */
export async function firstRenderBench(
  root: string,
  runs = 5
): Promise<{ runs: number[]; medianMs: number }> {
  const server = await serveDist(join(root, "dist"));
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}preview.html`, { waitUntil: "commit" });
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
