import { Ledger } from "../../core/ledger";
import { Block, CellWrite, SheetPlan } from "../types";
import { abs, INPUT, MONEY, wrapped } from "./cellStyles";
import { dateWords, f, literal } from "./formulaText";
import { ledgerLayout } from "./ledgerLayout";
import { printWords } from "./printText";

/** Where the board report's parts start. */
export const LEDGER_REPORT_ROWS = { summary: 5, schemes: 13 };

/**
 * A one-page report for partner boards from the Ledger sheet: the money in the pool, net
 * spending and the over/(under)spend; what stays on ring-fenced lines and grants and what the
 * partners meet; each scheme with its lead commissioner, budget, spending, variance and its
 * movement since the last forecast, and a line for the action or mitigation; the overspend met in the
 * agreed order; each partner's share of what the draws leave; and what each line has left.
 * Every figure is a formula on the Ledger, and the words follow the period (forecast in
 * year, outturn at year end). `ledger` is how formulas name the Ledger sheet.
 */
export function ledgerBoardReportPlan(model: Ledger, ledger: string): SheetPlan {
  const L = ledgerLayout(model);
  const on = (a: string) => `${ledger}!${a}`;
  const period = on(abs(L.period));
  const atYearEnd = (inYear: string, yearEnd: string): CellWrite =>
    f(`=IF(${period}="Year end",${literal(yearEnd)},${literal(inYear)})`);
  const s = model.schemes.length;
  const n = model.partners.length;
  const m = model.lines.length;
  const S = LEDGER_REPORT_ROWS.schemes;
  const summary = LEDGER_REPORT_ROWS.summary;
  const schemesTotal = S + s;
  const draw = schemesTotal + 3;
  const steps = model.rules.draws.length + 1;
  const partners = draw + steps + 3;
  const lines = partners + n + 3;
  const last = lines + m;
  const heads = [S - 1, draw - 1, partners - 1, lines - 1];
  const sum = (col: string, from: number, to: number) => f(`=SUM(${col}${from}:${col}${to})`);
  const blocks: Block[] = [
    {
      at: "A1",
      cells: [
        [
          f(
            `=${literal(`Board report: ${model.name}, `)}&${on(abs(L.year))}&", "&${period}&", as at "&${dateWords(on(abs(L.asAt)))}`
          ),
        ],
        [f(`="Host: "&${on(abs(L.host))}&". Every figure is a formula on the Ledger sheet."`)],
      ],
      bold: true,
    },
    {
      at: `A${LEDGER_REPORT_ROWS.summary - 1}`,
      cells: [
        ["The pool", "£"],
        ["Money in the pool (brought forward and contributions)", f(`=${on(`B${L.summary}`)}`)],
        [
          atYearEnd("Net spending (forecast outturn)", "Net spending (outturn)"),
          f(`=${on(`B${L.summary + 1}`)}`),
        ],
        [
          atYearEnd("Forecast over/(under)spend", "Over/(under)spend"),
          f(`=${on(`B${L.summary + 2}`)}`),
        ],
        [
          "Left on ring-fenced lines and grants, which may not meet another scheme's overspend",
          f(`=ROUND(SUM(${on(L.col("D", L.went))})-SUM(${on(L.col("E", L.went))}),2)`),
        ],
        [
          atYearEnd(
            "Forecast to be met by the partners under the agreed rule",
            "Met by the partners under the agreed rule (invoiced)"
          ),
          f(`=${on(`B${L.leftRow}`)}`),
        ],
        [
          f(
            `=IF(AND(B${summary + 3}>0,B${summary + 4}>0),${literal(
              "Why the partners pay where the pool is in balance: money left on ring-fenced lines and grants stays on its lines, so it cannot meet another scheme's overspend."
            )},"")`
          ),
        ],
      ],
      formats: [null, MONEY],
    },
    wrapped(`A${summary}`, 5, 1),
    { at: `A${summary + 5}`, cells: [[null]], italic: true, wrap: true },
    {
      at: `A${S - 1}`,
      cells: [
        [
          "Scheme",
          "Lead commissioner",
          "Budget",
          atYearEnd("Net spending (forecast)", "Net spending (outturn)"),
          "Over/(under) budget",
          "Movement since the last forecast",
          "Action or mitigation",
        ],
        ...model.schemes.map((_, k) => {
          const r = L.schemes.first + k;
          const last = on(`${L.lastVariance}${r}`);
          return [
            f(`=${on(`A${r}`)}`),
            f(`=${on(`B${r}`)}`),
            f(`=${on(`${L.budget}${r}`)}`),
            f(`=${on(`${L.net}${r}`)}`),
            f(`=${on(`${L.variance}${r}`)}`),
            // Blank until the period has moved on once: there is no earlier figure to move from.
            f(`=IF(ISBLANK(${last}),"",ROUND(${on(`${L.variance}${r}`)}-${last},2))`),
            null,
          ];
        }),
        [
          "Total",
          null,
          sum("C", S, S + s - 1),
          sum("D", S, S + s - 1),
          sum("E", S, S + s - 1),
          f(`=IF(COUNT(F${S}:F${S + s - 1})=0,"",SUM(F${S}:F${S + s - 1}))`),
          null,
        ],
      ],
      formats: [null, null, MONEY, MONEY, MONEY, MONEY, null],
    },
    { at: `G${S}`, cells: model.schemes.map(() => [null]), fill: INPUT, wrap: true },
    {
      at: `A${draw - 1}`,
      cells: [
        ["An overspend, met in the agreed order", "Still to meet", "Available", "Met"],
        ...Array.from({ length: steps }, (_, t) => {
          const r = L.draw.first + t;
          return ["A", "B", "C", "D"].map((c) =>
            f(`=IF(${on(`${c}${r}`)}="","",${on(`${c}${r}`)})`)
          );
        }),
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    {
      at: `A${partners - 1}`,
      cells: [
        [
          "Partner",
          atYearEnd(
            "Forecast share of what the draws leave",
            "Invoice: share of what the draws leave"
          ),
        ],
        ...model.partners.map((_, i) => [
          f(`=${on(`A${L.partners.first + i}`)}`),
          f(`=${on(`E${L.partners.first + i}`)}`),
        ]),
        ["Total", sum("B", partners, partners + n - 1)],
      ],
      formats: [null, MONEY],
    },
    {
      at: `A${lines - 1}`,
      cells: [
        [
          "Line",
          atYearEnd("Balance (forecast)", "Balance at year end"),
          "Carried forward",
          "Returned",
        ],
        ...model.lines.map((_, i) => {
          const r = L.went.first + i;
          return [
            f(`=${on(`A${r}`)}`),
            f(`=${on(`I${r}`)}`),
            f(`=${on(`J${r}`)}`),
            f(`=${on(`K${r}`)}`),
          ];
        }),
        [
          "Total",
          sum("B", lines, lines + m - 1),
          sum("C", lines, lines + m - 1),
          sum("D", lines, lines + m - 1),
        ],
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    ...[
      LEDGER_REPORT_ROWS.summary - 1,
      S - 1,
      schemesTotal,
      draw - 1,
      partners - 1,
      partners + n,
      lines - 1,
      last,
    ].map((r) => ({ at: `A${r}`, cells: [Array(7).fill(null)], bold: true })),
    ...heads.map((r) => ({ at: `A${r}`, cells: [Array(7).fill(null)], wrap: true })),
  ];
  return {
    baseName: "Board report",
    blocks,
    print: {
      onePage: true,
      orientation: "landscape",
      area: `A1:G${last}`,
      header: `Board report: ${printWords(model.name)}`,
      footer: "&D",
    },
    columnWidths: [230, 140, 100, 110, 100, 100, 190],
    merges: [`A${summary + 5}:G${summary + 5}`],
    // Headings wrap onto two lines rather than run into the next column; a mitigation has room.
    rowHeights: Object.fromEntries([
      ...heads.map((r) => [r, 30]),
      [summary + 5, 30],
      ...model.schemes.map((_, k) => [S + k, 30]),
    ]),
  };
}
