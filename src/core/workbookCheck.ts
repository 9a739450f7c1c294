import { colLetter } from "./a1";
import { formatPounds } from "./money";
import { isBlank, parseAmount } from "./inputs";

/** What a sheet scan is given: its used range, values and formulas, from a top-left cell. */
export interface SheetGrid {
  sheet: string;
  originRow: number; // 1-based
  originCol: number; // 1-based
  values: (string | number | boolean | null)[][];
  formulas: (string | number | boolean | null)[][];
}

export type FindingKind = "total" | "shares" | "text-number" | "blank" | "function-error" | "error";

export interface Finding {
  kind: FindingKind;
  /** Cell address on the sheet, e.g. "C8". */
  address: string;
  message: string;
}

const TOTAL_LABEL = /^(sub\s*-?)?total\b/i;
// Columns of parts of one whole, which should come to 100%: "Share", "Share %", "Pool share",
// "Share of the pool", "%". Not money headed "Share of income", nor a per-row ratio such as
// "Time-limited share" (each year's own fraction), which need not add up to anything.
const SHARE_HEADER =
  /^(%|percent(age)?|(% ?)?(pool |partner'?s? )?shares?( ?%| \(%\))?|share of (the )?(pool|total|fund))$/i;
const MONEY_HEADER = /contribution|amount|budget/i;
const ERROR_VALUE =
  /^#(VALUE!|N\/A|NUM!|DIV\/0!|REF!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)/;
const TOLERANCE = 0.005;

/**
 * Scan one sheet for the things that go wrong in budget workbooks: totals that do not add
 * up, shares that do not come to 100%, numbers stored as text, blank contributions, and
 * errors from the add-in's functions. Heuristic by design: each finding is a place to look.
 */
export function checkSheet(g: SheetGrid): Finding[] {
  const at = (r: number, c: number) => `${colLetter(g.originCol + c)}${g.originRow + r}`;
  const rows = g.values.length;
  const cols = rows ? g.values[0].length : 0;
  const num = (r: number, c: number) =>
    typeof g.values[r]?.[c] === "number" ? (g.values[r][c] as number) : undefined;
  const text = (r: number, c: number) =>
    typeof g.values[r]?.[c] === "string" ? (g.values[r][c] as string).trim() : "";
  const rowLabel = (r: number) => {
    for (let c = 0; c < cols; c++) if (text(r, c)) return text(r, c);
    return "";
  };
  const isTotalRow = (r: number) => TOTAL_LABEL.test(rowLabel(r));
  const findings: Finding[] = [];

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = g.values[r][c];
      const f = g.formulas[r]?.[c];
      if (typeof v === "string" && ERROR_VALUE.test(v)) {
        const fromAddIn = typeof f === "string" && /POOL\./i.test(f);
        findings.push({
          kind: fromAddIn ? "function-error" : "error",
          address: at(r, c),
          message: fromAddIn
            ? `${at(r, c)} shows ${v} from an add-in function. Select it and point at the error icon to read what to fix.`
            : `${at(r, c)} shows ${v}.`,
        });
      } else if (
        typeof v === "string" &&
        !isBlank(v) &&
        typeof parseAmount(v) === "number" &&
        !(typeof f === "string" && f.startsWith("="))
      ) {
        findings.push({
          kind: "text-number",
          address: at(r, c),
          message: `${at(r, c)} holds "${v}" as text, so SUM and other formulas leave it out. Re-enter it as a number.`,
        });
      }
    }
  }

  // Totals down a column: compare with the figures above, back to the header or last total.
  for (let r = 0; r < rows; r++) {
    if (!isTotalRow(r)) continue;
    for (let c = 0; c < cols; c++) {
      const total = num(r, c);
      if (total === undefined) continue;
      let sum = 0;
      let count = 0;
      for (let k = r - 1; k >= 0 && !isTotalRow(k); k--) {
        const v = g.values[k][c];
        if (typeof v === "number") {
          sum += v;
          count++;
        } else if (typeof v === "string" && v.trim() && typeof parseAmount(v) !== "number") break;
      }
      if (count >= 2 && Math.abs(sum - total) > TOLERANCE) {
        findings.push({
          kind: "total",
          address: at(r, c),
          message: `The total in ${at(r, c)} is ${formatPounds(total)} but the figures above it add up to ${formatPounds(sum)} (a difference of ${formatPounds(total - sum)}).`,
        });
      }
    }
  }

  // Columns by their header: shares should come to 100%; contributions should have no gaps.
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const header = text(r, c);
      if (!header || typeof parseAmount(header) === "number") continue;
      const body: { r: number; v: number | null }[] = [];
      for (let k = r + 1; k < rows && !isTotalRow(k); k++) {
        const v = g.values[k][c];
        // A number stored as text still belongs to the column (it is reported on its own).
        const n = typeof v === "number" ? v : typeof v === "string" ? parseAmount(v) : undefined;
        if (typeof n === "number") body.push({ r: k, v: n });
        else if (isBlank(v as string)) body.push({ r: k, v: null });
        else break;
      }
      while (body.length && body[body.length - 1].v === null) body.pop();
      const numbers = body.filter((b) => b.v !== null).map((b) => b.v as number);
      if (numbers.length < 2) continue;

      if (SHARE_HEADER.test(header.replace(/\s+/g, " "))) {
        const sum = numbers.reduce((a, b) => a + b, 0);
        const fractions = numbers.every((x) => Math.abs(x) <= 1.5);
        const target = fractions ? 1 : 100;
        if (Math.abs(sum - target) > (fractions ? 0.0005 : 0.05)) {
          const pct = fractions ? sum * 100 : sum;
          findings.push({
            kind: "shares",
            address: at(r, c),
            message: `The shares under "${header}" (${at(r, c)}) add up to ${pct.toFixed(2)}%, not 100%.`,
          });
        }
      }
      if (MONEY_HEADER.test(header)) {
        for (const b of body) {
          if (b.v === null && rowLabel(b.r)) {
            findings.push({
              kind: "blank",
              address: at(b.r, c),
              message: `${at(b.r, c)} is blank in the "${header}" column. The add-in counts a blank as £0; enter 0 if that is meant.`,
            });
          }
        }
      }
    }
  }
  return findings;
}
