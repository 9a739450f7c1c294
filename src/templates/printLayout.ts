import { cell, colLetter, SheetDef, splitAddress, tableLayout } from "./model";

/**
 * How a template sheet prints on A4 at a readable size: long text wraps within the printed
 * columns instead of forcing the page to shrink, headings wrap instead of being cut, and the
 * page is turned and scaled so that type stays at three quarters of its size or more and no
 * page carries only a few lines.
 */
export interface PrintLayout {
  orientation: "portrait" | "landscape";
  /** Percent of full size. */
  scale: number;
  printArea: string;
  /** Text cells merged across to the last printed column, to wrap there. */
  merges: string[];
  /** Cells whose text wraps. */
  wraps: string[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  rowHeights: Record<number, number>;
  /** Rows a new page starts at: a section heading, so a last page holds whole sections. */
  pageBreaks: number[];
}

// A4 with Excel's normal margins, in column-width characters and points, less room for the
// header and footer and a margin for the fonts' own spacing.
const PAGE = {
  landscape: { width: 128, height: 440 },
  portrait: { width: 85, height: 690 },
};
/** Italic and bold text runs wider than the digits column widths are measured in. */
const TEXT_WIDTH = 1.2;
const LINE = 15;
const TITLE_LINE = 21;
const MIN_SCALE = 0.75;
/** Below this share of a page, a last page is near-empty: shrink a little to lose it. */
const NEAR_EMPTY = 0.25;
const DEFAULT_WIDTH = 8.43;

export function printLayout(def: SheetDef): PrintLayout {
  const widths = def.widths ?? [];
  const width = (c: number) => widths[c - 1] ?? DEFAULT_WIDTH;
  const texts = sheetTexts(def);
  const lastCol = Math.max(widths.length, 1);
  const taken = occupied(def);
  const filled = new Set([...taken].map((k) => Number(k.split(":")[0])));
  const lastRow = Math.max(1, ...filled);
  const merges: string[] = [];
  const wraps: string[] = [];
  const lines = new Map<number, number>();
  const need = (row: number, n: number) => lines.set(row, Math.max(lines.get(row) ?? 1, n));
  for (const t of texts) {
    const at = `${colLetter(t.col)}${t.row}`;
    if (t.header) {
      // A heading wraps in its own column, a little narrower than it for padding.
      if (t.text.length * TEXT_WIDTH > width(t.col)) {
        wraps.push(at);
        need(t.row, Math.ceil((t.text.length * TEXT_WIDTH) / Math.max(1, width(t.col) - 1)));
      }
      continue;
    }
    // Text runs on over empty cells to its right; a filled one, or the page's edge, stops it.
    let end = t.col;
    let room = width(t.col);
    while (end < lastCol && !taken.has(`${t.row}:${end + 1}`)) room += width(++end);
    if (t.text.length * TEXT_WIDTH <= room) continue;
    if (end > t.col) merges.push(`${at}:${colLetter(end)}${t.row}`);
    wraps.push(at);
    need(t.row, Math.ceil((t.text.length * TEXT_WIDTH) / room));
  }
  // Text in the last printed column wraps there rather than run on past the page's edge.
  for (const at of Object.keys(def.cells)) {
    if (splitAddress(at).col === lastCol && !wraps.includes(at)) wraps.push(at);
  }
  const rowHeights: Record<number, number> = {};
  for (const [row, n] of lines) if (n > 1) rowHeights[row] = n * LINE;
  const titles = new Set(texts.filter((t) => t.title).map((t) => t.row));
  const rowHeight = (r: number) => rowHeights[r] ?? (titles.has(r) ? TITLE_LINE : LINE);
  let height = 0;
  for (let r = 1; r <= lastRow; r++) height += rowHeight(r);
  let sheetWidth = 0;
  for (let c = 1; c <= lastCol; c++) sheetWidth += width(c);
  const fit = (o: keyof typeof PAGE) => {
    const page = PAGE[o];
    let scale = Math.max(MIN_SCALE, Math.min(1, page.width / sheetWidth));
    const wide = Math.ceil((sheetWidth * scale) / page.width - 1e-9);
    let tall = Math.ceil((height * scale) / page.height - 1e-9);
    const last = (height * scale) / page.height - (tall - 1);
    // A last page holding a few lines: shrink to lose it, if type stays readable.
    if (tall > 1 && last < NEAR_EMPTY) {
      const smaller = (page.height * (tall - 1)) / height;
      if (smaller >= MIN_SCALE) {
        scale = Math.min(scale, smaller);
        tall -= 1;
      }
    }
    return { orientation: o, scale, pages: wide * tall, nearEmpty: tall > 1 && last < NEAR_EMPTY };
  };
  const options = [fit("landscape"), fit("portrait")];
  // Fewest pages; on a tie the larger type.
  options.sort((a, b) => a.pages - b.pages || b.scale - a.scale);
  const best = options[0];
  // Still a near-empty last page: start the last page at the latest section (a block after a
  // blank row) that leaves it a fair share of a page.
  const pageBreaks: number[] = [];
  if (best.nearEmpty) {
    const capacity = PAGE[best.orientation].height / best.scale;
    const sections: number[] = [];
    for (let r = 2; r <= lastRow; r++) if (filled.has(r) && !filled.has(r - 1)) sections.push(r);
    let below = 0;
    for (let r = lastRow; r > 1; r--) {
      below += rowHeight(r);
      if (sections.includes(r) && below >= capacity * NEAR_EMPTY && below < capacity) {
        pageBreaks.push(r);
        break;
      }
    }
  }
  return {
    orientation: best.orientation,
    scale: Math.floor(best.scale * 100),
    printArea: `A1:${colLetter(lastCol)}${lastRow}`,
    merges,
    wraps,
    rowHeights,
    pageBreaks,
  };
}

interface SheetText {
  row: number;
  col: number;
  text: string;
  header: boolean;
  title: boolean;
  /** A section's heading: a page may start here. */
  section: boolean;
}

/** The sheet's constant texts, and its tables' headers, with where they sit. */
function sheetTexts(def: SheetDef): SheetText[] {
  const out: SheetText[] = [];
  for (const [at, input] of Object.entries(def.cells)) {
    const c = cell(input);
    if (typeof c.v !== "string" || c.f !== undefined) continue;
    const { col, row } = splitAddress(at);
    out.push({
      row,
      col,
      text: c.v,
      header: c.style === "header",
      title: c.style === "title",
      section: c.style === "subtitle",
    });
  }
  for (const t of def.tables ?? []) {
    const l = tableLayout(t);
    t.columns.forEach((column, j) =>
      out.push({
        row: l.headerRow,
        col: l.firstCol + j,
        text: column.name,
        header: true,
        title: false,
        section: false,
      })
    );
  }
  return out;
}

/** Cells holding something ("row:col"): the sheet's own, and every cell of its tables. */
function occupied(def: SheetDef): Set<string> {
  const out = new Set<string>();
  for (const at of Object.keys(def.cells)) {
    const { col, row } = splitAddress(at);
    out.add(`${row}:${col}`);
  }
  for (const t of def.tables ?? []) {
    const l = tableLayout(t);
    const bottom = l.totalsRow ?? l.lastData;
    for (let r = l.headerRow; r <= bottom; r++) {
      for (let c = l.firstCol; c <= l.lastCol; c++) out.add(`${r}:${c}`);
    }
  }
  return out;
}
