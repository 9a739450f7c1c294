import { Block, CellWrite, SheetPlan } from "../types";
import { abs, INPUT, MONEY } from "./cellStyles";
import { MonitoringLayout, monitoringLayout } from "./monitoringSheet";
import { PoolLayout, poolLayout } from "./poolLayout";
import { PoolSetup } from "../../core";
import { printWords } from "./printText";

/**
 * A one-page summary for partner boards: budget, forecast outturn and variance; variance
 * by scheme, with its movement since the last forecast, and by partner; the risk-share
 * position; a chart of budget against forecast by quarter; and a line per scheme for the
 * action or mitigation the host reports. Every figure is a formula on the Pool and Monitoring sheets. `pool` and
 * `monitoring` are how formulas name those sheets; `schemes` is the Monitoring sheet's count.
 */
export function boardReportPlan(
  setup: PoolSetup,
  schemes: number,
  pool: string,
  monitoring: string,
  /** Where the two sheets' parts are: as read back, wherever rows have moved them. */
  P: PoolLayout = poolLayout(setup.partners.length, setup.bands?.length ?? 0),
  M: MonitoringLayout = monitoringLayout(schemes, setup.partners.length)
): SheetPlan {
  const n = setup.partners.length;
  const at = (a: string) => `${pool}!${abs(a)}`;
  const m = (a: string) => `${monitoring}!${a}`;
  const schemeRows = Array.from({ length: M.last - M.first + 1 }, (_, k) => M.first + k);
  const byScheme = 10;
  const byPartner = byScheme + schemeRows.length + 3;
  const risk = byPartner + n + 3;
  const quarters = risk + 6;
  const actions = quarters + 7;
  // The forecast before the latest: the one the movement is measured from.
  const f = (q: number, r: number) => m(`${M.forecastCol(q)}${r}`);
  const latestOf = (qs: number[], r: number): string =>
    qs.length === 0 ? '""' : `IF(${f(qs[0], r)}<>"",${f(qs[0], r)},${latestOf(qs.slice(1), r)})`;
  const before = (r: number) =>
    `IF(${f(4, r)}<>"",${latestOf([3, 2, 1], r)},IF(${f(3, r)}<>"",${latestOf([2, 1], r)},IF(${f(2, r)}<>"",${latestOf([1], r)},"")))`;
  const cell = (a: string): CellWrite => ({ formula: `=IF(${m(a)}="","",${m(a)})` });
  // At year end the figures are the outturn, not a forecast: the words follow the period.
  const words = (inYear: string, atYearEnd: string): CellWrite => ({
    formula: `=IF(${at(P.period)}="Year end","${atYearEnd}","${inYear}")`,
  });
  const blocks: Block[] = [
    {
      at: "A1",
      cells: [
        [
          {
            formula: `="Board report: ${setup.name.replace(/"/g, '""')}, "&${at(P.year)}&", "&${at(P.period)}`,
          },
        ],
      ],
      bold: true,
    },
    { at: "A2", cells: [[{ formula: `="Host: "&${at(P.hostName)}` }]] },
    {
      at: "A4",
      cells: [
        ["Summary", null],
        ["Budget", { formula: `=${m(`$B$${M.total}`)}` }],
        [words("Forecast outturn", "Outturn"), { formula: `=B5+B7` }],
        [
          words("Forecast over/(under)spend", "Over/(under)spend"),
          { formula: `=${m(`$${M.variance.replace(/(\d+)/, "$$$1")}`)}` },
        ],
      ],
      formats: [null, MONEY],
    },
    {
      at: `A${byScheme - 1}`,
      cells: [
        [
          "By scheme",
          "Budget",
          words("Forecast outturn", "Outturn"),
          "Variance",
          "Movement since the last forecast",
        ],
        // A scheme not yet forecast counts at its budget, as in every other figure.
        ...schemeRows.map((r) => [
          cell(`A${r}`),
          cell(`B${r}`),
          {
            formula: `=IF(${m(`A${r}`)}="","",IF(${m(`K${r}`)}="",N(${m(`B${r}`)}),${m(`K${r}`)}))`,
          },
          { formula: `=IF(${m(`A${r}`)}="","",N(${m(`L${r}`)}))` },
          {
            formula: `=IF(OR(${m(`K${r}`)}="",${before(r)}=""),"",ROUND(${m(`K${r}`)}-${before(r)},2))`,
          },
        ]),
        [
          "Total",
          ...["B", "C", "D", "E"].map((c) => ({
            formula: `=SUM(${c}${byScheme}:${c}${byScheme + schemeRows.length - 1})`,
          })),
        ],
      ],
      formats: [null, MONEY, MONEY, MONEY, MONEY],
    },
    {
      at: `A${actions - 1}`,
      cells: [
        ["Actions on each scheme's variance (to complete before the report goes out)", null, null],
        ["Scheme", "Variance", "Action or mitigation"],
        ...Array.from({ length: schemes }, (_, k) => [
          { formula: `=A${byScheme + k}` },
          { formula: `=D${byScheme + k}` },
          null,
        ]),
      ],
      formats: [null, MONEY, null],
    },
    { at: `A${actions - 1}`, cells: [[null], [null]], bold: true },
    {
      at: `C${actions + 1}`,
      cells: Array.from({ length: schemes }, () => [null]),
      fill: INPUT,
      wrap: true,
    },
    {
      at: `A${byPartner - 1}`,
      cells: [
        ["By partner", "Contribution", "Share of the forecast variance (agreed rule)", null],
        ...setup.partners.map((_, i) => [
          { formula: `=${pool}!A${P.first + i}` },
          { formula: `=${pool}!C${P.first + i}` },
          { formula: `=${m(`C${M.splitFirst + i}`)}` },
          null,
        ]),
        [
          "Total",
          { formula: `=SUM(B${byPartner}:B${byPartner + n - 1})` },
          { formula: `=SUM(C${byPartner}:C${byPartner + n - 1})` },
          null,
        ],
      ],
      formats: [null, MONEY, MONEY, null],
    },
    {
      at: `A${risk - 1}`,
      cells: [
        ["Risk-share position", null],
        ["Agreed rule", { formula: `=${at(P.rule)}` }],
        ["Host", { formula: `=${at(P.hostName)}` }],
        ["How the rule works", { formula: `=${at(P.ruleText)}` }],
      ],
    },
    {
      at: `A${quarters}`,
      cells: [
        ["Quarter", "Budget", "Forecast outturn", "Variance"],
        ...[0, 1, 2, 3].map((q) => [
          `Quarter ${q + 1}`,
          cell(`B${M.quarterFirst + q}`),
          cell(`C${M.quarterFirst + q}`),
          cell(`D${M.quarterFirst + q}`),
        ]),
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    // The chart's own data, outside the print area: a quarter not yet forecast is #N/A,
    // which a chart leaves out where a blank would be drawn as zero.
    {
      at: "N3",
      cells: [
        ["Chart data", null, null],
        ["Quarter", "Budget", "Forecast outturn"],
        ...[0, 1, 2, 3].map((q) => [
          `Q${q + 1}`,
          { formula: `=${m(`B${M.quarterFirst + q}`)}` },
          { formula: `=IF(${m(`C${M.quarterFirst + q}`)}="",NA(),${m(`C${M.quarterFirst + q}`)})` },
        ]),
      ],
      formats: [null, MONEY, MONEY],
      italic: true,
    },
    ...[4, byScheme - 1, byPartner - 1, risk - 1, quarters].map((r) => ({
      at: `A${r}`,
      cells: [[null, null, null, null]],
      bold: true,
    })),
  ];
  return {
    baseName: "Board report",
    blocks,
    charts: [
      {
        range: "N4:P8",
        title: "Budget against forecast outturn by quarter",
        // Five narrow columns wide, so the page it shares with the tables prints at over 75 %.
        at: `F4:J20`,
      },
    ],
    print: {
      onePage: true,
      orientation: "landscape",
      area: `A1:J${Math.max(actions + schemes, 20)}`,
      header: `Board report: ${printWords(setup.name)}`,
      footer: "&D",
    },
    columnWidths: [230, 120, 150, 120, 130],
  };
}
