import type { Schedule } from "../../core";
import { Block, SheetPlan } from "../types";
import { heading, INPUT } from "./cellStyles";
import { printWords } from "./printText";

/**
 * The "Agreement schedule" sheet a finance officer takes to the legal team: the Table 12
 * answers, the financial schedule with what the set-up already settles and the rest marked
 * "To agree", any warning (VAT under an NHS host), and a risk register for the partners to
 * complete. Printable on A4.
 */
export function agreementSheetPlan(schedule: Schedule, poolName: string): SheetPlan {
  const q = 5;
  const f = q + schedule.questions.length + 3;
  const w = f + schedule.financial.length + 2;
  const r = w + schedule.warnings.length + (schedule.warnings.length ? 2 : 0);
  const end = r + schedule.risks.length;
  const blocks: Block[] = [
    { at: "A1", cells: [[`Agreement schedule: ${poolName}`]], bold: true },
    {
      at: "A2",
      cells: [
        [
          "Drafted by the Pool Budgets add-in from the align-or-pool decision and the pool set-up. What they settle is filled in; the rest is marked To agree.",
        ],
      ],
      italic: true,
      wrap: true,
    },
    { at: `A${q - 1}`, cells: [["Questions to settle (Audit Commission, Table 12)"]], bold: true },
    {
      at: `A${q}`,
      cells: [
        ["Question", "Answer", "Status"],
        ...schedule.questions.map((x) => [x.item, x.value, x.status]),
      ],
      wrap: true,
    },
    heading(`A${q}`, 3),
    { at: `A${f - 1}`, cells: [["Financial schedule"]], bold: true },
    {
      at: `A${f}`,
      cells: [
        ["Item", "What is agreed", "Status"],
        ...schedule.financial.map((x) => [x.item, x.value, x.status]),
      ],
      wrap: true,
    },
    heading(`A${f}`, 3),
    ...(schedule.warnings.length
      ? [
          { at: `A${w}`, cells: [["Warnings"]], bold: true },
          { at: `A${w + 1}`, cells: schedule.warnings.map((x) => [x]), wrap: true },
        ]
      : []),
    { at: `A${r - 1}`, cells: [["Risk register"]], bold: true },
    {
      at: `A${r}`,
      cells: [
        ["Risk", "Owner", "Likelihood", "Impact", "Mitigation"],
        ...schedule.risks.map((x) => [x, null, null, null, null]),
      ],
      wrap: true,
    },
    heading(`A${r}`, 5),
    { at: `B${r + 1}`, cells: schedule.risks.map(() => [null, null, null, null]), fill: INPUT },
  ];
  return {
    baseName: "Agreement schedule",
    blocks,
    tables: [{ name: "RiskRegister", range: `A${r}:E${end}` }],
    validations: [{ range: `C${r + 1}:D${end}`, list: ["Low", "Medium", "High"] }],
    print: {
      orientation: "landscape",
      area: `A1:E${end}`,
      header: `Agreement schedule: ${printWords(poolName)}`,
      footer: "&P of &N",
      titleRows: "1:1",
    },
    columnWidths: [260, 300, 80, 80, 200],
    // The note and each warning read across the page.
    merges: [`A2:E2`, ...schedule.warnings.map((_, k) => `A${w + 1 + k}:E${w + 1 + k}`)],
  };
}
