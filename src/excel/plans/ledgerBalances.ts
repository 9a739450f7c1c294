import { Ledger } from "../../core/ledger";
import { Block, SheetPlan } from "../types";
import { heading, MONEY, wrapped } from "./cellStyles";
import { wrappedLines } from "./fitRows";
import { ledgerLayout } from "./ledgerLayout";
import { printWords } from "./printText";
import { f, literal } from "./formulaText";

/** The first partner row of the balances sheet. */
export const BALANCES_FIRST = 5;

/**
 * The year-end balances for the agreement-of-balances exercise: each partner other than
 * the host, what it owes the host (contributions outstanding and its share of the
 * overspend) and what the host owes it (balances returned), so each side records the same
 * figure; and what the host carries forward for it. Read from the Ledger sheet by each
 * partner's name. During the year the same figures are a forecast, and the title says so.
 */
export function ledgerBalancesPlan(model: Ledger, ledger: string): SheetPlan {
  const L = ledgerLayout(model);
  const others = model.partners.flatMap((p, i) => (i === model.host ? [] : [p.name]));
  const mine = (name: string, range: string) =>
    `SUMPRODUCT((${ledger}!${L.col("B", L.lines)}=${literal(name)})*(${ledger}!${range}))`;
  const first = BALANCES_FIRST;
  const note = `Each side records the same figure: what a partner owes the host is the host's debtor and the partner's creditor. Host: `;
  const last = first + others.length - 1;
  const blocks: Block[] = [
    {
      at: "A1",
      cells: [
        [
          f(
            `=${literal(`Agreement of balances: ${model.name}, `)}&${ledger}!$B$4&IF(${ledger}!$B$5="Year end",""," (forecast at "&${ledger}!$B$5&")")`
          ),
        ],
      ],
      bold: true,
    },
    {
      at: "A2",
      cells: [[f(`=${literal(note)}&${ledger}!$B$7`)]],
      italic: true,
      wrap: true,
    },
    {
      at: `A${first - 1}`,
      cells: [
        [
          "Partner",
          "Owed to the host (outstanding contributions and share of the overspend)",
          "Owed by the host (balances returned)",
          "Net: owed to the host (+) or by it (−)",
          "Held by the host for it (carried forward)",
        ],
        ...others.map((name, k) => {
          const r = first + k;
          return [
            name,
            f(
              `=ROUND(${mine(name, L.col("L", L.lines))}+INDEX(${ledger}!${L.col("E", L.partners)},MATCH(${literal(name)},${ledger}!${L.col("A", L.partners)},0)),2)`
            ),
            f(`=ROUND(${mine(name, L.col("K", L.went))},2)`),
            f(`=ROUND(B${r}-C${r},2)`),
            f(`=ROUND(${mine(name, L.col("J", L.went))},2)`),
          ];
        }),
        [
          "Total: what the host holds for others, and is owed or owes",
          ...["B", "C", "D", "E"].map((c) => f(`=SUM(${c}${first}:${c}${last})`)),
        ],
      ],
      formats: [null, MONEY, MONEY, MONEY, MONEY],
    },
    heading(`A${first - 1}`, 5),
    { at: `A${last + 1}`, cells: [Array(5).fill(null)], bold: true },
    wrapped(`A${first}`, others.length + 1, 1),
  ];
  return {
    baseName: "Year-end balances",
    blocks,
    print: {
      onePage: true,
      orientation: "portrait",
      area: `A1:E${last + 1}`,
      header: `Pool: ${printWords(model.name)}`,
      footer: "Agreement of balances",
    },
    columnWidths: [200, 110, 100, 100, 110],
    // The note reads across the page; its text is a formula, so its row is sized here.
    merges: ["A2:E2"],
    rowHeights: { 2: 15 * wrappedLines(note + model.partners[model.host].name, 620) },
  };
}
