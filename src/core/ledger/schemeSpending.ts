import { apportion } from "../apportion";
import { Refuse } from "../messages";
import { Funding, Ledger, PeriodFigures, schemeBudget } from "./model";

/** How one scheme's spending falls on the lines that fund it. */
export interface SchemeSpending {
  scheme: number;
  budget: number;
  /** Spending counted: the figure given, or the budget when the scheme has no forecast yet. */
  spend: number;
  /** True when no figure was given and the scheme counts at its budget. */
  atBudget: boolean;
  income: number;
  /** Spending less income. */
  net: number;
  /** Net over (+) or under (−) the budget. */
  variance: number;
  /** What each funding line pays: its share of net spending, never more than it gave. */
  charges: Funding[];
  /** Net spending beyond the budget, met by the order of draw. */
  overspend: number;
}

/**
 * Each scheme's net spending charged to its funding lines. Within budget, each line pays
 * its share of what was spent, in proportion to what it gave (largest remainder, so the
 * charges add up to the spending); over budget, each line pays all it gave and the rest is
 * the scheme's overspend. So a line never pays more than it gave a scheme.
 */
export function schemeSpending(ledger: Ledger, figures: PeriodFigures): SchemeSpending[] {
  return ledger.schemes.map((s, scheme) => {
    const budget = schemeBudget(s);
    const given = figures.spend[scheme];
    const spend = given ?? budget;
    const income = figures.income?.[scheme] ?? 0;
    const net = spend - income;
    const over = Math.max(0, net - budget);
    // A scheme with no budget has no line to credit with income beyond its spending.
    if (budget === 0 && net < 0) throw Refuse.incomeWithoutBudget(s.name);
    const amounts = s.funding.map((f) => f.amount);
    const within = over > 0 || budget === 0 ? amounts : apportion(net, amounts);
    return {
      scheme,
      budget,
      spend,
      atBudget: given === null || given === undefined,
      income,
      net,
      variance: net - budget,
      charges: s.funding.map((f, k) => ({ line: f.line, amount: within[k] ?? 0 })),
      overspend: over,
    };
  });
}
