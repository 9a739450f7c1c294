/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { alignVsPool as coreAlignVsPool, Answer, coerceAmounts, flatten, isBlank } from "../core";
import { guard } from "./excelErrors";

/**
 * Weighs the Audit Commission's eight align-or-pool tests (Table 11) and recommends POOL, ALIGN, EITHER or INSUFFICIENT.
 * @customfunction ALIGNVSPOOL
 * @param {any[][]} answers Eight answers in test order: "pool", "align", a number from -1 (align) to 1 (pool), or blank if unknown.
 * @param {any[][]} [weights] Optional weight for each of the eight tests; equal if left out.
 * @param {any} [showReasons] TRUE to add a third column with the reasons in plain words.
 * @returns {any[][]} The recommendation and the score (-1 favours aligning, +1 pooling), and the reasons if asked.
 */
export function alignVsPool(answers: any[][], weights?: any[][], showReasons?: any): any[][] {
  return guard(() => {
    const a = flatten(answers, "answers").values.map((x) => (isBlank(x) ? null : x)) as Answer[];
    const w =
      weights === undefined || weights === null
        ? undefined
        : (coerceAmounts(weights, "weights").values as number[]);
    const result = coreAlignVsPool(a, w);
    const row: unknown[] = [result.recommendation, result.score];
    if (
      showReasons === true ||
      showReasons === 1 ||
      (typeof showReasons === "string" && showReasons.trim().toUpperCase() === "TRUE")
    ) {
      row.push(result.reasons.join(" "));
    }
    return [row];
  });
}
