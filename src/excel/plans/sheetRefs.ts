import type { SheetPlan } from "../types";

/**
 * Sheets written together refer to each other (the Monitoring sheet reads the Pool sheet)
 * before Excel has named them: a formula writes `{{Pool}}!B6` for "the sheet planned as
 * Pool", and the gateway puts in the name each sheet was given ("'Pool (2)'!B6").
 */
export const sheetRef = (baseName: string): string => `{{${baseName}}}`;

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function resolveSheetRefs(plans: SheetPlan[], names: string[]): SheetPlan[] {
  const byBase = new Map(plans.map((p, i) => [p.baseName, quoted(names[i])]));
  const swap = (f: string) =>
    f.replace(/\{\{([^}]+)\}\}/g, (whole, base: string) => byBase.get(base) ?? whole);
  return plans.map((p) => ({
    ...p,
    blocks: p.blocks.map((b) => ({
      ...b,
      cells: b.cells.map((row) =>
        row.map((c) => (c !== null && typeof c === "object" ? { formula: swap(c.formula) } : c))
      ),
    })),
  }));
}
