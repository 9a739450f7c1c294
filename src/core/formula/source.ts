import { labelRangeFor } from "./labels";
import { parseFormula, referencesIn, Literal } from "./parse";

/** A selected cell's formula and everything it refers to: what an explanation reads. */
export interface FormulaSource {
  /** Sheet of the formula. */
  sheet: string;
  /** The formula's cell: the selected cell, or the top-left of the spill it sits in. */
  anchor: string;
  /** The selected cell. */
  address: string;
  formula: string;
  /** Where the selected cell sits in the formula's result, from its top-left. */
  offset: { row: number; col: number };
  /** What the selected cell shows now. */
  shown: Literal;
  /** Values of every range the formula refers to (and of their label columns). */
  inputs: { sheet: string; address: string; values: Literal[][] }[];
}

/**
 * The ranges to load for a formula: its references, and column A beside partner ranges.
 * None for a formula that cannot be read; the explanation then says why.
 */
export function rangesToRead(formula: string, sheet: string): { sheet: string; address: string }[] {
  let tree;
  try {
    tree = parseFormula(formula);
  } catch {
    return [];
  }
  const refs = referencesIn(tree).map((r) => ({
    sheet: r.sheet ?? sheet,
    address: r.address,
  }));
  const labels = refs.flatMap((r) => {
    const at = labelRangeFor(r.address);
    return at ? [{ sheet: r.sheet, address: at }] : [];
  });
  const seen = new Set<string>();
  return [...refs, ...labels].filter((r) => {
    const key = `${r.sheet.toLowerCase()}!${r.address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
