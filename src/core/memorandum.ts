import { apportionChecked, checkWeights } from "./apportion";
import { toPence } from "./money";

export interface MemorandumLine {
  partner: string;
  contribution: number;
  share: number;
  income: number;
  expenditure: number;
  variance: number;
}

/**
 * The year-end memorandum the host sends each partner (IAS 31 as applied to pools): each
 * partner's share of the pool's income, expenditure and over/underspend, in proportion
 * to its tagged contribution, each column split to the penny.
 */
export function memorandum(
  partners: { name: string; contribution: number }[],
  income: number,
  expenditure: number
): MemorandumLine[] {
  const weights = partners.map((p) => p.contribution);
  const total = checkWeights(weights);
  const incomePence = toPence(income, "income");
  const expenditurePence = toPence(expenditure, "expenditure");
  // Each column straight to pounds (unit 100), split to the penny.
  const inc = apportionChecked(incomePence, weights, total, 100);
  const exp = apportionChecked(expenditurePence, weights, total, 100);
  const variance = apportionChecked(expenditurePence - incomePence, weights, total, 100);
  return partners.map((p, i) => ({
    partner: p.name,
    contribution: p.contribution,
    share: p.contribution / total,
    income: inc[i],
    expenditure: exp[i],
    variance: variance[i],
  }));
}
