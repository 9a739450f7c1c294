import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
  );
}

describe("what ships", () => {
  it("holds no HyperFormula: it is a test-only devDependency (GPL-3.0)", () => {
    if (!existsSync(dist))
      throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
    const scripts = files(dist).filter((f) => /\.(js|html)$/.test(f));
    expect(scripts.length).toBeGreaterThan(2);
    const holding = scripts.filter((f) => /hyperformula/i.test(readFileSync(f, "utf8")));
    expect(holding).toEqual([]);
  });

  it("imports HyperFormula from no source file", () => {
    const sources = files(join(root, "src")).filter((f) => /\.tsx?$/.test(f));
    expect(sources.filter((f) => /from "hyperformula"/.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});

describe("the server's front page", () => {
  it("links the preview, the task pane and the help, under the same CSP, with no script", () => {
    const page = new JSDOM(readFileSync(join(dist, "index.html"), "utf8")).window.document;
    const links = [...page.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["preview.html", "taskpane.html", "help.html"]);
    for (const href of links) expect(existsSync(join(dist, href!))).toBe(true);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute("content")).toMatch(/^default-src 'self'/);
    expect(page.querySelectorAll("script")).toHaveLength(0);
  });
});

describe("the guide", () => {
  it("has the section every screen's help link names", () => {
    const html = readFileSync(join(__dirname, "..", "..", "src", "help", "help.html"), "utf8");
    const screens = join(__dirname, "..", "..", "src", "taskpane", "screens");
    const links = readdirSync(screens).flatMap((f) =>
      [...readFileSync(join(screens, f), "utf8").matchAll(/<ScreenTitle help="([^"]+)"/g)].map(
        (m) => m[1]
      )
    );
    // Every screen but Home has a help link.
    expect(links.length).toBe(readdirSync(screens).length - 1);
    for (const id of links) expect([id, html.includes(`id="${id}"`)]).toEqual([id, true]);
    for (const id of ["troubleshooting", "guide-statements", "guide-year-end"])
      expect(html).toContain(`id="${id}"`);
  });
});
