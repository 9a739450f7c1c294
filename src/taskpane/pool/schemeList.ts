import { parseAmount } from "../../core";
import type { SchemeBudget } from "../../excel/plans/monitoringSheet";

/**
 * The schemes a pool funds, as typed one per line: a name, then optionally its budget after
 * the last comma ("Intermediate care, £18,000,000"). Returns the schemes, the lines whose
 * budget is not an amount, and any name given twice (its figures would land on both rows).
 */
export function parseSchemes(text: string): {
  schemes: SchemeBudget[];
  bad: string[];
  duplicates: string[];
} {
  const schemes: SchemeBudget[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    // The budget follows the last comma or tab; "20,000" inside it has no space after its comma.
    const m = /^(.*?)(?:\s*(?:\t|,\s)\s*)([£(\-\d][\d,.£()\s-]*)$/.exec(line);
    if (!m) {
      schemes.push({ name: line, budget: null });
      continue;
    }
    const budget = parseAmount(m[2].trim());
    if (typeof budget !== "number" || budget < 0) bad.push(line);
    else schemes.push({ name: m[1].trim(), budget });
  }
  return { schemes, bad, duplicates: duplicateNames(schemes.map((s) => s.name)) };
}

/** Names that appear more than once, ignoring case, each once as first written. */
export function duplicateNames(names: string[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const n of names) {
    const key = n.trim().toLowerCase();
    if (seen.has(key) && !twice.some((t) => t.toLowerCase() === key)) twice.push(n.trim());
    seen.add(key);
  }
  return twice;
}
