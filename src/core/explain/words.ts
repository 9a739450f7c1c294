import { formatPounds } from "../money";
import { formatPercent } from "../percent";

/** A partner by its name where the sheet gives one, else by its position. */
export function who(i: number, names?: string[]): string {
  const name = names?.[i]?.trim();
  return name ? name : `Partner ${i + 1}`;
}

/** Pounds without brackets: the words say which way the money goes. */
export const money = (pounds: number): string => formatPounds(Math.abs(pounds));

/** Pence as pounds, for figures that are whole pence. */
export const pence = (p: number): string => formatPounds(Math.abs(p) / 100);

const exactGbp = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** An exact share before rounding, in pence, to four places of pounds: "£85,714.2857". */
export const exactPence = (p: number): string => exactGbp.format(Math.abs(p) / 100);

export const percent = formatPercent;

/** "A, B and C". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** The possessive as written: "the council's", "PCTs'" (a plural name takes the apostrophe alone). */
export const poss = (name: string): string => (/s$/.test(name) ? `${name}'` : `${name}'s`);
