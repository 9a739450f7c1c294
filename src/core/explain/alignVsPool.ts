import { alignVsPool, Answer, parseAnswer, SCORING_RULE, TABLE_11 } from "../alignVsPool";
import { Explanation } from "./explanation";

/**
 * ALIGNVSPOOL's recommendation, score or reasons, worked through: each test's answer as
 * +1 (pool) to −1 (align), the weighted mean, and which rule then decided.
 */
export function explainAlignVsPool(
  answers: Answer[],
  weights: number[] | undefined,
  statutory: boolean,
  column: 0 | 1 | 2
): Explanation {
  const result = alignVsPool(answers, weights, { statutory });
  const w = weights ?? new Array<number>(TABLE_11.length).fill(1);
  const degrees = answers.map(parseAnswer);
  const answered = degrees.flatMap((d, k) =>
    d === null
      ? []
      : [
          `test ${k + 1} (${TABLE_11[k].topic.toLowerCase()}) ${d > 0 ? "+" : ""}${d}${weights ? ` × weight ${w[k]}` : ""}`,
        ]
  );
  const unanswered = degrees.flatMap((d, k) => (d === null ? [String(k + 1)] : []));
  const steps = [
    `Each answer counts +1 for pooling, −1 for aligning, or the figure given: ${answered.length ? answered.join("; ") : "none answered"}.${unanswered.length ? ` Not answered, so not counted: test${unanswered.length > 1 ? "s" : ""} ${unanswered.join(", ")}.` : ""}`,
    `The score is the ${weights ? "weighted " : ""}mean of the answered tests: ${result.score}.`,
  ];
  const legal = degrees[7];
  const whoTest = degrees[2];
  if (legal !== null && legal < 0) {
    steps.push(
      `Test 8 is answered on the aligning side (legal or other constraints), which rules pooling out whatever the score: ALIGN.`
    );
  } else if (statutory && whoTest !== null && whoTest < 0) {
    steps.push(
      `The pool would be made under a statutory power and test 3 says private or third-sector partners are involved; they cannot join such a pool (Audit Commission Table 10), so: ALIGN.`
    );
  } else if (result.answered < 5) {
    steps.push(
      `Only ${result.answered} of the 8 tests are answered; at least 5 are needed for a recommendation: INSUFFICIENT.`
    );
  } else if (result.recommendation === "EITHER") {
    steps.push(`The score is within ±0.2 of zero, so the answers are balanced: EITHER.`);
  } else {
    steps.push(
      `The score is ${result.score > 0 ? "above +0.2, favouring pooling: POOL" : "below −0.2, favouring aligning: ALIGN"}.`
    );
  }
  steps.push(SCORING_RULE);
  const figure =
    column === 0 ? result.recommendation : column === 1 ? result.score : result.reasons.join(" ");
  const summary =
    column === 1
      ? `The score is ${result.score} (−1 favours aligning, +1 pooling), from ${result.answered} answered tests.`
      : column === 2
        ? `The reasons behind the recommendation ${result.recommendation}.`
        : `The recommendation is ${result.recommendation}, from ${result.answered} answered tests.`;
  if (column === 2) steps.push(...result.reasons);
  return { figure, summary, steps };
}
