import { apportion, checkWeights } from "./apportion";
import { deficitSplit, SplitOptions } from "./deficitSplit";
import { fromPence, toPence } from "./money";

export interface MemorandumPartner {
  name: string;
  contribution: number;
  /** Balance brought forward from last period's statement, pounds. */
  broughtForward?: number;
  /** Contributions actually received in the period, pounds. */
  received?: number;
  /** A funding stream bears none of the variance (a grant never funds an overspend). */
  fundingStream?: boolean;
}

export interface PoolFigures {
  /** Other income beyond contributions. */
  income: number;
  /** Expenditure: forecast outturn during the year, actual at year end. */
  expenditure: number;
  /** The over (+) or under (−) spend, split by the agreed rule. */
  variance: number;
  assets?: number;
  liabilities?: number;
}

export interface MemorandumLine {
  partner: string;
  broughtForward: number;
  received: number;
  income: number;
  withinBudget: number;
  variance: number;
  expenditure: number;
  carriedForward: number;
  assets: number;
  liabilities: number;
}

/**
 * The memorandum the host sends each partner (IFRS 11 as the local authority Code has
 * applied it since 2014/15; the reports cite its predecessor, IAS 31): what the pool
 * received, spent and what remains, with each partner's contributions tagged to it.
 * Income, assets, liabilities and the spending within budget are shared in proportion to
 * contributions; the over/(under)spend by the agreed rule; so a partner's share of
 * expenditure is its spending within budget plus its share of the variance. The Pool
 * sheet's formulas do the same, column for column.
 */
export function memorandum(
  partners: MemorandumPartner[],
  figures: PoolFigures,
  rule: SplitOptions = {}
): MemorandumLine[] {
  const weights = partners.map((p) => p.contribution);
  checkWeights(weights);
  // Each column straight to pounds (unit 100), split to the penny.
  const share = (pounds: number | undefined, what: string) =>
    apportion(toPence(pounds ?? 0, what), weights, 100);
  const income = share(figures.income, "income");
  const within = fromPence(
    toPence(figures.expenditure, "expenditure") - toPence(figures.variance, "variance")
  );
  const withinBudget = share(within, "expenditure");
  const variance = deficitSplit(
    figures.variance,
    partners.map((p) => (p.fundingStream ? 0 : p.contribution)),
    rule
  );
  const assets = share(figures.assets, "assets");
  const liabilities = share(figures.liabilities, "liabilities");
  return partners.map((p, i) => {
    const expenditure = fromPence(toPence(withinBudget[i] + variance[i], "expenditure"));
    const broughtForward = p.broughtForward ?? 0;
    const received = p.received ?? 0;
    return {
      partner: p.name,
      broughtForward,
      received,
      income: income[i],
      withinBudget: withinBudget[i],
      variance: variance[i],
      expenditure,
      carriedForward: fromPence(
        toPence(broughtForward + received + income[i] - expenditure, "balance")
      ),
      assets: assets[i],
      liabilities: liabilities[i],
    };
  });
}
