import { toPence } from "../money";
import { poolShare } from "../poolShare";
import { Explanation } from "./explanation";
import { exactAndRounded } from "./pennies";
import { list, money, percent, who, poss } from "./words";

/**
 * POOLSHARE's figure for one partner: its basis figure against the total (each column,
 * then the blend), any fixed share, and with an amount, its pounds to the penny.
 */
export function explainPoolShare(
  rows: number[][],
  amount: number | undefined,
  weights: number[] | undefined,
  fixed: (number | null)[] | undefined,
  i: number,
  names?: string[]
): Explanation {
  const shares = poolShare(rows, undefined, weights, fixed);
  const result = amount === undefined ? shares : poolShare(rows, amount, weights, fixed);
  const figure = result[i];
  const name = who(i, names);
  const steps: string[] = [];
  const hasFixed = !!fixed && fixed.some((f) => f !== null);
  const free = rows.map((_, k) => k).filter((k) => !hasFixed || fixed![k] === null);
  const fixedSum = hasFixed ? fixed!.reduce<number>((a, f) => a + (f ?? 0), 0) : 0;
  if (hasFixed) {
    const fixedOnes = fixed!.flatMap((f, k) =>
      f === null ? [] : [`${who(k, names)} ${percent(f)}`]
    );
    steps.push(
      `The agreement fixes ${fixedOnes.length === 1 ? "a share" : "shares"}: ${list(fixedOnes)}.`
    );
  }
  if (hasFixed && fixed![i] !== null) {
    steps.push(
      `${poss(name)} share is fixed at ${percent(fixed![i]!)}, whatever its basis figures.`
    );
  } else {
    const scale = hasFixed ? Math.max(0, 1 - fixedSum) : 1;
    const k = rows[0].length;
    const w = weights ?? new Array<number>(k).fill(1);
    const usable = w.reduce((a, b) => a + b, 0);
    const colShare = (j: number) => {
      const total = free.reduce((a, p) => a + rows[p][j], 0);
      return { total, share: rows[i][j] / total };
    };
    const among = hasFixed ? ` among the partners without a fixed share` : "";
    if (k === 1) {
      const { total, share } = colShare(0);
      steps.push(
        `${poss(name)} basis figure is ${num(rows[i][0])} of ${num(total)}${among}, so its share is ${percent(share)}.`
      );
    } else {
      const parts = w.map((wj, j) => {
        const { total, share } = colShare(j);
        return wj === 0
          ? `column ${j + 1} has weight 0 and does not count`
          : `column ${j + 1}: ${num(rows[i][j])} of ${num(total)} = ${percent(share)}, weight ${percent(wj / usable)}`;
      });
      steps.push(`${poss(name)} share of each basis column${among}: ${list(parts)}.`);
      steps.push(
        `Blended by the weights: ${percent(scale === 1 ? shares[i] : shares[i] / scale)}.`
      );
    }
    if (hasFixed) {
      steps.push(
        `The fixed shares leave ${percent(scale)}, so ${poss(name)} share is ${percent(scale)} of that: ${percent(shares[i])}.`
      );
    }
  }
  if (amount === undefined) {
    steps.push(
      `Without an amount the share comes back as a fraction (${shares[i]}); format the cell as a percentage to read it as ${percent(shares[i])}.`
    );
    return { figure, summary: `${poss(name)} share of the pool is ${percent(shares[i])}.`, steps };
  }
  const totalPence = toPence(amount, "amount to share");
  const partsPence = Array.from(result, (p) => toPence(p));
  const r = exactAndRounded(totalPence, Array.from(shares), partsPence, i, names);
  steps.push(
    `Of the ${money(amount)} to share, ${percent(shares[i])} is exactly ${r.exact}.`,
    r.rounding
  );
  return {
    figure,
    summary: `${poss(name)} share of ${money(amount)} is ${money(figure)} (${percent(shares[i])}).`,
    steps,
  };
}

/** A basis figure as typed: money-like figures with separators, fractions as they are. */
const num = (x: number): string =>
  Number.isInteger(x) ? x.toLocaleString("en-GB") : String(Number(x.toPrecision(12)));
