import { unescapeXml } from "../strict/xlsxRules";
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TemplateDef } from "../../src/templates/model";
import { workbookBuffer } from "../../src/templates/xlsxWriter";

export async function readBack(def: TemplateDef): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(def)) as unknown as ArrayBuffer);
  return wb;
}

/** A tiny CSV reader for LibreOffice's output (quoted fields, commas, no embedded newlines). */
export function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            cur += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else cur += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ",") {
          out.push(cur);
          cur = "";
        } else cur += ch;
      }
      out.push(cur);
      return out;
    });
}

/** Write each template's .xlsx and convert it with real LibreOffice; returns the folder. */
export async function convertWithLibreOffice(defs: TemplateDef[], to: string): Promise<string> {
  const files = await Promise.all(
    defs.map(async (def) => ({ name: def.fileName, bytes: await workbookBuffer(def) }))
  );
  return convertFiles(files, to);
}

/** Convert workbook files with real LibreOffice (its own profile, headless); returns the folder. */
export function convertFiles(files: { name: string; bytes: Uint8Array }[], to: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pool-convert-"));
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      dir,
      ...paths,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
  return dir;
}

export interface PdfPage {
  words: number;
  /** Each word's height in points. */
  heights: number[];
  text: string;
  /** Each word and where it sits on the page, in points. */
  boxes: WordBox[];
  /** The page's header and footer words (page numbers left out): which sheet it prints. */
  margins: string;
}

export interface WordBox {
  word: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Words whose boxes overlap on a page by more than a glyph's edge: text printed over other text. */
export function overlappingWords(page: PdfPage): string[] {
  const found: string[] = [];
  page.boxes.forEach((a, i) =>
    page.boxes.slice(i + 1).forEach((b) => {
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const shorter = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (across > 2 && down > shorter / 3) found.push(`"${a.word}" over "${b.word}"`);
    })
  );
  return found;
}

/**
 * Words a sheet holds that its printed pages do not: text cut at a cell's edge. Each text is
 * taken word by word, a word with a hyphen or slash as its parts (a line may break after
 * one), and a word written n times must be printed at least n times.
 */
export function wordsNotPrinted(texts: string[], pages: PdfPage[]): string[] {
  const words = (t: string) => t.split(/\s+|(?<=[-/])/).filter(Boolean);
  const printed = countOf(pages.flatMap((p) => p.boxes.flatMap((b) => words(b.word))));
  const written = countOf(texts.flatMap(words));
  return [...written].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w]) => w);
}

function countOf(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Every page's words and their heights in points, read from the PDF with pdftotext -bbox. */
export function pagesOf(pdf: string): PdfPage[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 << 20 }).toString();
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const boxes = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ].map((m) => ({
        word: unescapeXml(m[5]),
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      }));
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const margins = boxes
        .filter((b) => b.y1 < 50 || b.y0 > height - 50)
        .map((b) => b.word.replace(/\d+/g, "#"))
        .join(" ");
      return {
        words: boxes.length,
        heights: boxes.map((b) => b.y1 - b.y0),
        text: boxes.map((b) => b.word).join(" "),
        boxes,
        margins,
      };
    });
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Open each template in real LibreOffice Calc, let it recalculate every formula, and
 * export every sheet as CSV: sheet name -> rows of cell text.
 */
export async function recalcWithLibreOffice(
  defs: TemplateDef[]
): Promise<Record<string, Record<string, string[][]>>> {
  // Filter options: comma, double quote, UTF-8, ..., raw values (not as shown), all sheets (-1).
  const dir = await convertWithLibreOffice(
    defs,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
  );
  const result: Record<string, Record<string, string[][]>> = {};
  for (const def of defs) {
    const base = def.fileName.replace(/\.xlsx$/, "");
    result[def.id] = {};
    for (const f of readdirSync(dir).filter(
      (n) => n.startsWith(`${base}-`) && n.endsWith(".csv")
    )) {
      result[def.id][f.slice(base.length + 1, -4)] = parseCsv(readFileSync(join(dir, f), "utf8"));
    }
  }
  return result;
}

/** Find the row whose first cell is `label` and return its cells. */
export function rowLabelled(rows: string[][], label: string): string[] {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`No row labelled "${label}"`);
  return row;
}

export const num = (s: string) => Number(s.replace(/%$/, "")) / (s.endsWith("%") ? 100 : 1);
