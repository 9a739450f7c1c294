import { MONTH_NAMES } from "../../core/months";
import type { Scalar } from "../types";

const SHORT_NAMES = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The number of decimals a format shows after its point: "0.00%" two, "£#,##0" none. */
const decimals = (section: string) => /\.(0+)/.exec(section)?.[1].length ?? 0;

function grouped(x: number, places: number): string {
  return x.toLocaleString("en-GB", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
}

/** An Excel date serial as the format writes it: "d mmm yyyy", "dd/mm/yyyy", "d mmmm yyyy". */
function dateText(serial: number, format: string): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  return format
    .replace(/yyyy/, String(year))
    .replace(/mmmm/, "\u0001")
    .replace(/mmm/, "\u0002")
    .replace(/mm/, String(month + 1).padStart(2, "0"))
    .replace(/dd/, String(day).padStart(2, "0"))
    .replace(/d/, String(day))
    .replace("\u0001", MONTH_NAMES[month])
    .replace("\u0002", SHORT_NAMES[month]);
}

/**
 * A value as a cell with this number format shows it, for the formats the add-in writes:
 * money ("£#,##0.00;(£#,##0.00)", with a dash for zero where the format has one),
 * percentages, grouped numbers and dates; anything else in Excel's General style.
 */
export function cellText(value: Scalar, format?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const sections = (format ?? "").split(";");
  if (/[dmy]{2,}/.test(sections[0]) && !/0/.test(sections[0])) return dateText(value, sections[0]);
  if (/%/.test(sections[0])) return `${grouped(value * 100, decimals(sections[0]))}%`;
  if (/0/.test(sections[0])) {
    if (value === 0 && sections[2]) return sections[2].replace(/"/g, "");
    const section = value < 0 && sections[1] ? sections[1] : sections[0];
    const places = decimals(section);
    const body = grouped(Math.abs(value), places);
    const pound = section.includes("£") ? "£" : "";
    if (value < 0 && sections[1])
      return section.includes("(") ? `(${pound}${body})` : `-${pound}${body}`;
    return `${value < 0 ? "-" : ""}${pound}${body}`;
  }
  // General: up to ten significant figures, as Excel shows a number in a normal-width cell.
  return String(Number(value.toPrecision(10)));
}
