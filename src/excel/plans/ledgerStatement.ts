import { colLetter } from "../../core/a1";
import { Ledger, ruleWords } from "../../core/ledger";
import { Block, CellWrite, SheetPlan } from "../types";
import { MONEY, heading, wrapped } from "./cellStyles";
import { wrappedLines } from "./fitRows";
import { orderWords } from "./ledgerSheet";
import { ledgerLayout } from "./ledgerLayout";
import { printWords } from "./printText";
import { f, literal, dateWords } from "./formulaText";

/** The rows of a partner's ledger statement, with the Ledger sheet column each reads. */
export const LEDGER_STATEMENT_ROWS = {
  head: 5,
  broughtForward: 6,
  contribution: 7,
  due: 8,
  received: 9,
  outstanding: 10,
  notYetDue: 11,
  schemes: 12,
  drawn: 13,
  contingency: 14,
  spending: 15,
  balance: 16,
  carriedForward: 17,
  returned: 18,
  lineCheck: 19,
  shareOfOverspend: 21,
  ledgerCheck: 22,
};

/**
 * One partner's statement from the Ledger sheet, a column per source: in year the
 * "Forecast year-end position" (what is due to date, received, outstanding and not yet
 * due; its share of forecast spending; the balance it would leave), at year end the
 * "Memorandum of accounts" (actual spending, and each line's balance carried forward or
 * returned). Each line reconciles on the sheet (brought forward + received + outstanding +
 * not yet due − spending = carried forward + returned), and a check compares the total
 * with the Ledger's own lines for this partner, found by its name. `ledger` is how
 * formulas name the Ledger sheet.
 */
export function ledgerStatementPlan(model: Ledger, partner: number, ledger: string): SheetPlan {
  const L = ledgerLayout(model);
  const R = LEDGER_STATEMENT_ROWS;
  const name = model.partners[partner].name;
  const own = model.lines.flatMap((l, i) => (l.partner === partner ? [i] : []));
  const k = own.length;
  const total = colLetter(2 + k);
  const at = (col: string, row: number) => f(`=${ledger}!$${col}$${row}`);
  const lineCell = (col: string) => (i: number) => at(col, L.lines.first + i);
  const wentCell = (col: string) => (i: number) => at(col, L.went.first + i);
  const sumAcross = (row: number) => f(k ? `=SUM(B${row}:${colLetter(1 + k)}${row})` : "=0");
  const row = (label: string, cell: (i: number, c: string) => CellWrite, r: number) => [
    label,
    ...own.map((i, j) => cell(i, colLetter(2 + j))),
    sumAcross(r),
  ];
  const period = `${ledger}!$B$5`;
  const mine = (range: string) =>
    `SUMPRODUCT((${ledger}!${L.col("B", L.lines)}=${literal(name)})*(${ledger}!${range}))`;
  const header = (i: number) => {
    const l = model.lines[i];
    const tags = [l.grant ? "grant" : "", l.ringFenced ? "ring-fenced" : ""].filter(Boolean);
    return tags.length ? `${l.source} (${tags.join(", ")})` : l.source;
  };
  const blocks: Block[] = [
    {
      at: "A1",
      cells: [
        [
          f(
            `=IF(${period}="Year end","Memorandum of accounts: ","Forecast year-end position: ")&${literal(name)}`
          ),
        ],
      ],
      bold: true,
    },
    {
      at: "A2",
      cells: [
        [
          f(
            `=${literal(`Pool: ${model.name}, `)}&${ledger}!$B$4&", "&${period}&", as at "&${dateWords(`${ledger}!$B$6`)}`
          ),
        ],
        [f(`="Prepared by the host, "&${ledger}!$B$7`)],
      ],
    },
    {
      at: `A${R.head}`,
      cells: [
        ["£", ...own.map(header), "Total"],
        row("Balance brought forward", lineCell("F"), R.broughtForward),
        row(
          "Contribution for the year (agreed, with variations to date)",
          lineCell("I"),
          R.contribution
        ),
        row("Due to date (instalments and variations)", lineCell("J"), R.due),
        row("Received to date", lineCell("K"), R.received),
        row("Outstanding: due but not received", lineCell("L"), R.outstanding),
        row("Not yet due", lineCell("M"), R.notYetDue),
        row("Spending on the schemes it funds", wentCell("B"), R.schemes),
        row("Drawn to meet overspends elsewhere in the pool", wentCell("F"), R.drawn),
        row("Contingency used", wentCell("G"), R.contingency),
        row("Share of spending", wentCell("H"), R.spending),
        row(
          "Balance at year end (forecast during the year)",
          (_, c) =>
            f(
              `=ROUND(${c}${R.broughtForward}+${c}${R.received}+${c}${R.outstanding}+${c}${R.notYetDue}-${c}${R.spending},2)`
            ),
          R.balance
        ),
        row("of which carried forward in the pool", wentCell("J"), R.carriedForward),
        row("of which returned to the partner", wentCell("K"), R.returned),
        row(
          "Check: balance less carried forward and returned (0 when the line reconciles)",
          (_, c) => f(`=ROUND(${c}${R.balance}-${c}${R.carriedForward}-${c}${R.returned},2)`),
          R.lineCheck
        ),
        ["", ...own.map(() => null), null],
        [
          "Share of the overspend the draws left, under the agreed rule (invoiced at year end)",
          ...own.map(() => null),
          f(
            `=INDEX(${ledger}!${L.col("E", L.partners)},MATCH(${literal(name)},${ledger}!${L.col("A", L.partners)},0))`
          ),
        ],
        [
          `Check against the Ledger's own lines for ${name} (0 when it agrees)`,
          ...own.map(() => null),
          f(`=ROUND(${total}${R.balance}-${mine(L.col("I", L.went))},2)`),
        ],
      ],
      formats: [null, ...own.map(() => MONEY), MONEY],
    },
    heading(`A${R.head}`, k + 2),
    wrapped(`A${R.head + 1}`, R.ledgerCheck - R.head, 1),
    { at: `A${R.balance}`, cells: [Array(k + 2).fill(null)], bold: true },
    {
      at: `A${R.ledgerCheck + 2}`,
      cells: [
        ["What the draws leave falls on", f(`=${ledger}!$B$8`)],
        ["Order of draw for an overspend", f(`=${ledger}!$B$10`)],
        [
          "A grant or ring-fenced line pays only for the schemes it funds: its unspent money stays on the line, and it never bears an overspend. To reconcile with your ledger: received to date to your payments to the host; share of spending to the pool spending in your own accounts.",
          null,
        ],
      ],
      wrap: true,
    },
  ];
  return {
    baseName: `Statement ${name}`,
    blocks,
    print: {
      onePage: true,
      // Portrait holds the labels and two columns of figures; more turn the page.
      orientation: k > 1 ? "landscape" : "portrait",
      area: `A1:${total}${R.ledgerCheck + 4}`,
      header: `Pool: ${printWords(model.name)}`,
      footer: `Statement for ${printWords(name)}`,
    },
    columnWidths: [300, ...own.map(() => 110), 110],
    // The rule and the order of draw are the Ledger's text through a formula: rows tall enough for them.
    rowHeights: {
      [R.ledgerCheck + 2]: 15 * wrappedLines(ruleWords(model), 110),
      [R.ledgerCheck + 3]: 15 * wrappedLines(orderWords(model), 110),
    },
  };
}
