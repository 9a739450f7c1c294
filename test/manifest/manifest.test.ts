import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { JSDOM } from "jsdom";

/**
 * Checks the manifest offline (office-addin-manifest's validate calls an online service).
 * Runs against the production build in dist/, which `npm test` makes first.
 */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const DEV = "https://localhost:3000/";

function parse(xml: string) {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    isArray: () => false,
  }).parse(xml);
}

/** Every attribute or element value anywhere in the document, with its path. */
function walk(
  node: unknown,
  path: string,
  out: { path: string; key: string; value: string }[] = []
) {
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (typeof v === "string" || typeof v === "number")
        out.push({ path, key: k, value: String(v) });
      else walk(v, `${path}/${k}`, out);
    }
  }
  return out;
}

const source = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parse(source);
const entries = walk(manifest, "");

beforeAll(() => {
  if (!existsSync(join(dist, "manifest.xml"))) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first).");
  }
});

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks", () => {
    expect(manifest.OfficeApp["@type"]).toBe("TaskPaneApp");
    expect(manifest.OfficeApp.Hosts.Host["@Name"]).toBe("Workbook");
    expect(manifest.OfficeApp.Id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    expect(manifest.OfficeApp.Permissions).toBe("ReadWriteDocument");
  });

  it("declares the SharedRuntime and CustomFunctionsRuntime requirement sets", () => {
    const sets = [manifest.OfficeApp.Requirements.Sets.Set]
      .flat()
      .map((s: Record<string, string>) => s["@Name"]);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
  });

  it("runs functions, commands and pane in one long-lived shared runtime", () => {
    const host = manifest.OfficeApp.VersionOverrides.Hosts.Host;
    expect(host.Runtimes.Runtime["@lifetime"]).toBe("long");
    const runtime = host.Runtimes.Runtime["@resid"];
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime);
  });

  it("puts the functions in the POOL namespace", () => {
    const resid =
      manifest.OfficeApp.VersionOverrides.Hosts.Host.AllFormFactors.ExtensionPoint.Namespace[
        "@resid"
      ];
    const strings = [manifest.OfficeApp.VersionOverrides.Resources.ShortStrings.String].flat();
    expect(strings.find((s: Record<string, string>) => s["@id"] === resid)["@DefaultValue"]).toBe(
      "POOL"
    );
  });

  it("has a Home tab button that opens the task pane", () => {
    const tab =
      manifest.OfficeApp.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    const controls = [tab.Group.Control].flat();
    expect(
      controls.some((c: { Action: Record<string, string> }) => c.Action["@type"] === "ShowTaskpane")
    ).toBe(true);
  });

  it("defines every resid it uses", () => {
    const res = manifest.OfficeApp.VersionOverrides.Resources;
    const defined = new Set(
      [res.Images.Image, res.Urls.Url, res.ShortStrings.String, res.LongStrings.String]
        .flat()
        .map((r: Record<string, string>) => r["@id"])
    );
    const used = entries.filter((e) => e.key === "@resid").map((e) => e.value);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("names an icon for every size it uses, and each exists in assets/", () => {
    const images = [manifest.OfficeApp.VersionOverrides.Resources.Images.Image].flat() as Record<
      string,
      string
    >[];
    for (const img of images) {
      const file = img["@DefaultValue"].replace(DEV, "");
      expect(existsSync(join(root, file))).toBe(true);
    }
    const sizes = entries
      .filter((e) => /\/Icon\/Image(\/\d+)?$/.test(e.path) && e.key === "@size")
      .map((e) => e.value);
    expect(new Set(sizes)).toEqual(new Set(["16", "32", "80"]));
  });

  it("points every URL at a file the build emits", () => {
    const urls = entries.filter((e) => e.value.startsWith("https://")).map((e) => e.value);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(DEV)).toBe(true);
      const file = url.slice(DEV.length).split("#")[0];
      expect([url, existsSync(join(dist, file))]).toEqual([url, true]);
    }
  });

  it("asks Excel for data types as plain values, which the functions name when they are not amounts", () => {
    const meta = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    expect(meta.allowCustomDataForDataTypeAny).toBe(false);
  });

  it("lists every function, with its parameters, in the generated functions.json", () => {
    const meta = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    expect(meta.functions.map((f: { id: string }) => f.id).sort()).toEqual([
      "ALIGNVSPOOL",
      "DEFICITSPLIT",
      "FINYEAR",
      "POOLSHARE",
      "REALLOCATE",
      "RISKSHARE",
    ]);
    const params = (id: string) =>
      meta.functions
        .find((f: { id: string }) => f.id === id)
        .parameters.map((p: { name: string; description: string }) => [p.name, !!p.description]);
    expect(params("POOLSHARE")).toEqual([
      ["basis", true],
      ["amount", true],
      ["weights", true],
      ["fixed", true],
    ]);
    expect(params("RISKSHARE")).toEqual([
      ["variance", true],
      ["contributions", true],
      ["bands", true],
      ["underspend", true],
    ]);
    expect(params("REALLOCATE")).toEqual([
      ["total", true],
      ["current", true],
      ["need", true],
      ["maxChange", true],
    ]);
    const split = meta.functions.find((f: { id: string }) => f.id === "DEFICITSPLIT");
    expect(split.parameters.map((p: { name: string }) => p.name)).toEqual([
      "variance",
      "contributions",
      "method",
      "caps",
      "host",
      "threshold",
      "underspend",
    ]);
    const align = meta.functions.find((f: { id: string }) => f.id === "ALIGNVSPOOL");
    expect(align.parameters.map((p: { name: string }) => p.name)).toEqual([
      "answers",
      "weights",
      "showReasons",
      "statutoryPower",
    ]);
    expect(align.parameters[3].description).toMatch(/statutory power/);
  });

  it("points every function's help at its own section of the shipped help page", () => {
    const meta = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    const prod = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.prod_url;
    const help = new JSDOM(readFileSync(join(dist, "help.html"), "utf8")).window.document;
    for (const f of meta.functions as { id: string; helpUrl?: string }[]) {
      expect([f.id, f.helpUrl?.startsWith(`${prod}help.html#`)]).toEqual([f.id, true]);
      const section = help.getElementById(f.helpUrl!.split("#")[1]);
      expect([f.id, section?.querySelector("h2")?.textContent]).toEqual([
        f.id,
        expect.stringMatching(new RegExp(`^POOL\\.${f.id}\\(`)),
      ]);
    }
    // Same CSP as the pane, no script at all, and en-GB.
    expect(help.documentElement.lang).toBe("en-GB");
    expect(help.querySelectorAll("script")).toHaveLength(0);
    expect(
      help.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")
    ).toContain("default-src 'self'");
  });

  it("production build rewrites every localhost URL to the production base URL", () => {
    const built = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(built).not.toMatch(/localhost/);
    const prod = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.prod_url;
    expect(built).toContain(`${prod}taskpane.html`);
    expect(built.split(prod).length - 1).toBe(source.split(DEV).length - 1);
  });

  it("a production build honours ADDIN_PUBLIC_URL", () => {
    // Only the manifest transform is exercised: webpack's config function run with the env set.
    const out = execFileSync(
      process.execPath,
      [
        "-e",
        `
      process.env.ADDIN_PUBLIC_URL = "https://addins.example.gov.uk/pool";
      require("./webpack.config.js")({}, { mode: "production" }).then((c) => {
        const copy = c.plugins.find((p) => p.constructor.name === "CopyPlugin");
        const t = copy.patterns.find((p) => p.to === "manifest.xml").transform;
        process.stdout.write(String(t(Buffer.from(require("fs").readFileSync("manifest.xml")))));
      });`,
      ],
      { cwd: root, encoding: "utf8" }
    );
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain("https://addins.example.gov.uk/pool/functions.json");
  });
});

describe("the manifest against Microsoft's XML schemas (xmllint, offline)", () => {
  // The XSDs live in ../shared (development and CI only); nothing the add-in ships reads them.
  const schemas = join(root, "..", "shared", "schemas", "office-addin-manifest");
  const schema = join(schemas, "OfficeAppManifestV1_1.xsd");

  it.each([
    ["manifest.xml", join(root, "manifest.xml")],
    ["dist/manifest.xml", join(dist, "manifest.xml")],
  ])("%s validates", (_, file) => {
    if (!existsSync(schema)) {
      throw new Error(
        `The manifest schemas are missing: expected ${schema} (the shared/ folder beside the checkout). Without them the manifest cannot be checked offline.`
      );
    }
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    let output = "";
    try {
      output = execFileSync("xmllint", ["--noout", "--schema", schema, file], {
        cwd: schemas,
        stdio: "pipe",
      }).toString();
    } catch (e) {
      const err = e as { stderr?: Buffer; code?: string };
      if (err.code === "ENOENT") {
        throw new Error(
          "xmllint is not installed: `apt-get install libxml2-utils` (.ci/run does)."
        );
      }
      throw new Error(`The manifest does not validate:\n${err.stderr?.toString() ?? String(e)}`);
    }
    expect(output).toBe("");
  });
});
