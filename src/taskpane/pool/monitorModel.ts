import {
  deficitSplit,
  forecastVariance,
  fromPence,
  memorandum,
  MemorandumLine,
  nextYear,
  nextYearLabel,
  BalanceTreatment,
  riskShare,
  SchemeFigures,
  SplitOptions,
  toPence,
} from "../../core";
import type { PoolInputs } from "../../excel/plans/readPool";
import type { PoolSetup } from "../../core";

/**
 * The Monitor screen's working, pure so it is tested without a pane: the forecast
 * variance, its split by the pool's agreed rule, each partner's closing balance, and the
 * next year's set-up. The same figures the sheets' formulas give.
 */
const liable = (setup: PoolSetup) =>
  setup.partners.map((p) => (p.bodyType === "funding-stream" ? 0 : p.contribution));

export function ruleOf(setup: PoolSetup): SplitOptions {
  return {
    method: setup.method,
    host: setup.host,
    threshold: setup.threshold,
    caps: setup.partners.map((p) => (p.cap === null || p.cap === undefined ? Infinity : p.cap)),
  };
}

/** Each partner's part of a variance under the pool's agreed rule (bands where it has them). */
export function splitOf(setup: PoolSetup, variance: number): number[] {
  if (setup.bands?.length) return Array.from(riskShare(variance, liable(setup), setup.bands).parts);
  return Array.from(deficitSplit(variance, liable(setup), ruleOf(setup)));
}

/** The year so far: forecast variance, forecast outturn, and each partner's memorandum. */
export function yearPosition(setup: PoolSetup, inputs: PoolInputs, schemes: SchemeFigures[]) {
  const variance = forecastVariance(schemes);
  const budget = fromPence(schemes.reduce((a, s) => a + toPence(s.budget, "budget"), 0));
  const expenditure = fromPence(toPence(budget, "budget") + toPence(variance, "variance"));
  const lines: MemorandumLine[] = memorandum(
    setup.partners.map((p, i) => ({
      name: p.name,
      contribution: p.contribution,
      broughtForward: inputs.broughtForward[i],
      received: inputs.received[i],
      fundingStream: p.bodyType === "funding-stream",
    })),
    {
      income: inputs.income,
      expenditure,
      variance,
      assets: inputs.assets,
      liabilities: inputs.liabilities,
    },
    ruleOf(setup)
  );
  if (setup.bands?.length) {
    // Under a risk-share schedule the variance goes through the bands, as the sheet's IF does.
    const parts = splitOf(setup, variance);
    lines.forEach((l, i) => {
      const exp = fromPence(toPence(l.withinBudget, "x") + toPence(parts[i], "x"));
      l.variance = parts[i];
      l.expenditure = exp;
      l.carriedForward = fromPence(
        toPence(l.broughtForward, "x") +
          toPence(l.received, "x") +
          toPence(l.income, "x") -
          toPence(exp, "x")
      );
    });
  }
  return { variance, budget, expenditure, lines };
}

export interface NextYearChoices {
  /** Per partner, fractions (0.025 for 2.5%). */
  uplifts: number[];
  /** Per partner, pounds: growth positive, saving negative. */
  changes: number[];
  treatment: BalanceTreatment;
}

/** Next year's set-up from this year's closing balances and the agreed changes. */
export function nextYearSetup(setup: PoolSetup, lines: MemorandumLine[], choices: NextYearChoices) {
  const partners = nextYear(
    setup.partners.map((p, i) => ({
      name: p.name,
      contribution: p.contribution,
      uplift: choices.uplifts[i] ?? 0,
      change: choices.changes[i] ?? 0,
      closing: lines[i].carriedForward,
    })),
    choices.treatment
  );
  const next: PoolSetup = {
    ...setup,
    year: nextYearLabel(setup.year),
    period: "Quarter 1",
    partners: setup.partners.map((p, i) => ({
      ...p,
      contribution: partners[i].contribution,
      broughtForward: partners[i].broughtForward,
    })),
  };
  return { setup: next, partners };
}
