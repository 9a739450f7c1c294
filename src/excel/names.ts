/**
 * Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], no
 * apostrophe at either end, compared ignoring case. A trailing space is allowed by Excel
 * but reads as a different name, so none is left either.
 */
const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^['\s]+|['\s]+$/g, "");
  return cleaned || "Sheet";
}

/** `name` cut to `max` characters at a word boundary (mid-word only for one long word). */
function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const space = name.slice(0, max + 1).lastIndexOf(" ");
  const cut = space > 0 ? name.slice(0, space) : name.slice(0, max);
  return cut.replace(/['\s]+$/, "");
}

/**
 * Ways to fit a long name into `room`: its start, then its start and its last words
 * ("Statement Hertfordshire…Trust"), which keep apart partners whose names begin alike.
 */
function fits(name: string, room: number): string[] {
  if (name.length <= room) return [name];
  const words = name.split(" ");
  const out = [shorten(name, room)];
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(-k).join(" ");
    if (tail.length + 2 > room) break;
    const head = shorten(words.slice(0, -k).join(" "), room - tail.length - 1);
    if (head) out.push(`${head}…${tail}`);
  }
  return out;
}

/** `base`, or the first free "base (2)", "base (3)"... among `existing`. */
export function uniqueSheetName(base: string, existing: readonly string[], suffix = ""): string {
  return uniqueSheetNames([base], existing, suffix)[0];
}

/**
 * Names for several new sheets at once, each within Excel's rules and avoiding the sheets
 * already there and the others. `suffix` (" (shared)") always stays whole at the end. Two
 * long names that would shorten alike keep their last words; "(2)" only as a last resort.
 */
export function uniqueSheetNames(
  wanted: readonly string[],
  existing: readonly string[],
  suffix = ""
): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const room = MAX_SHEET_NAME - suffix.length;
  const clean = wanted.map(cleanSheetName);
  const options = clean.map((c) => fits(c, room));
  return clean.map((name, i) => {
    // Shortened alike to another, different name: start from the forms with its last words.
    const alike = options.some(
      (o, j) => j !== i && clean[j] !== name && o[0].toLowerCase() === options[i][0].toLowerCase()
    );
    const tries = alike && options[i].length > 1 ? options[i].slice(1) : options[i];
    let chosen = tries.map((t) => t + suffix).find((t) => !taken.has(t.toLowerCase()));
    for (let k = 2; !chosen; k++) {
      const number = ` (${k})`;
      const candidate = shorten(name, room - number.length) + number + suffix;
      if (!taken.has(candidate.toLowerCase())) chosen = candidate;
    }
    taken.add(chosen.toLowerCase());
    return chosen;
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
  // A leading apostrophe of the user's own ('Quoted') would be eaten as that marker.
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
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
