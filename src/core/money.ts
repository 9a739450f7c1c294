import { PoolError } from "./errors";

/** Largest amount we accept: £90 trillion keeps every pence value an exact JS integer. */
export const MAX_POUNDS = Number.MAX_SAFE_INTEGER / 100;

/**
 * Pounds to integer pence, half away from zero. The tiny nudge absorbs binary noise
 * (1.15 * 100 = 114.99999999999999) so typed amounts land on the penny the user meant.
 */
export function toPence(pounds: number, what = "amount"): number {
  if (!Number.isFinite(pounds)) {
    throw new PoolError("NOT_FINITE", `The ${what} is not a usable number.`);
  }
  if (Math.abs(pounds) > MAX_POUNDS) {
    throw new PoolError("TOO_LARGE", `The ${what} is too large to split to the penny.`);
  }
  const scaled = Math.abs(pounds) * 100;
  const pence = Math.round(scaled + scaled * 1e-15);
  return pounds < 0 ? -pence : pence;
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
