import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_BUILDERS } from "../../src/templates/catalog";
import { printLayout } from "../../src/templates/printLayout";
import { splitAddress } from "../../src/core/a1";
import type { TemplateDef } from "../../src/templates/model";
import {
  convertWithLibreOffice,
  median,
  overlappingWords,
  pagesOf,
  PdfPage,
  wordsNotPrinted,
} from "./helpers";

// Real LibreOffice and poppler, installed by .ci/run; missing ones fail loudly, never skip.
execFileSync("soffice", ["--version"], { stdio: "pipe" });
execFileSync("pdftotext", ["-v"], { stdio: "pipe" });

let pdfs: Record<string, PdfPage[]> = {};

beforeAll(async () => {
  const dir = await convertWithLibreOffice(
    TEMPLATE_BUILDERS.map((b) => b()),
    "pdf"
  );
  pdfs = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".pdf"))
      .map((f) => [f.replace(/\.pdf$/, ""), pagesOf(join(dir, f))])
  );
}, 200_000);

describe("templates printed on A4 by LibreOffice", () => {
  const ids = TEMPLATE_BUILDERS.map((b) => b().id);

  it.each(ids)("%s prints at a readable size: the median word at least 8 pt high", (id) => {
    const pages = pdfs[id];
    expect(pages.length).toBeGreaterThan(0);
    expect(median(pages.flatMap((p) => p.heights))).toBeGreaterThanOrEqual(8);
  });

  it.each(ids)("%s has no near-empty page", (id) => {
    expect(pdfs[id].map((p) => p.words).filter((w) => w < 10)).toEqual([]);
  });

  it.each(TEMPLATE_BUILDERS.map((b) => [b().id, b()] as const))(
    "%s prints every heading, label and note whole, none over another",
    (id, def) => {
      expect(wordsNotPrinted(textsOf(def), pdfs[id])).toEqual([]);
      expect(pdfs[id].flatMap(overlappingWords)).toEqual([]);
    }
  );

  it.each(
    TEMPLATE_BUILDERS.flatMap((b) => b().sheets.map((s) => [`${b().id}: ${s.name}`, s] as const))
  )("%s is never shrunk below three quarters and prints only its own columns", (_, sheet) => {
    const layout = printLayout(sheet);
    expect(layout.scale).toBeGreaterThanOrEqual(75);
    expect(layout.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });
});

/** The text typed into a template's cells and its tables' headings, inside each sheet's print area. */
function textsOf(def: TemplateDef): string[] {
  return def.sheets.flatMap((sheet) => {
    const to = splitAddress(printLayout(sheet).printArea.split(":")[1]);
    const inside = (at: string) => {
      const { col, row } = splitAddress(at);
      return col <= to.col && row <= to.row;
    };
    const cells = Object.entries(sheet.cells).flatMap(([at, c]) => {
      const text = typeof c === "string" ? c : c && typeof c === "object" && !c.f ? c.v : null;
      // An ISO date string is written as a date, and prints as one.
      const date = typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text);
      return typeof text === "string" && !date && inside(at) ? [text] : [];
    });
    return [...cells, ...(sheet.tables ?? []).flatMap((t) => t.columns.map((c) => c.name))];
  });
}
