import { Refuse } from "./messages";
import { wholePence } from "./money";

/**
 * Split `totalPence` into whole pence in proportion to `weights`, by the largest remainder
 * method: each part is the floor of its exact quota, and the pennies left over go one each
 * to the largest remainders, a tie to the earlier partner. The arithmetic is exact (see
 * exactWeights), so the same rule holds for 3 partners or 3,000 and at every total up to
 * the limit. A negative total is split as its magnitude with the sign carried. `unit` 100
 * returns pounds.
 */
export function apportion(totalPence: number, weights: readonly number[], unit = 1): number[] {
  checkWeights(weights);
  if (!Number.isSafeInteger(totalPence)) throw Refuse.totalNotWholePence();
  const total = Math.abs(totalPence);
  const { floors, remainders } = exactQuotas(total, weights);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const parts = floors;
  if (left > 0) {
    // Sorting by remainder alone, ties in position order; only partners with a remainder
    // can come first, since the remainders add up to more than the pennies left.
    const order = parts.map((_, i) => i);
    order.sort((a, b) =>
      remainders[a] > remainders[b] ? -1 : remainders[a] < remainders[b] ? 1 : a - b
    );
    for (const i of order) {
      if (left-- === 0) break;
      parts[i] += 1;
    }
  }
  const divisor = totalPence < 0 ? -unit : unit;
  return parts.map((p) => (p === 0 ? 0 : p / divisor));
}

/** Weights checked: at least one, each finite and zero or more, and not all zero. */
export function checkWeights(weights: readonly number[]): void {
  if (weights.length === 0) throw Refuse.noPartnersToShare();
  let any = false;
  weights.forEach((w, i) => {
    if (!(w >= 0) || w === Infinity) throw Refuse.badWeight(i, w);
    if (w > 0) any = true;
  });
  if (!any) throw Refuse.weightsAddToZero();
}

/**
 * The weights as whole numbers in the same ratio. Money (every weight whole pence, as
 * contributions and caps are) is taken in pence, as the figures were typed: £1,234.56 is
 * 123456. Other weights (shares, blends) are taken exactly as the doubles they are: every
 * double is an integer over a power of two, so 0.1 becomes 3602879701896397 over 2^55.
 * Plain numbers while they are safe integers; BigInt past that.
 */
export function exactWeights(weights: readonly number[]): number[] | bigint[] {
  const pence = weights.map(wholePence);
  // Money only when no weight vanishes in pence (5e-324 is a weight, not 0p).
  if (pence.every((p, i) => p !== undefined && p > 0 === weights[i] > 0)) {
    return safeOrBig(pence as number[]);
  }
  const split = weights.map(integerAndBits);
  const bits = split.reduce((most, [, b]) => Math.max(most, b), 0);
  const scaled = split.map(([m, b]) => m * 2 ** (bits - b));
  if (scaled.every(Number.isSafeInteger) && Number.isSafeInteger(sumOf(scaled))) return scaled;
  return split.map(([m, b]) => BigInt(m) << BigInt(bits - b));
}

/** Whole numbers as they are while they and their sum are safe integers; else BigInt. */
function safeOrBig(whole: number[]): number[] | bigint[] {
  if (whole.every(Number.isSafeInteger) && Number.isSafeInteger(sumOf(whole))) return whole;
  return whole.map((w) => BigInt(w));
}

/** x as m / 2^bits with m a whole number: doubling a double is exact. */
function integerAndBits(x: number): [number, number] {
  let bits = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    bits++;
  }
  return [x, bits];
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export interface Quotas {
  /** Whole pence of each exact quota total × w / Σw. */
  floors: number[];
  /** What each quota leaves over its floor, times Σw: compared exactly. */
  remainders: number[] | bigint[];
}

/** Floors and exact remainders of each partner's quota of `total` pence (the explanation reads them too). */
export function exactQuotas(total: number, weights: readonly number[]): Quotas {
  return quotas(total, exactWeights(weights));
}

/**
 * Floors and remainders of total × w / Σw. In plain numbers while every product is a safe
 * integer (the remainder operator is exact on them); in BigInt where a product passes 2^53.
 */
function quotas(total: number, weights: number[] | bigint[]): Quotas {
  const floors: number[] = [];
  if (typeof weights[0] === "number" && Number.isSafeInteger(total * sumOf(weights as number[]))) {
    const sum = sumOf(weights as number[]);
    const remainders: number[] = [];
    for (const w of weights as number[]) {
      const r = (total * w) % sum;
      floors.push((total * w - r) / sum);
      remainders.push(r);
    }
    return { floors, remainders };
  }
  const big = weights.map((w) => BigInt(w));
  const sum = big.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const remainders: bigint[] = [];
  for (const w of big) {
    const product = t * w;
    const floor = product / sum;
    floors.push(Number(floor));
    remainders.push(product - floor * sum);
  }
  return { floors, remainders };
}

/**
 * The sum of amounts that must each be zero or more and finite; the first that is not
 * throws the error `refuse` makes for it.
 */
export function sumOfAmounts(
  values: readonly number[],
  refuse: (position: number, value: number) => Error
): number {
  let sum = 0;
  values.forEach((v, i) => {
    if (!(v >= 0) || v === Infinity) throw refuse(i, v);
    sum += v;
  });
  return sum;
}
