import { exactQuotas } from "../apportion";
import { exactPence, pence, plural, who, poss } from "./words";

/**
 * How largest remainder treated one partner: its exact share, the share rounded down to
 * the penny, and whether it received one of the pennies rounding down left over. Read
 * from the parts the function returned, so the words never disagree with its figures.
 */
export interface Rounding {
  /** Exact share in pence, before rounding. */
  exact: number;
  /** Pence after rounding down. */
  floor: number;
  /** Fraction of a penny rounding down dropped. */
  remainder: number;
  /** 1 if this partner received a leftover penny. */
  extra: number;
  /** Pennies left over once every partner's share was rounded down. */
  leftover: number;
  /** Partners (positions) that received a leftover penny. */
  receivers: number[];
  /** Its remainder equals another partner's across the receiving line: position decided. */
  tie: boolean;
  /** The smallest remainder that received a penny, in pence (0 when none did). */
  cutoff: number;
}

/** `totalPence` and `parts` as magnitudes; `parts` are what the function returned, in pence. */
export function roundingOf(
  totalPence: number,
  weights: readonly number[],
  parts: readonly number[],
  i: number
): Rounding {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = (k: number) => (totalPence * weights[k]) / sum;
  // Floors and remainders as apportion worked them, exactly; the figures shown are decimals.
  const quotas = exactQuotas(totalPence, weights);
  const floors = quotas.floors;
  const leftover = totalPence - floors.reduce((a, b) => a + b, 0);
  const receivers = floors.flatMap((f, k) => (Math.abs(parts[k]) > f ? [k] : []));
  const rem = (k: number) => Math.max(0, exact(k) - floors[k]);
  const extra = Math.abs(parts[i]) - floors[i];
  const others = floors
    .map((_, k) => k)
    .filter((k) => k !== i && weights[k] > 0 && receivers.includes(k) !== (extra === 1));
  const tie = others.some((k) => quotas.remainders[k] === quotas.remainders[i]);
  const cutoff = receivers.length ? Math.min(...receivers.map(rem)) : 0;
  return {
    exact: exact(i),
    floor: floors[i],
    remainder: rem(i),
    extra,
    leftover,
    receivers,
    tie,
    cutoff,
  };
}

/** The rounding step in words: why this partner has the penny it has. */
export function roundingSentence(r: Rounding, i: number, names?: string[]): string {
  const name = who(i, names);
  const rounded = pence(r.floor + r.extra);
  if (r.remainder < 1e-9 && r.extra === 0) {
    return `That is a whole number of pence, so no rounding is needed: ${rounded}.`;
  }
  const p = (x: number) => `${x.toFixed(2)}p`;
  const down = `Every part is first rounded down to the penny (${poss(name)} to ${pence(r.floor)})`;
  if (r.leftover === 0) return `${down}, and no penny is left over: ${rounded}.`;
  const over =
    r.leftover === 1
      ? `${down}, which leaves 1 penny over; it goes to the largest remainder.`
      : `${down}, which leaves ${plural(r.leftover, "penny", "pennies")} over; they go one each to the ${r.leftover} largest remainders.`;
  const receiverNames = r.receivers.map((k) => who(k, names));
  if (r.extra === 1) {
    const why = r.tie
      ? `its remainder (${p(r.remainder)}) tied with another partner's, and a tie goes to the partner listed first`
      : r.leftover === 1
        ? `its remainder (${p(r.remainder)}) was the largest`
        : `its remainder (${p(r.remainder)}) was among the ${r.leftover} largest`;
    return `${over} ${name} received ${r.leftover === 1 ? "it" : "one"} because ${why}: ${rounded}.`;
  }
  const than =
    r.receivers.length === 1
      ? `${poss(receiverNames[0])} (${p(r.cutoff)})`
      : `those of the partners that received one (the smallest of them ${p(r.cutoff)})`;
  const why = r.tie
    ? `its remainder (${p(r.remainder)}) tied with a partner listed earlier, which took the penny`
    : `its remainder (${p(r.remainder)}) was smaller than ${than}`;
  return `${over} ${name} did not receive one: ${why}. It keeps ${rounded}.`;
}

/** "exact share £85,714.2857" followed by the rounding, for a part shared in proportion. */
export function exactAndRounded(
  totalPence: number,
  weights: readonly number[],
  parts: readonly number[],
  i: number,
  names?: string[]
): { exact: string; rounding: string } {
  const r = roundingOf(totalPence, weights, parts, i);
  return { exact: exactPence(r.exact), rounding: roundingSentence(r, i, names) };
}
