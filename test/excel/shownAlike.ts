/**
 * Whether a cell shows the same here as HyperFormula has it: numbers to within rounding,
 * anything else exactly. A formula meeting an empty cell shows 0 in Excel (and here);
 * HyperFormula leaves it empty.
 */
export function shownAlike(mine: unknown, expected: unknown, isFormula: boolean): boolean {
  if (mine === 0 && expected === "" && isFormula) return true;
  if (typeof mine === "number" && typeof expected === "number") {
    return Math.abs(mine - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return mine === expected;
}
