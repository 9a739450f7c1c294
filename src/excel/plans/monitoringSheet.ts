import { colLetter } from "../../core/a1";
import { Block, CellWrite, SheetPlan } from "../types";
import { abs, INPUT, MONEY, heading } from "./cellStyles";
import { poolLayout } from "./poolLayout";
import { BANDS_LABEL, METHOD_LABELS, PoolSetup } from "../../core";
import { printWords } from "./printText";

/** A scheme the pool funds, and its agreed budget for the year (a formula, or blank to enter). */
export interface SchemeBudget {
  name: string;
  budget: number | { formula: string } | null;
}

/** Blank scheme rows left for schemes added during the year. */
export const SPARE_SCHEMES = 4;

/**
 * The first row of each part of a Monitoring sheet: where monitoringLayout puts them on a
 * new sheet, or where the sheet's defined names say they are now.
 */
export interface MonitoringAnchors {
  title: number;
  /** The schemes table's heading row. */
  head: number;
  /** The year's forecast over/(under)spend, the cell the Pool sheet's variance reads. */
  variance: number;
  /** The quarter-by-quarter table's heading row. */
  quarters: number;
  /** The split between partners: its heading row. */
  split: number;
}

function defaultAnchors(schemes: number): MonitoringAnchors {
  const head = 5;
  const total = head + schemes + SPARE_SCHEMES + 1;
  return { title: 1, head, variance: total + 2, quarters: total + 4, split: total + 12 };
}

/** Where things sit on the Monitoring sheet; the plan, the pane and tests read it from here. */
export function monitoringLayout(
  schemes: number,
  partners: number,
  at: MonitoringAnchors = defaultAnchors(schemes)
) {
  const { head } = at;
  const first = head + 1;
  const last = head + schemes + SPARE_SCHEMES;
  const total = last + 1;
  const splitHead = at.split;
  return {
    anchors: at,
    title: `A${at.title}`,
    head,
    first,
    last,
    total,
    variance: `B${at.variance}`,
    quarterHead: at.quarters,
    quarterFirst: at.quarters + 1,
    splitHead,
    splitFirst: splitHead + 1,
    splitLast: splitHead + partners,
    splitTotal: splitHead + partners + 1,
    /** Column of quarter q's spend to date (1-based q); its forecast is the next column. */
    actualCol: (q: number) => colLetter(1 + 2 * q),
    forecastCol: (q: number) => colLetter(2 + 2 * q),
  };
}

export type MonitoringLayout = ReturnType<typeof monitoringLayout>;

/** The defined names a Monitoring sheet carries, one per part, by which it is read back. */
export function monitoringNames(M: MonitoringLayout): { name: string; range: string }[] {
  return [
    { name: "Monitoring_Title", range: `A${M.anchors.title}:A${M.anchors.title + 1}` },
    { name: "Monitoring_Schemes", range: `A${M.head}:M${M.total}` },
    { name: "Monitoring_Variance", range: M.variance },
    { name: "Monitoring_Quarters", range: `A${M.quarterHead}:D${M.quarterHead + 4}` },
    { name: "Monitoring_Split", range: `A${M.splitHead}:D${M.splitTotal + 1}` },
  ];
}

/**
 * The Monitoring sheet written beside a Pool sheet: each scheme's budget, spend to date and
 * forecast outturn quarter by quarter, the latest forecast and its variance, the year's
 * forecast over/(under)spend (which the Pool sheet's variance cell reads) and its split
 * between partners by the agreed rule with POOL, with a native proportional column beside
 * it for partners without the add-in. `pool` is how formulas name the Pool sheet.
 */
export function monitoringSheetPlan(
  setup: PoolSetup,
  schemes: SchemeBudget[],
  pool: string,
  baseName = "Monitoring"
): SheetPlan {
  const n = setup.partners.length;
  const P = poolLayout(n, setup.bands?.length ?? 0);
  const M = monitoringLayout(schemes.length, n);
  const rows = Array.from({ length: M.last - M.first + 1 }, (_, i) => M.first + i);
  const col = (c: string) => `${c}${M.first}:${c}${M.last}`;
  const latest = (r: number) =>
    `=IF(${M.forecastCol(4)}${r}<>"",${M.forecastCol(4)}${r},IF(${M.forecastCol(3)}${r}<>"",${M.forecastCol(3)}${r},IF(${M.forecastCol(2)}${r}<>"",${M.forecastCol(2)}${r},IF(${M.forecastCol(1)}${r}<>"",${M.forecastCol(1)}${r},""))))`;
  // The latest quarter's spend to date against that many quarters of the budget.
  const toDate = (r: number) =>
    [4, 3, 2, 1].reduceRight(
      (rest, q) =>
        `IF(${M.actualCol(q)}${r}<>"",ROUND(${M.actualCol(q)}${r}-N(B${r})*${q}/4,2),${rest})`,
      '""'
    );
  const liable = `$B$${M.splitFirst}:$B$${M.splitLast}`;
  /**
   * The year's forecast outturn as it stood at quarter q: each scheme at its latest forecast
   * to that quarter, a scheme not yet forecast at its budget. So quarter q's forecasts, plus
   * quarter q-1's where q has none, and so on down to the budgets.
   */
  const asOfQuarter = (q: number) => {
    const terms: string[] = [];
    for (let k = q; k >= 0; k--) {
      const later = Array.from({ length: q - k }, (_, j) => `${col(M.forecastCol(q - j))},""`);
      const what = k === 0 ? col("B") : col(M.forecastCol(k));
      terms.push(later.length ? `SUMIFS(${what},${later.join(",")})` : `SUM(${what})`);
    }
    return terms.join("+");
  };
  const v = `$${M.variance.replace(/(\d+)/, "$$$1")}`;
  const ref = (a: string) => `${pool}!${a}`;
  // The native column is true only under the proportional rule: elsewhere it stays blank.
  const rule = ref(abs(P.rule));
  const proportional = `${rule}=${JSON.stringify(METHOD_LABELS.proportional)}`;
  const byRule = `POOL.DEFICITSPLIT(${v},${liable},${rule},${ref(P.caps)},${ref(abs(P.hostPosition))},${ref(abs(P.threshold))})`;
  const split = setup.bands?.length
    ? `=IF(${rule}="${BANDS_LABEL}",POOL.RISKSHARE(${v},${liable},${ref(P.bands)}),${byRule})`
    : `=${byRule}`;
  const quarterHeads = [1, 2, 3, 4].flatMap((q) => [
    `Q${q} spend to date`,
    `Q${q} forecast outturn`,
  ]);
  const blank = (k: number): CellWrite[] => Array(k).fill(null);

  const blocks: Block[] = [
    {
      at: "A1",
      cells: [
        [
          {
            formula: `="Monitoring: ${setup.name.replace(/"/g, '""')}, "&${ref(abs(P.year))}&", "&${ref(abs(P.period))}`,
          },
        ],
      ],
      bold: true,
    },
    {
      at: "A2",
      cells: [
        [
          "Written by the Pool Budgets add-in. Yellow cells are inputs: each quarter, spend to date and the forecast outturn for the year per scheme. Every other figure is a formula.",
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: `A${M.head}`,
      cells: [
        [
          "Scheme",
          "Annual budget",
          ...quarterHeads,
          "Latest forecast outturn",
          "Forecast variance (over +, under −)",
          "Variance to date: spend less budget to date (budget spread evenly)",
        ],
        ...rows.map((r, i) => [
          schemes[i]?.name ?? null,
          schemes[i]?.budget ?? null,
          ...blank(8),
          { formula: latest(r) },
          { formula: `=IF(K${r}="","",ROUND(K${r}-N(B${r}),2))` },
          { formula: `=${toDate(r)}` },
        ]),
        [
          "Total",
          ...["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"].map((c) => ({
            formula: `=SUM(${col(c)})`,
          })),
        ],
      ],
      formats: [null, ...Array(12).fill(MONEY)],
    },
    { at: `A${M.first}`, cells: rows.map(() => blank(10)), fill: INPUT },
    heading(`A${M.head}`, 13),
    { at: `A${M.total}`, cells: [blank(13)], bold: true },
    {
      at: `A${M.total + 2}`,
      cells: [
        [
          "Forecast over/(under)spend for the year (the Pool sheet's variance reads this)",
          { formula: `=ROUND(SUM(${col("L")}),2)` },
        ],
      ],
      formats: [null, MONEY],
      bold: true,
      wrap: true,
    },
    {
      at: `A${M.quarterHead}`,
      cells: [
        ["Quarter", "Budget", "Forecast outturn", "Forecast variance"],
        ...[1, 2, 3, 4].map((q) => {
          const f = M.forecastCol(q);
          const r = M.quarterHead + q;
          return [
            `Quarter ${q}`,
            { formula: `=$B$${M.total}` },
            { formula: `=IF(COUNT(${col(f)})=0,"",${asOfQuarter(q)})` },
            { formula: `=IF(C${r}="","",C${r}-B${r})` },
          ];
        }),
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    heading(`A${M.quarterHead}`, 4),
    {
      at: `A${M.quarterHead + 5}`,
      cells: [
        [
          "A quarter's forecast outturn takes a scheme with no forecast that quarter at its budget.",
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: `A${M.splitHead}`,
      cells: [
        [
          "Partner",
          "Bears variance on",
          "Share of forecast variance (agreed rule)",
          "In proportion (native Excel, see note)",
        ],
        ...setup.partners.map((_, i) => {
          const r = M.splitFirst + i;
          return [
            { formula: `=${ref(`A${P.first + i}`)}` },
            { formula: `=${ref(`E${P.first + i}`)}` },
            i === 0 ? { formula: split } : null,
            {
              formula: `=IF(${proportional},IF(SUM(${liable})=0,0,ROUND(${v}*B${r}/SUM(${liable}),2)),"")`,
            },
          ];
        }),
        [
          "Total",
          { formula: `=SUM(${liable})` },
          { formula: `=SUM(C${M.splitFirst}:C${M.splitLast})` },
          { formula: `=IF(${proportional},SUM(D${M.splitFirst}:D${M.splitLast}),"")` },
        ],
        [
          "Check: agreed split less the variance (0 when it adds up)",
          null,
          { formula: `=ROUND(C${M.splitTotal}-${v},2)` },
          null,
        ],
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    heading(`A${M.splitHead}`, 4),
    { at: `A${M.splitTotal}`, cells: [blank(4)], bold: true },
    {
      at: `A${M.splitTotal + 2}`,
      cells: [
        [
          "Column C is the agreed split, by the rule on the Pool sheet, to the penny (POOL functions). Column D is plain Excel for partners without the add-in, shown only while the agreed rule is in proportion to contributions (under any other rule it would contradict the split); it is rounded cell by cell, so it can differ from column C by a penny.",
        ],
      ],
      italic: true,
      wrap: true,
    },
  ];
  return {
    baseName,
    blocks,
    names: monitoringNames(M),
    freezeRows: M.head,
    print: {
      orientation: "landscape",
      area: `A1:M${M.splitTotal + 2}`,
      header: `Monitoring: ${printWords(setup.name)}`,
      footer: "&P of &N",
      titleRows: "1:1",
      // Wider than a page: at 80% its columns run on, column A repeated, rather than shrink to fit.
      titleColumns: "A:A",
      scale: 80,
    },
    columnWidths: [200, 100, ...Array(11).fill(95)],
    // The notes read across the tables rather than down column A.
    merges: ["A2:E2", ...[M.quarterHead + 5, M.splitTotal + 2].map((r) => `A${r}:D${r}`)],
  };
}
