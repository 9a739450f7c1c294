import { address, splitAddress } from "../../core/a1";
import type { SheetPlan } from "../types";

/** Excel's default row (Calibri 11) and column (8.43 characters) in points. */
const LINE = 15;
const DEFAULT_COLUMN = 48;
/** What a cell keeps clear at its edges. */
const PADDING = 5;

/** Calibri's advance widths in thousandths of an em; any other character counts as a digit's. */
const WIDTHS: Record<string, number> = {
  ...spread(
    "abcdefghijklmnopqrstuvwxyz",
    [
      479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391,
      335, 525, 452, 715, 433, 453, 395,
    ]
  ),
  ...spread(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [
      579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459,
      487, 642, 567, 890, 519, 487, 468,
    ]
  ),
  ...spread(" .,:;'()-/&%+", [226, 252, 250, 268, 268, 221, 303, 303, 306, 386, 682, 715, 498]),
};
const DIGIT = 507;

function spread(chars: string, widths: number[]): Record<string, number> {
  return Object.fromEntries([...chars].map((c, i) => [c, widths[i]]));
}

/** `text`'s width in points at 11 pt, bold a little wider. */
function widthOf(text: string, bold: boolean): number {
  let em = 0;
  for (const c of text) em += WIDTHS[c] ?? DIGIT;
  return (em / 1000) * 11 * (bold ? 1.07 : 1.0);
}

/** How many lines `text` takes wrapped at word breaks in a column `width` points wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = width - PADDING;
  const space = widthOf(" ", bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = widthOf(word, bold);
      if (used === 0) used = w;
      else if (used + space + w <= room) used += space + w;
      else {
        lines++;
        used = w;
      }
      // A word wider than the column breaks across lines of its own.
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}

/**
 * The plan's row heights, with every row holding wrapped text made tall enough for it.
 * Excel keeps a row at the height it had when a file or Office.js wraps a cell's text, and
 * LibreOffice prints a wrapped note cut at its row: so each row is given the lines its
 * longest wrapped text needs in its column's width. A height the plan sets stands where it
 * is taller (a formula's text, which is not known here).
 */
export function rowHeightsOf(plan: SheetPlan): Record<number, number> {
  const text = new Map<string, string>();
  /** Cells that show another's text: a line's name repeated as "=A24". */
  const shows = new Map<string, string>();
  const wrapped = new Set<string>();
  const bold = new Set<string>();
  for (const b of plan.blocks) {
    const { col, row } = splitAddress(b.at);
    b.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const at = address(col + c, row + r);
        if (typeof cell === "string" && cell !== "") text.set(at, cell);
        else if (cell !== null) text.delete(at);
        const ref =
          typeof cell === "object" && cell ? /^=\$?([A-Z]+)\$?(\d+)$/.exec(cell.formula) : null;
        if (ref) shows.set(at, `${ref[1]}${ref[2]}`);
        else if (cell !== null) shows.delete(at);
        if (b.wrap) wrapped.add(at);
        if (b.bold) bold.add(at);
      })
    );
  }
  // A merged cell wraps across the width of all its columns.
  const spans = new Map(
    (plan.merges ?? []).map((m) => {
      const [from, to = from] = m.split(":");
      return [from, splitAddress(to).col - splitAddress(from).col + 1];
    })
  );
  const widthOfColumn = (col: number) => plan.columnWidths?.[col - 1] ?? DEFAULT_COLUMN;
  const heights: Record<number, number> = { ...plan.rowHeights };
  for (const at of wrapped) {
    const words = text.get(at) ?? text.get(shows.get(at) ?? "");
    if (!words) continue;
    const { col, row } = splitAddress(at);
    let width = 0;
    for (let k = 0; k < (spans.get(at) ?? 1); k++) width += widthOfColumn(col + k);
    const height = wrappedLines(words, width, bold.has(at)) * LINE;
    if (height > LINE && height > (heights[row] ?? 0)) heights[row] = height;
  }
  return heights;
}
