import JSZip from "jszip";
import { splitAddress } from "../../src/core/a1";

/**
 * Excel's own rules for what it will open without repairing, checked on a file's XML:
 * LibreOffice forgives what Excel refuses. Each check returns what breaks a rule, in words.
 */

interface Box {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(ref: string): Box {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = splitAddress(from);
  const b = splitAddress(to);
  return { ref, top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const intersect = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Pairs of ranges that intersect, among ranges given as Excel writes them ("A1:B2 D4"). */
export function overlapsAmong(ranges: string[]): string[] {
  const boxes = ranges.flatMap((r) => r.trim().split(/\s+/).filter(Boolean)).map(boxOf);
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (intersect(a, b)) found.push(`${a.ref} and ${b.ref}`);
    })
  );
  return found;
}

/** Each worksheet's XML by sheet name, read from the workbook and its relationships. */
export async function worksheetXml(xlsx: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])![1],
      /Target="([^"]+)"/.exec(m[0])![1].replace(/^\/?(xl\/)?/, "xl/"),
    ])
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(m[0])![1]);
    const id = /r:id="([^"]+)"/.exec(m[0])![1];
    out.set(name, await zip.file(target.get(id)!)!.async("string"));
  }
  return out;
}

/**
 * Defined names Excel would read otherwise than meant: each reference must be absolute
 * (a half-relative print area such as 'Ledger'!$A1:$N83 moves with the active cell, and
 * LibreOffice prints past it) on a sheet the file has, its name quoted as a formula needs;
 * a print area or print titles must be scoped to the sheet they are on.
 */
export async function definedNameProblems(xlsx: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1])
  );
  const problems: string[] = [];
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /name="([^"]*)"/.exec(m[1])![1];
    const scope = /localSheetId="(\d+)"/.exec(m[1]);
    const text = unescapeXml(m[2]);
    const refs = [...text.matchAll(/('(?:[^']|'')+'|[A-Za-z_][\w.]*)!([^,]+)/g)];
    if (refs.map((r) => r[0]).join(",") !== text) problems.push(`${name}: cannot read ${text}`);
    for (const [, quoted, ref] of refs) {
      const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
      if (!sheets.includes(sheet)) problems.push(`${name}: no sheet ${quoted}`);
      if (!/^(\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?|\$[A-Z]+:\$[A-Z]+|\$\d+:\$\d+)$/.test(ref))
        problems.push(`${name}: ${quoted}!${ref} is not absolute`);
      if (name.startsWith("_xlnm.") && (!scope || sheets[Number(scope[1])] !== sheet))
        problems.push(`${name}: ${quoted}!${ref} is not scoped to its sheet`);
    }
  }
  return problems;
}

/** XML text as it reads: the five entities back to their characters. */
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** A formula cell as the file holds it: whether a value is cached beside it, and whether that is an error. */
export interface FormulaCell {
  sheet: string;
  at: string;
  formula: string;
  cached: boolean;
  error: boolean;
}

/**
 * Every formula cell in the file, read from its XML: ExcelJS reads a cached 0 back as no
 * value, so what Excel and LibreOffice will show is checked here, not through ExcelJS.
 */
export async function formulaCells(xlsx: Buffer | Uint8Array): Promise<FormulaCell[]> {
  const out: FormulaCell[] = [];
  for (const [sheet, xml] of await worksheetXml(xlsx)) {
    // A cell's attributes hold no "/", so a self-closing empty cell never runs into the next.
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>/]*)>(.*?)<\/c>/g)) {
      const formula = /<f[^>]*>([^<]*)<\/f>/.exec(m[3]);
      if (!formula) continue;
      out.push({
        sheet,
        at: m[1],
        formula: unescapeXml(formula[1]),
        cached: /<v>[^<]*<\/v>/.test(m[3]),
        error: /t="e"/.test(m[2]),
      });
    }
  }
  return out;
}

/** Data validations on one sheet whose ranges intersect: Excel repairs the file and drops them. */
export async function validationOverlaps(xlsx: Buffer | Uint8Array): Promise<string[]> {
  const found: string[] = [];
  for (const [name, xml] of await worksheetXml(xlsx)) {
    const ranges = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => m[1]);
    for (const pair of overlapsAmong(ranges)) found.push(`${name}: ${pair}`);
  }
  return found;
}

/** Excel's rules for a sheet name; what is wrong with `name`, or nothing. */
export function sheetNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length === 0) problems.push("empty");
  if (name.length > 31) problems.push(`${name.length} characters, more than 31`);
  if (/[[\]:*?/\\]/.test(name)) problems.push("holds one of [ ] : * ? / \\");
  if (name.startsWith("'") || name.endsWith("'"))
    problems.push("starts or ends with an apostrophe");
  if (name !== name.trimEnd()) problems.push("ends with a space");
  if (name.toLowerCase() === "history") problems.push("is Excel's reserved name History");
  return problems;
}

/**
 * Header and footer text with an "&" that does not start one of Excel's codes: a user's
 * "H&F" must be written "H&&F" or Excel reads "&F" as the file name.
 */
export function headerFooterProblems(text: string): string[] {
  const problems: string[] = [];
  // Codes the plans write: &L &C &R sections, &P page, &N pages, &D date, &T time, &A sheet,
  // &F file, &Z path, &"font" and &nn size, and && for a literal ampersand.
  const codes = /&(&|[LCRPNDTAFZGBIUSEXY]|"[^"]*"|\d{1,3})/g;
  const bare = text.replace(codes, "");
  if (bare.includes("&")) problems.push(`stray "&" in ${JSON.stringify(text)}`);
  return problems;
}
