import { apportion } from "./apportion";
import { toPence, fromPence } from "./money";

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
  const total = weights.reduce((a, b) => a + b, 0);
  const inc = apportion(toPence(income, "income"), weights);
  const exp = apportion(toPence(expenditure, "expenditure"), weights);
  const variance = apportion(
    toPence(expenditure, "expenditure") - toPence(income, "income"),
    weights
  );
  return partners.map((p, i) => ({
    partner: p.name,
    contribution: p.contribution,
    share: p.contribution / total,
    income: fromPence(inc[i]),
    expenditure: fromPence(exp[i]),
    variance: fromPence(variance[i]),
  }));
}
