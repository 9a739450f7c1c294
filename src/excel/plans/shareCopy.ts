import { expand, splitAddress, address } from "../../core/a1";
import { parseFormula, referencesIn } from "../../core/formula/parse";
import { Block, CellWrite, SheetSnapshot } from "../types";

/** A formula replaced by its value in a copy for partners without the add-in. */
export interface Converted {
  address: string;
  formula: string;
}

export interface ShareCopyPlan {
  /** The used range rewritten from its top-left cell: kept formulas, everything else as a value. */
  cells: Block;
  /** A visible note under the data: what was converted, from which formula, and when. */
  note: Block;
  converted: Converted[];
}

const POOL = /\bPOOL\.[A-Z]+\s*\(/i;

const key = (sheet: string, at: string) => `${sheet.toLowerCase()}!${at.replace(/\$/g, "")}`;
const isFormula = (f: unknown): f is string => typeof f === "string" && f.startsWith("=");

/**
 * Which cells of the sheets being copied cannot stay formulas in a copy sent on its own:
 * a POOL formula (and the cells its result spills into), a formula reading a sheet outside
 * the copied set, one that cannot be read, and any formula depending on those, directly or
 * through other cells. Everything else is a native formula over copied cells: it stays.
 */
function mustBeValues(sheets: SheetSnapshot[]): Set<string> {
  const copied = new Set(sheets.map((s) => s.sheet.toLowerCase()));
  const formulas = new Map<string, { sheet: string; formula: string }>();
  const tainted = new Set<string>();
  for (const s of sheets) {
    const { col, row } = splitAddress(s.origin);
    s.formulas.forEach((cells, r) =>
      cells.forEach((f, c) => {
        if (!isFormula(f)) return;
        const at = address(col + c, row + r);
        formulas.set(key(s.sheet, at), { sheet: s.sheet, formula: f });
        if (!POOL.test(f)) return;
        // The spill: the values straight below the POOL formula, and across for a row result.
        tainted.add(key(s.sheet, at));
        for (let k = r + 1; k < s.formulas.length && spilled(s, k, c); k++) {
          tainted.add(key(s.sheet, address(col + c, row + k)));
        }
        for (let k = c + 1; k < cells.length && spilled(s, r, k); k++) {
          tainted.add(key(s.sheet, address(col + k, row + r)));
        }
      })
    );
  }
  const settled = new Map<string, boolean>();
  const depends = (cell: string, seen: Set<string>): boolean => {
    if (tainted.has(cell)) return true;
    const entry = formulas.get(cell);
    if (!entry) return false;
    if (settled.has(cell)) return settled.get(cell)!;
    if (seen.has(cell)) return true; // a circular reference cannot be trusted to calculate
    seen.add(cell);
    let refs: { sheet?: string; address: string }[];
    try {
      refs = referencesIn(parseFormula(entry.formula));
    } catch {
      seen.delete(cell);
      settled.set(cell, true);
      return true;
    }
    const result = refs.some((ref) => {
      const sheet = ref.sheet ?? entry.sheet;
      if (!copied.has(sheet.toLowerCase())) return true;
      return expand(ref.address.replace(/\$/g, "")).some((at) => depends(key(sheet, at), seen));
    });
    seen.delete(cell);
    settled.set(cell, result);
    return result;
  };
  for (const cell of formulas.keys()) if (depends(cell, new Set())) tainted.add(cell);
  return tainted;
}

/** A value with no formula behind it: part of a spill, as the snapshot shows it. */
function spilled(s: SheetSnapshot, r: number, c: number): boolean {
  const v = s.values[r]?.[c];
  return !isFormula(s.formulas[r]?.[c]) && v !== "" && v !== null && v !== undefined;
}

/** A kept formula's references to other copied sheets, pointed at their copies. */
function retarget(formula: string, copies: Map<string, string>): string {
  return formula.replace(/('(?:[^']|'')+'|[A-Za-z_][\w.]*)!/g, (whole, name: string) => {
    const plain = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
    const copy = copies.get(plain.toLowerCase());
    return copy ? `'${copy.replace(/'/g, "''")}'!` : whole;
  });
}

/**
 * How to turn copies of sheets into ones partners without the add-in can read, together:
 * a formula that could not calculate in the copy alone (see mustBeValues) keeps the value
 * it shows now; native formulas over copied cells are kept, pointed at the copies, so totals
 * and checks still work. `copies` maps each sheet to its copy's name; `when` is printed in
 * the note.
 */
export function shareCopyPlans(
  sheets: SheetSnapshot[],
  copies: Map<string, string>,
  when: string
): ShareCopyPlan[] {
  const values = mustBeValues(sheets);
  const byCopy = new Map([...copies].map(([from, to]) => [from.toLowerCase(), to]));
  return sheets.map((sheet) => {
    const { col, row } = splitAddress(sheet.origin);
    const converted: Converted[] = [];
    const cells: CellWrite[][] = sheet.values.map((shown, r) =>
      shown.map((value, c) => {
        const f = sheet.formulas[r]?.[c];
        const at = address(col + c, row + r);
        if (isFormula(f)) {
          if (!values.has(key(sheet.sheet, at))) return { formula: retarget(f, byCopy) };
          converted.push({ address: at, formula: f });
        }
        // A value (a constant, a spilled result, or a formula's result): written as it shows.
        return value === "" ? null : value;
      })
    );
    const last = row + Math.max(sheet.values.length, 1) + 1;
    const n = converted.length;
    const note: CellWrite[][] = [
      [
        `Prepared to share on ${when} by the Pool Budgets add-in: ${n} formula${n === 1 ? "" : "s"} replaced by the values they showed (POOL functions, and formulas reading them or sheets not shared with this one), so partners without the add-in see figures, not #NAME? or #REF!. Other Excel formulas are kept.`,
      ],
      ...converted.map((c) => [`${c.address} was ${c.formula}`]),
    ];
    return {
      cells: { at: sheet.origin, cells: cells.length ? cells : [[null]] },
      note: { at: address(col, last), cells: note, italic: true },
      converted,
    };
  });
}
