import {
  BAND_UNDERSPEND_WORDS,
  BANDS_LABEL,
  BODY_TYPES,
  BodyType,
  METHOD_DESCRIPTIONS,
  METHOD_LABELS,
  PERIODS,
  PoolSetup,
  POWER_NAMES,
  SPLIT_METHODS,
} from "../../core";
import { colLetter } from "../../core/a1";
import { Block, SheetPlan } from "../types";
import { abs, INPUT, MONEY, PERCENT, heading, wrapped } from "./cellStyles";
import { poolLayout, poolNames } from "./poolLayout";
import { memorandumBlocks } from "./poolMemorandum";
import { printWords } from "./printText";
import { literal } from "./formulaText";

export { MONEY } from "./cellStyles";

export const FUNDING_STREAM_LABEL = BODY_TYPES.find((b) => b.value === "funding-stream")!.label;

const BANDS_DESCRIPTION =
  "Each band of the overspend is shared as the risk-share table below says; what lies beyond the last band, or in a band with no shares, in proportion to contributions.";

/** A text as an Excel string literal. */

/**
 * The "Pool" sheet a host sends to partners: settings (year, period, the agreed rule as a
 * drop-down the formulas read), the partners table, live POOL.POOLSHARE and
 * POOL.DEFICITSPLIT spilling beside it (a spill cannot sit inside a table), and each
 * partner's memorandum of accounts (IFRS 11, as the local authority Code applies it):
 * received, spent and what remains. Nothing is invented: the variance and the memorandum's
 * figures start blank for the host to enter.
 */
export interface PoolLinks {
  variance?: string;
  expenditure?: string;
}

export function poolSheetPlan(
  setup: PoolSetup,
  /** Formulas for the variance and expenditure cells (from the Monitoring sheet), instead of inputs. */
  links: PoolLinks = {},
  baseName = "Pool"
): SheetPlan {
  const n = setup.partners.length;
  const bands = setup.bands ?? [];
  const L = poolLayout(n, bands.length);
  const varianceFrom = links.variance;
  const bodyLabel = (b?: BodyType) => BODY_TYPES.find((x) => x.value === b)?.label ?? "";
  const rows = setup.partners.map((_, i) => L.first + i);
  const title = `${literal(`Pool: ${setup.name}, `)}&$B$4&", "&$B$5`;
  const byRule = `POOL.DEFICITSPLIT(${[abs(L.variance), L.liable, abs(L.rule), L.caps, abs(L.hostPosition), abs(L.threshold)].join(",")})`;
  // With a schedule, the rule cell chooses between the bands and the other rules.
  const split = bands.length
    ? `=IF(${abs(L.rule)}=${literal(BANDS_LABEL)},POOL.RISKSHARE(${abs(L.variance)},${L.liable},${L.bands},IF(${abs(L.bandUnderspend)}=${literal(BAND_UNDERSPEND_WORDS.bands)},"bands","proportional")),${byRule})`
    : `=${byRule}`;

  const blocks: Block[] = [
    { at: "A1", cells: [[{ formula: `=${title}` }]], bold: true },
    {
      at: "A2",
      cells: [
        [
          `Set up by the Pool Budgets add-in.${setup.power ? ` Legal basis: ${POWER_NAMES[setup.power]}.` : ""} Yellow cells are inputs; every other figure is a formula.`,
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: "A4",
      cells: [
        ["Financial year", setup.year],
        ["Period", setup.period],
        ["Pool total (agreed contributions)", { formula: `=SUM(${L.contributions})` }],
        varianceFrom
          ? [
              "Variance for the year: the Monitoring sheet's forecast during the year, actual at year end (overspend +, underspend −)",
              { formula: varianceFrom },
            ]
          : [
              "Variance for the year to enter: forecast during the year, actual at year end (overspend +, underspend −)",
              null,
            ],
        ["Host partner", { formula: `=INDEX(${L.names},${abs(L.hostPosition)})` }],
        ["Host position in the partners table", setup.host + 1],
        [
          "Overspend rule (choose from the list)",
          bands.length ? BANDS_LABEL : METHOD_LABELS[setup.method],
        ],
        ["Host's threshold (host first, then shared)", setup.threshold ?? 0],
        [
          "How the rule works",
          { formula: `=INDEX(${L.ruleTexts},MATCH(${abs(L.rule)},${L.ruleList},0))` },
        ],
      ],
    },
    wrapped("A4", bands.length ? 10 : 9, 1),
    { at: "B6", cells: [[null], [null]], formats: [MONEY] },
    { at: "B11", cells: [[null]], formats: [MONEY] },
    { at: "B4", cells: [[null], [null]], fill: INPUT },
    ...(varianceFrom ? [] : [{ at: "B7", cells: [[null]], fill: INPUT }]),
    { at: "B9", cells: [[null], [null], [null]], fill: INPUT },
    ...(bands.length
      ? [
          {
            at: "A13",
            cells: [
              [
                "An underspend under the bands goes back (choose)",
                BAND_UNDERSPEND_WORDS[setup.bandUnderspend ?? "proportional"],
              ],
            ],
          },
          { at: L.bandUnderspend, cells: [[null]], fill: INPUT },
        ]
      : []),
    {
      at: `A${L.head - 1}`,
      cells: [
        [
          "Funding streams (grants) never fund an overspend: column E leaves them out of the variance split, and their accountable body answers for them.",
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: `A${L.head}`,
      cells: [
        ["Partner", "Body type", "Contribution", "Cap (blank: none)", "Bears variance on"],
        ...setup.partners.map((p, i) => [
          p.name,
          bodyLabel(p.bodyType),
          p.contribution,
          p.cap ?? null,
          { formula: `=IF(B${rows[i]}=${literal(FUNDING_STREAM_LABEL)},0,C${rows[i]})` },
        ]),
        [
          "Total",
          null,
          { formula: `=SUM(${L.contributions})` },
          null,
          { formula: `=SUM(${L.liable})` },
        ],
      ],
      formats: [null, null, MONEY, MONEY, MONEY],
    },
    { at: `D${L.first}`, cells: rows.map(() => [null]), fill: INPUT },
    {
      at: `G${L.head}`,
      cells: [
        ["Share", "Share of variance"],
        [{ formula: `=POOL.POOLSHARE(${L.contributions})` }, { formula: split }],
        ...rows.slice(1).map(() => [null, null]),
        [{ formula: `=SUM(G${L.first}:G${L.last})` }, { formula: `=SUM(${L.splitColumn})` }],
      ],
      formats: [PERCENT, MONEY],
    },
    {
      at: `A${L.checkRow}`,
      cells: [
        [
          "Check: shares of the variance less the variance (0 when they add up)",
          null,
          null,
          null,
          null,
          null,
          null,
          { formula: `=ROUND(SUM(${L.splitColumn})-N(${abs(L.variance)}),2)` },
        ],
      ],
      formats: [null, null, null, null, null, null, null, MONEY],
      italic: true,
      wrap: true,
    },
    heading(`A${L.head}`, 8),
    wrapped(`A${L.first}`, n, 2),
    { at: `A${L.totalRow}`, cells: [Array(8).fill(null)], bold: true },
    ...(bands.length ? bandBlocks(setup, L) : []),
    ...memorandumBlocks(setup, L, links.expenditure),
    ...ruleListBlocks(L, bands.length > 0),
  ];

  return {
    baseName,
    blocks,
    tables: [{ name: "PoolPartners", range: `A${L.head}:E${L.last}` }],
    names: poolNames(L, bands.length),
    validations: [
      { range: L.period, list: PERIODS },
      { range: L.rule, listFrom: L.ruleList },
      { range: L.hostPosition, wholeFrom: 1, wholeTo: n },
      ...(bands.length
        ? [{ range: L.bandUnderspend, list: Object.values(BAND_UNDERSPEND_WORDS) }]
        : []),
      { range: `B${L.first}:B${L.last}`, listFrom: L.bodyList },
    ],
    print: {
      orientation: "landscape",
      area: `A1:${colLetter(Math.max(10, bands.length ? 1 + n : 0))}${L.memoTotal + 1}`,
      header: `Pool: ${printWords(setup.name)}`,
      footer: "&P of &N",
      titleRows: "1:1",
      // Wider than a page: at 80% its columns run on, column A repeated, rather than shrink to fit.
      titleColumns: "A:A",
      scale: 80,
    },
    columnWidths: [230, 110, 100, 100, 100, 100, 100, 100, 100, 100, 20, 170, 300],
    // The notes read across the partners table rather than down column A.
    merges: [2, L.head - 1, L.memoTotal + 1].map((r) => `A${r}:E${r}`),
  };
}

/**
 * The risk-share schedule as a table POOL.RISKSHARE reads: a row per band, its size, then
 * each partner's share (headed by the partner's name from the table above).
 */
function bandBlocks(setup: PoolSetup, L: ReturnType<typeof poolLayout>): Block[] {
  const n = setup.partners.length;
  const bands = setup.bands!;
  return [
    {
      at: `A${L.bandsHead - 1}`,
      cells: [
        [
          "Risk-share bands: a band's size (blank in the last: everything beyond), then each partner's share; a band with no shares, and anything beyond the last band, is shared in proportion to contributions.",
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: `A${L.bandsHead}`,
      cells: [
        [
          "Band size (£)",
          ...setup.partners.map((_, i) => ({ formula: `=A${L.first + i}` }) as const),
        ],
        ...bands.map((b) => [
          b.size,
          ...Array.from({ length: n }, (_, i) => b.shares?.[i] ?? null),
        ]),
      ],
      formats: [MONEY, ...setup.partners.map(() => PERCENT)],
    },
    heading(`A${L.bandsHead}`, n + 1),
    { at: `A${L.bandsFirst}`, cells: bands.map(() => Array(n + 1).fill(null)), fill: INPUT },
  ];
}

/** The lists the drop-downs offer, beside the print area: each rule with what it means, and the body types. */
function ruleListBlocks(L: ReturnType<typeof poolLayout>, withBands: boolean): Block[] {
  return [
    { at: `L${L.rulesAt - 1}`, cells: [["Overspend rules", "How each works"]], bold: true },
    {
      at: `L${L.rulesAt}`,
      cells: [
        ...SPLIT_METHODS.map((m) => [METHOD_LABELS[m], METHOD_DESCRIPTIONS[m]]),
        ...(withBands ? [[BANDS_LABEL, BANDS_DESCRIPTION]] : []),
      ],
    },
    { at: `L${L.bodiesAt - 1}`, cells: [["Body types"]], bold: true },
    { at: `L${L.bodiesAt}`, cells: BODY_TYPES.map((b) => [b.label]) },
  ];
}
