/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { alignVsPool as coreAlignVsPool } from "../core";
import { readAlignVsPoolArgs } from "./args/alignVsPoolArgs";
import { failure } from "./excelErrors";

/**
 * Weighs the Audit Commission's eight align-or-pool tests (Table 11) and recommends POOL, ALIGN, EITHER or INSUFFICIENT.
 * @customfunction ALIGNVSPOOL
 * @helpurl https://localhost:3000/help.html#alignvspool
 * @param {any[][]} answers Eight answers in test order: "pool", "align", a number from -1 (align) to 1 (pool), or blank if unknown.
 * @param {any[][]} [weights] Optional weight for each of the eight tests; equal if left out.
 * @param {any} [showReasons] TRUE to add a third column with the reasons in plain words.
 * @param {any} [statutoryPower] TRUE when the pool would be made under a statutory power (section 75, Children Act s10): then private or third-sector partners (test 3 answered "align") rule pooling out.
 * @returns {any[][]} The recommendation and the score (-1 favours aligning, +1 pooling; the add-in's own scoring rule), and the reasons if asked.
 */
export function alignVsPool(
  answers: any[][],
  weights?: any[][],
  showReasons?: any,
  statutoryPower?: any
): any[][] {
  try {
    const a = readAlignVsPoolArgs(answers, weights, showReasons, statutoryPower);
    const result = coreAlignVsPool(a.answers, a.weights, { statutory: a.statutory });
    const row: unknown[] = [result.recommendation, result.score];
    if (a.showReasons) row.push(result.reasons.join(" "));
    return [row];
  } catch (e) {
    return failure(e);
  }
}
