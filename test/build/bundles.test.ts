import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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
