import { toPence } from "../money";
import { RiskBand, riskShare, RiskUnderspend } from "../riskShare";
import { Explanation } from "./explanation";
import { exactAndRounded } from "./pennies";
import { list, money, percent, who, poss } from "./words";

/**
 * RISKSHARE's figure for one partner, band by band: how much of the variance fell in each
 * band, this partner's share of it and how rounding settled it, then the total.
 */
export function explainRiskShare(
  variance: number,
  contributions: number[],
  bands: RiskBand[],
  underspend: RiskUnderspend,
  i: number,
  names?: string[]
): Explanation {
  const result = riskShare(variance, contributions, bands, underspend);
  const figure = result.parts[i];
  const name = who(i, names);
  if (toPence(variance, "variance") === 0) {
    return {
      figure,
      summary: `${poss(name)} part is £0.00: there is no over- or underspend to split.`,
      steps: [`The variance is £0.00, so every band and every partner's part is £0.00.`],
    };
  }
  const over = variance > 0;
  const what = over ? "overspend" : "underspend";
  const steps: string[] = [];
  if (!over && underspend === "proportional") {
    steps.push(
      `The ${what} is ${money(variance)}. Under this schedule an underspend goes back in proportion to contributions, not through the bands.`
    );
  } else {
    steps.push(
      `The ${what} of ${money(variance)} is taken through the risk-share schedule band by band.`
    );
  }
  const sum = contributions.reduce((a, b) => a + b, 0);
  const pieces: string[] = [];
  result.bands.forEach((b, k) => {
    const amount = toPence(b.amount, "band");
    const partsPence = Array.from(b.parts, (p) => toPence(p));
    pieces.push(money(b.parts[i]));
    const slice =
      result.bands.length === 1 && b.band === 0
        ? `The whole ${money(b.amount)}`
        : k === 0
          ? `Band ${b.band} takes the first ${money(b.amount)}`
          : b.band > bands.length || bands[b.band - 1].size === null
            ? `The remaining ${money(b.amount)}${b.band > bands.length ? ", beyond the last band," : ""}`
            : `Band ${b.band} takes the next ${money(b.amount)}`;
    if (b.basis === "shares") {
      const shares = bands[b.band - 1].shares!.map((s) => s ?? 0);
      const holders = shares.flatMap((s, p) => (s > 0 ? [`${who(p, names)} ${percent(s)}`] : []));
      const split =
        holders.length === 1
          ? `falls to ${holders[0].replace(/ 100\.00%$/, "")}`
          : `is shared ${list(holders)}`;
      const line = `${slice} and ${split}`;
      if (shares[i] === 0) steps.push(`${line}, so ${poss(name)} part of it is £0.00.`);
      else if (shares[i] === 1)
        steps.push(`${line}, so ${name} bears all of it: ${money(b.parts[i])}.`);
      else {
        const r = exactAndRounded(Math.abs(amount), shares, partsPence, i, names);
        steps.push(`${line}: ${poss(name)} exact share is ${r.exact}.`, r.rounding);
      }
    } else {
      const line = `${slice} is shared in proportion to contributions`;
      if (contributions[i] === 0)
        steps.push(`${line}; ${name} put in nothing, so its part is £0.00.`);
      else {
        const r = exactAndRounded(Math.abs(amount), contributions, partsPence, i, names);
        steps.push(
          `${line}: ${name} put in ${money(contributions[i])} of ${money(sum)} (${percent(contributions[i] / sum)}), so its exact share is ${r.exact}.`,
          r.rounding
        );
      }
    }
  });
  if (result.bands.length > 1) {
    steps.push(`In all, ${poss(name)} part is ${pieces.join(" + ")} = ${money(figure)}.`);
  }
  const verb = over ? "pays" : "gets back";
  return {
    figure,
    summary: `${name} ${verb} ${money(figure)} of the ${money(variance)} ${what}.`,
    steps,
  };
}
