import { Refuse } from "./messages";

/**
 * Largest amount we accept: £10 trillion. Below it (under 2^50 pence) a pounds figure and
 * each part of a split, as Excel holds them, round-trip to the exact penny; nearer
 * Number.MAX_SAFE_INTEGER pence a double cannot hold every penny, so a split could not be
 * shown to add up.
 */
export const MAX_POUNDS = 1e13;

/**
 * Pounds to integer pence. The figure must be a whole number of pence: as written (its
 * shortest decimal form has at most two places), or within floating-point noise of one
 * (=0.1+0.2 is 30p). Noise is a millionth of a penny, or a ten-trillionth of the figure
 * for large computed sums, never more than a hundredth of a penny. £100.005 is refused
 * rather than rounded, so the parts of a split always add up to the figure in the cell.
 */
export function toPence(pounds: number, what = "amount"): number {
  if (!Number.isFinite(pounds)) throw Refuse.notANumber(what);
  if (Math.abs(pounds) > MAX_POUNDS) throw Refuse.tooLarge(what, MAX_POUNDS);
  const pence = wholePence(pounds);
  if (pence === undefined) throw Refuse.notWholePence(what, pounds);
  return pence;
}

/** The whole pence a finite figure means (see toPence), or undefined if it is not whole pence. */
export function wholePence(pounds: number): number | undefined {
  const scaled = pounds * 100;
  const pence = Math.round(scaled);
  const noise = Math.min(0.01, Math.max(1e-6, Math.abs(scaled) * 1e-13));
  if (Math.abs(scaled - pence) > noise && !hasTwoPlaces(pounds)) return undefined;
  return pence === 0 ? 0 : pence;
}

/** 1234.56 as written: its shortest decimal form has at most two decimal places. */
function hasTwoPlaces(x: number): boolean {
  return /^-?\d+(\.\d{1,2})?$/.test(String(x));
}

/** Integer pence back to pounds (0 stays 0, never -0). */
export function fromPence(pence: number): number {
  return pence === 0 ? 0 : pence / 100;
}

const gbp = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£1,234.50"; negatives in brackets as finance reports show them: "(£5,000.00)". */
export function formatPounds(pounds: number): string {
  const text = gbp.format(Math.abs(pounds));
  return pounds < 0 ? `(${text})` : text;
}

export function formatPence(pence: number): string {
  return formatPounds(fromPence(pence));
}
