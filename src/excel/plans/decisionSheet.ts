import { heading, wrapped } from "./cellStyles";
import { wrappedLines } from "./fitRows";
import { AlignVsPoolResult, questionsFor, SCORING_RULE, TABLE_11 } from "../../core";
import { SheetPlan } from "../types";

export type AnswerChoice = "align" | "pool" | "";

/**
 * The "Align or pool" sheet: the eight Table 11 tests with the answers given, a live
 * =POOL.ALIGNVSPOOL over them (so the decision is auditable and recalculates if an
 * answer is changed), and the Table 12 checklist for the route recommended.
 */
export interface DecisionContext {
  partnership: string;
  /** Table 12 questions the user ticked as settled, by question text. */
  settled?: Record<string, boolean>;
  /** The pool would be made under a statutory power (test 3 can then rule pooling out). */
  statutory?: boolean;
}

export function decisionSheetPlan(
  answers: AnswerChoice[],
  result: AlignVsPoolResult,
  { partnership, settled = {}, statutory = false }: DecisionContext
): SheetPlan {
  const head = 6;
  const first = head + 1;
  const last = head + TABLE_11.length;
  const resultRow = last + 2;
  const questions = questionsFor(result.recommendation);
  const checklistHead = resultRow + 4 + result.reasons.length;
  return {
    baseName: "Align or pool",
    blocks: [
      { at: "A1", cells: [[`Align or pool? ${partnership}`.trim()]], bold: true },
      {
        at: "A2",
        cells: [
          [
            'Audit Commission tests (Table 11). Answer "align", "pool" or leave blank; the result below recalculates.',
          ],
          [SCORING_RULE],
          [
            statutory
              ? "Under a statutory power (section 75 or Children Act s10): private or third-sector partners rule pooling out."
              : "No statutory power assumed.",
          ],
        ],
        italic: true,
        wrap: true,
      },
      {
        at: `A${head}`,
        cells: [
          ["Test", "Aligning suits when", "Pooling suits when", "Answer"],
          ...TABLE_11.map((t, i) => [t.number, t.align, t.pool, answers[i] ?? ""]),
        ],
      },
      heading(`A${head}`, 4),
      wrapped(`B${first}`, TABLE_11.length, 2),
      { at: `D${first}`, cells: TABLE_11.map(() => [null]), fill: "#FFF2CC" },
      {
        at: `A${resultRow}`,
        cells: [
          ["Recommendation", "Score", "Reasons"],
          [
            {
              formula: `=POOL.ALIGNVSPOOL(D${first}:D${last},,TRUE${statutory ? ",TRUE" : ""})`,
            },
            null,
            null,
          ],
          ["Recorded by the add-in", result.recommendation, result.score],
        ],
      },
      { at: `A${resultRow}`, cells: [[null, null, null]], bold: true },
      // The reasons the function spills: wrapped in their column, not run off the page.
      wrapped(`C${resultRow + 1}`, 1, 1),
      { at: `A${resultRow + 3}`, cells: result.reasons.map((r) => [r]), wrap: true },
      {
        at: `A${checklistHead}`,
        cells: [
          ["Questions to settle before the agreement (Table 12)", null, null, "Settled?"],
          ...questions.map((q) => [q.question, null, null, settled[q.question] ? "Yes" : "No"]),
        ],
        wrap: true,
      },
      heading(`A${checklistHead}`, 4),
    ],
    // Notes, reasons and questions read across the tests' width.
    merges: [
      ...[2, 3, 4].map((r) => `A${r}:D${r}`),
      ...result.reasons.map((_, k) => `A${resultRow + 3 + k}:D${resultRow + 3 + k}`),
      ...[checklistHead, ...questions.map((_, k) => checklistHead + 1 + k)].map(
        (r) => `A${r}:C${r}`
      ),
    ],
    rowHeights: { [resultRow + 1]: 15 * wrappedLines(result.reasons.join(" "), 260) },
    tables: [{ name: "AlignOrPoolTests", range: `A${head}:D${last}` }],
    names: [{ name: "AlignOrPool_Answers", range: `D${first}:D${last}` }],
    columnWidths: [110, 260, 260, 80],
    print: {
      orientation: "landscape",
      area: `A1:D${checklistHead + questions.length}`,
      header: "Align or pool",
      footer: "&P of &N",
      titleRows: "1:1",
    },
  };
}
