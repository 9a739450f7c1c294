import { PoolError } from "./errors";

/**
 * Largest amount we accept: £10 trillion. Below it (under 2^50 pence) a pounds figure and
 * each part of a split, as Excel holds them, round-trip to the exact penny; nearer
 * Number.MAX_SAFE_INTEGER pence a double cannot hold every penny, so a split could not be
 * shown to add up.
 */
export const MAX_POUNDS = 1e13;

/**
 * Pounds to integer pence, half away from zero. Binary noise can put a typed half-penny a
 * hair below the boundary (1.005 * 100 = 100.49999999999999); there the decimal the user
 * typed decides, read from the number's shortest form.
 */
export function toPence(pounds: number, what = "amount"): number {
  const x = Math.abs(pounds);
  // NaN fails this too. The message is built out of line, as are the other errors on a
  // path every call takes: V8 inlines a function only while its bytecode is small.
  if (!(x <= MAX_POUNDS)) throw unusablePounds(pounds, what);
  const scaled = x * 100;
  const pence =
    Math.abs(scaled - Math.floor(scaled) - 0.5) <= scaled * 8 * Number.EPSILON
      ? halfPenny(x)
      : Math.round(scaled);
  return pounds < 0 && pence !== 0 ? -pence : pence;
}

function unusablePounds(pounds: number, what: string): PoolError {
  if (!Number.isFinite(pounds)) {
    return new PoolError("NOT_FINITE", `The ${what} is not a usable number.`);
  }
  return new PoolError(
    "TOO_LARGE",
    `The ${what} is too large to split to the penny: amounts up to ${formatPounds(MAX_POUNDS).replace(".00", "")} can be split exactly.`
  );
}

/** Pence for an amount within noise of a half-penny, rounded half up from its decimal digits. */
function halfPenny(x: number): number {
  const text = String(x);
  if (text.includes("e")) return Math.round(x * 100);
  const [whole, fraction = ""] = text.split(".");
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
  return fraction.length > 2 && fraction[2] >= "5" ? pence + 1 : pence;
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
