/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { poolShare as corePoolShare } from "../core";
import { readPoolShareArgs } from "./args/poolShareArgs";
import { failure } from "./excelErrors";
import { shapeLike } from "./shape";

/**
 * Each partner's share of a pool, as a fraction or, given an amount, in pounds to the penny.
 * Partners run down the rows; several basis columns (e.g. spend and population) are blended.
 * @customfunction POOLSHARE
 * @helpurl https://localhost:3000/help.html#poolshare
 * @param {any[][]} basis Each partner's basis for sharing: one row per partner (or one row across), one column per basis such as historical spend or population.
 * @param {any} [amount] Optional pool total in pounds to share out; the shares then add up to it exactly.
 * @param {any[][]} [weights] Optional weight for each basis column, e.g. 0.5 and 0.5; equal if left out.
 * @param {any[][]} [fixed] Optional fixed share per partner, such as 50% or 0.5, one cell per partner; partners left blank share the rest on their basis figures.
 * @returns {any[][]} Each partner's share, in the same direction as the basis.
 */
export function poolShare(
  basis: any[][],
  amount?: any,
  weights?: any[][],
  fixed?: any[][]
): any[][] {
  try {
    const a = readPoolShareArgs(basis, amount, weights, fixed);
    return shapeLike(corePoolShare(a.basis, a.amount, a.weights, a.fixed), a.orientation);
  } catch (e) {
    return failure(e);
  }
}
