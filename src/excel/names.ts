/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], compared ignoring case. */
const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME);
}

/** `base`, or the first free "base (2)", "base (3)"... among `existing`. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Unique names for several new sheets at once, each avoiding the others too. */
export function uniqueSheetNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const used = [...existing];
  return wanted.map((w) => {
    const name = uniqueSheetName(w, used);
    used.push(name);
    return name;
  });
}

/** Table and defined names: letters, digits, underscores; unique in the workbook. */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1");
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}_${i}`.toLowerCase())) return `${clean}_${i}`;
}

/**
 * Text typed by a user must never become a formula when written through `formulas`:
 * a leading apostrophe makes Excel keep it as text.
 */
export function asCellText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** "Sheet 1!A1:B2" or "'My sheet'!A1" -> sheet and address. */
export function splitQualified(address: string): { sheet: string; address: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: "", address };
  const sheet = address
    .slice(0, i)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: address.slice(i + 1) };
}
