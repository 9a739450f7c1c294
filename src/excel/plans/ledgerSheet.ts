import {
  BANDS_LABEL,
  BODY_TYPES,
  fromPence,
  METHOD_LABELS,
  PERIODS,
  POWER_NAMES,
  SPLIT_METHODS,
  toSerial,
} from "../../core";
import {
  checkLedger,
  COMMISSIONER_RULE,
  DRAW_WORDS,
  instalmentsOf,
  Ledger,
  lineLabel,
  ruleWords,
  TREATMENT_WORDS,
} from "../../core/ledger";
import { colLetter } from "../../core/a1";
import { Block, SheetPlan } from "../types";
import { abs, INPUT, MONEY, PERCENT, heading, wrapped } from "./cellStyles";
import { ledgerLayout, LedgerLayout } from "./ledgerLayout";
import { printWords } from "./printText";
import { f, literal } from "./formulaText";

const FUNDING_STREAM = BODY_TYPES.find((b) => b.value === "funding-stream")!.label;
const DATE = "d mmm yyyy";
const yesNo = (b?: boolean) => (b ? "Yes" : "No");
const date = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return toSerial({ year, month, day });
};

/** The rules the sheet's drop-down offers: the split methods, and the lead commissioner's. */
export const LEDGER_RULES = [...SPLIT_METHODS.map((m) => METHOD_LABELS[m]), COMMISSIONER_RULE];

/** The rules a ledger's drop-down offers: with a risk-share schedule, the bands too. */
const rulesFor = (ledger: Ledger) =>
  ledger.rules.riskShare.kind === "bands" ? [...LEDGER_RULES, BANDS_LABEL] : LEDGER_RULES;

/**
 * The "Ledger" sheet: the pool as its agreement keeps the money. Settings; partners; a line
 * per partner and source (grant, ring-fenced, brought forward, the year's contribution with
 * its instalments and dated variations, received to date); schemes with their lead
 * commissioner and the funding each line gives them; the contingency; each scheme's
 * spending charged to its lines; the order of draw step by step; and what each line has
 * left. Every figure is a native formula or a POOL function over the cells, so the sheet
 * recalculates as forecasts come in, and the engine (core/ledger) works the same figures.
 */
export function ledgerSheetPlan(
  ledger: Ledger,
  period = "Quarter 1",
  baseName = "Ledger"
): SheetPlan {
  checkLedger(ledger);
  const L = ledgerLayout(ledger);
  const blocks: Block[] = [
    ...settingsBlocks(ledger, L, period),
    ...partnerBlocks(ledger, L),
    ...lineBlocks(ledger, L),
    ...wentBlocks(ledger, L),
    ...instalmentBlocks(ledger, L),
    ...variationBlocks(ledger, L),
    ...schemeBlocks(ledger, L),
    ...drawBlocks(ledger, L),
    ...bandBlocks(ledger, L),
    { at: `A${L.ruleList - 1}`, cells: [["The rules the drop-down offers"]], italic: true },
    { at: `A${L.ruleList}`, cells: rulesFor(ledger).map((r) => [r]) },
  ];
  const m = ledger.lines.length;
  const n = ledger.partners.length;
  const lastCol = L.lastSchemeCol;
  const { partners: P, lines: N, schemes: S, variations: V } = L;
  return {
    baseName,
    blocks,
    names: [
      { name: "Ledger_Year", range: L.year },
      { name: "Ledger_Period", range: L.period },
      { name: "Ledger_AsAt", range: L.asAt },
      { name: "Ledger_Rule", range: L.rule },
      { name: "Ledger_Partners", range: `A${P.first}:F${P.last}` },
      { name: "Ledger_Lines", range: `A${N.first}:M${N.last}` },
      { name: "Ledger_Balances", range: `A${L.went.first}:K${L.went.last}` },
      { name: "Ledger_Schemes", range: `A${S.first}:${lastCol}${S.last}` },
      // The rest of its parts, so the sheet reads back wherever rows have moved them.
      { name: "Ledger_Settings", range: `A4:B${L.other.slice(1)}` },
      ...(L.bandRows
        ? [{ name: "Ledger_Bands", range: `A${L.bands.first}:${colLetter(1 + n)}${L.bands.last}` }]
        : []),
      { name: "Ledger_Instalments", range: `A${L.instalments.head}:E${L.instalments.last}` },
      { name: "Ledger_Variations", range: `A${V.first}:D${V.last}` },
      {
        name: "Ledger_Contingency",
        range: `A${L.contingencyRow}:${L.lastFund}${L.contingencyRow}`,
      },
    ],
    validations: [
      { range: L.period, list: PERIODS },
      // From cells: "In proportion, with caps" has a comma, which a typed list would split.
      {
        range: L.rule,
        listFrom: `$A$${L.ruleList}:$A$${L.ruleList + rulesFor(ledger).length - 1}`,
      },
      { range: L.host, listFrom: L.col("A", P) },
      { range: `${L.ringFenced}:${L.other}`, list: Object.values(TREATMENT_WORDS) },
      { range: `D${N.first}:E${N.last}`, list: ["Yes", "No"] },
      { range: `B${V.first}:B${V.last}`, listFrom: L.col("A", N) },
      { range: `B${S.first}:B${S.last}`, listFrom: L.col("A", P) },
    ],
    freezeRows: 2,
    // A working sheet wider than a page: at 80% its columns run on to further pages, the
    // labels in column A repeated, rather than shrinking every figure to fit one width.
    print: {
      orientation: "landscape",
      area: `A1:${m + 10 > 13 ? lastCol : "M"}${L.summary + 3}`,
      header: `Pool ledger: ${printWords(ledger.name)}`,
      footer: "&P of &N",
      titleRows: "1:1",
      titleColumns: "A:A",
      scale: 80,
    },
    columnWidths: [230, 130, ...Array.from({ length: Math.max(11, m + 8) }, () => 95)],
    // The note reads across the page rather than down column A.
    merges: ["A2:E2"],
  };
}

/** A formula for the months a period cell's period runs into the year: Month 5 is 5, Quarter 2 is 6. */
function monthsInto(period: string): string {
  return `IF(${period}="Year end",12,IF(LEFT(${period},5)="Month",VALUE(RIGHT(${period},2)),3*VALUE(RIGHT(${period},1))))`;
}

/** The agreed order of draw in words, as the settings cell holds it. */
export function orderWords(ledger: Ledger): string {
  const draws = ledger.rules.draws.map((d, i) => `${i + 1}. ${DRAW_WORDS[d].toLowerCase()}`);
  return [...draws, `${draws.length + 1}. the rule above`].join("; ");
}

function settingsBlocks(ledger: Ledger, L: LedgerLayout, period: string): Block[] {
  const order = orderWords(ledger);
  return [
    {
      at: "A1",
      cells: [
        [f(`=${literal(`Pool ledger: ${ledger.name}, `)}&${abs(L.year)}&", "&${abs(L.period)}`)],
      ],
      bold: true,
    },
    {
      at: "A2",
      cells: [
        [
          `Money tagged by partner and source.${ledger.power ? ` Legal basis: ${POWER_NAMES[ledger.power]}.` : ""} Yellow cells are inputs; every other figure is a formula. A funding stream (grant) and a ring-fenced line pay only for their own schemes.`,
        ],
      ],
      italic: true,
      wrap: true,
    },
    {
      at: "A4",
      cells: [
        ["Financial year", ledger.year],
        ["Period", period],
        [
          "As at (the period's last day)",
          f(`=EOMONTH(DATE(VALUE(LEFT(${abs(L.year)},4)),4,1),${monthsInto(abs(L.period))}-1)`),
        ],
        ["Host", ledger.partners[ledger.host].name],
        ["What the draws leave falls on (choose)", ruleWords(ledger)],
        [
          "Host's threshold (host first, then shared)",
          ledger.rules.riskShare.kind === "split" && ledger.rules.riskShare.threshold
            ? fromPence(ledger.rules.riskShare.threshold)
            : 0,
        ],
        ["Order of draw for an overspend (as agreed)", order],
        ["A ring-fenced line's unspent money", TREATMENT_WORDS[ledger.rules.ringFenced]],
        ["Any other line's unspent money", TREATMENT_WORDS[ledger.rules.other]],
      ],
    },
    { at: L.asAt, cells: [[null]], formats: [DATE] },
    { at: L.threshold, cells: [[null]], formats: [MONEY] },
    { at: L.year, cells: [[null], [null]], fill: INPUT },
    { at: L.host, cells: [[null], [null], [null]], fill: INPUT },
    { at: L.ringFenced, cells: [[null], [null]], fill: INPUT },
  ];
}

function partnerBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { partners: P, lines: N, schemes: S } = L;
  const names = L.col("A", P);
  const own = L.col("C", P);
  const caps = L.col("D", P);
  const left = `$B$${L.leftRow}`;
  const isCommissioner = `${abs(L.rule)}=${literal(COMMISSIONER_RULE)}`;
  const rows = ledger.partners.map((_, i) => P.first + i);
  const cap = (i: number) => {
    const rule = ledger.rules.riskShare;
    const c = rule.kind === "split" ? rule.caps?.[i] : null;
    return c === null || c === undefined ? null : fromPence(c);
  };
  return [
    { at: `A${P.head - 1}`, cells: [["Partners"]], bold: true },
    {
      at: `A${P.head}`,
      cells: [
        [
          "Partner",
          "Body type",
          "Own contributions (the basis for sharing)",
          "Cap (blank: none)",
          "Share of what the draws leave",
          "Under a split rule",
        ],
        ...ledger.partners.map((p, i) => [
          p.name,
          BODY_TYPES.find((b) => b.value === p.bodyType)?.label ?? "",
          f(
            `=IF(B${rows[i]}=${literal(FUNDING_STREAM)},0,SUMIFS(${L.col("I", N)},${L.col("B", N)},A${rows[i]},${L.col("D", N)},"No"))`
          ),
          cap(i),
          f(
            `=IF(${isCommissioner},SUMIFS(${L.col(L.shareLeft, S)},${L.col("B", S)},A${rows[i]}),F${rows[i]})`
          ),
          i === 0
            ? f(`=IF(${isCommissioner},0*${own},${bySplit(L, left, own, caps, names)})`)
            : null,
        ]),
        ["Total", null, f(`=SUM(${own})`), null, f(`=SUM(${L.col("E", P)})`), null],
      ],
      formats: [null, null, MONEY, MONEY, MONEY, MONEY],
    },
    heading(`A${P.head}`, 6),
    wrapped(`A${P.first}`, ledger.partners.length, 2),
    { at: `A${P.total}`, cells: [Array(6).fill(null)], bold: true },
    { at: `D${P.first}`, cells: rows.map(() => [null]), fill: INPUT },
    {
      at: `A${P.total + 1}`,
      cells: [
        [
          "Check: any share on a funding stream (0, since a funding stream never bears an overspend)",
          null,
          null,
          null,
          f(`=SUMIFS(${L.col("E", P)},${L.col("B", P)},${literal(FUNDING_STREAM)})`),
        ],
      ],
      formats: [null, null, null, null, MONEY],
      italic: true,
      wrap: true,
    },
  ];
}

/** What the draws leave, split by the rule cell: through the bands where it says so, else DEFICITSPLIT. */
function bySplit(L: LedgerLayout, left: string, own: string, caps: string, names: string): string {
  const split = `POOL.DEFICITSPLIT(${left},${own},${abs(L.rule)},${caps},MATCH(${abs(L.host)},${names},0),${abs(L.threshold)})`;
  if (!L.bandRows) return split;
  const bands = `$A$${L.bands.first}:$${colLetter(1 + L.partners.last - L.partners.first + 1)}$${L.bands.last}`;
  return `IF(${abs(L.rule)}=${literal(BANDS_LABEL)},POOL.RISKSHARE(${left},${own},${bands}),${split})`;
}

/** The risk-share schedule: a row per band, its size then each partner's share (blank: in proportion). */
function bandBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const rule = ledger.rules.riskShare;
  if (rule.kind !== "bands") return [];
  const n = ledger.partners.length;
  const B = L.bands;
  return [
    {
      at: `A${B.head - 1}`,
      cells: [
        [
          "Risk-share bands: each band's size (blank in the last: everything beyond), then each partner's share; no shares: in proportion to own contributions",
        ],
      ],
      bold: true,
    },
    {
      at: `A${B.head}`,
      cells: [
        ["Band size (£)", ...ledger.partners.map((_, i) => f(`=A${L.partners.first + i}`))],
        ...rule.bands.map((b) => [
          b.size,
          ...Array.from({ length: n }, (_, i) => b.shares?.[i] ?? null),
        ]),
      ],
      formats: [MONEY, ...ledger.partners.map(() => PERCENT)],
    },
    heading(`A${B.head}`, n + 1),
    { at: `A${B.first}`, cells: rule.bands.map(() => Array(n + 1).fill(null)), fill: INPUT },
  ];
}

function lineBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { lines: N, instalments: I, variations: V } = L;
  const asAt = abs(L.asAt);
  const money = ["F", "G", "H", "I", "J", "K", "L", "M"];
  return [
    {
      at: `A${N.head - 1}`,
      cells: [["Contribution lines: what each partner puts in, by source"]],
      bold: true,
    },
    {
      at: `A${N.head}`,
      cells: [
        [
          "Line",
          "Partner",
          "Source",
          "Grant (funding stream)",
          "Ring-fenced",
          "Brought forward",
          "Annual contribution (agreed)",
          "Variations to date",
          "Contribution for the year",
          "Due to date",
          "Received to date",
          "Outstanding (due, not received)",
          "Not yet due",
        ],
        ...ledger.lines.map((line, i) => {
          const r = N.first + i;
          return [
            lineLabel(ledger, i),
            ledger.partners[line.partner].name,
            line.source,
            yesNo(line.grant),
            yesNo(line.ringFenced),
            fromPence(line.broughtForward ?? 0),
            fromPence(line.annual),
            f(`=SUMIFS(${L.col("C", V)},${L.col("B", V)},A${r},${L.col("A", V)},"<="&${asAt})`),
            f(`=ROUND(G${r}+H${r},2)`),
            f(
              `=ROUND(SUMIF($B$${I.head}:$E$${I.head},"<="&${asAt},B${I.first + i}:E${I.first + i})+H${r},2)`
            ),
            null,
            f(`=ROUND(J${r}-K${r},2)`),
            f(`=ROUND(I${r}-J${r},2)`),
          ];
        }),
        ["Total", null, null, null, null, ...money.map((c) => f(`=SUM(${L.col(c, N)})`))],
      ],
      formats: [null, null, null, null, null, ...money.map(() => MONEY)],
    },
    heading(`A${N.head}`, 13),
    wrapped(`A${N.first}`, ledger.lines.length, 3),
    { at: `A${N.total}`, cells: [Array(13).fill(null)], bold: true },
    { at: `D${N.first}`, cells: ledger.lines.map(() => [null, null, null, null]), fill: INPUT },
    { at: `K${N.first}`, cells: ledger.lines.map(() => [null]), fill: INPUT },
  ];
}

function wentBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { lines: N, went: W, partners: P, charges: C } = L;
  const step = (d: string) => L.draw.first + ledger.rules.draws.indexOf(d as never);
  const met = (d: string) => (ledger.rules.draws.includes(d as never) ? `$D$${step(d)}` : "0");
  const spill = (source: string, d: string) =>
    f(`=IF(${met(d)}=0,0*${L.col(source, W)},POOL.POOLSHARE(${L.col(source, W)},${met(d)}))`);
  const carry = literal(TREATMENT_WORDS["carry forward"]);
  const money = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"];
  return [
    {
      at: `A${W.head - 1}`,
      cells: [["Where each line's money went, and what it has left"]],
      bold: true,
    },
    {
      at: `A${W.head}`,
      cells: [
        [
          "Line",
          "Charged to its schemes",
          "Set aside for the contingency",
          "Spare",
          "Spare that may meet others' overspends",
          "Drawn for overspends elsewhere",
          "Contingency used",
          "Share of spending",
          "Balance at year end (forecast in year)",
          "Carried forward",
          "Returned",
        ],
        ...ledger.lines.map((_, i) => {
          const r = W.first + i;
          const n = N.first + i;
          const fund = L.fund(i);
          return [
            f(`=A${n}`),
            f(`=SUM(${fund}${C.first}:${fund}${C.last})`),
            f(`=${fund}${L.contingencyRow}`),
            f(`=ROUND(F${n}+I${n}-B${r}-C${r},2)`),
            f(
              `=IF(AND(D${n}="No",E${n}="No",INDEX(${L.col("B", P)},MATCH(B${n},${L.col("A", P)},0))<>${literal(FUNDING_STREAM)}),MAX(0,D${r}),0)`
            ),
            i === 0 ? spill("E", "underspends") : null,
            i === 0 ? spill("C", "contingency") : null,
            f(`=ROUND(B${r}+F${r}+G${r},2)`),
            f(`=ROUND(F${n}+I${n}-H${r},2)`),
            f(`=IF(IF(E${n}="Yes",${abs(L.ringFenced)},${abs(L.other)})=${carry},I${r},0)`),
            f(`=ROUND(I${r}-J${r},2)`),
          ];
        }),
        ["Total", ...money.map((c) => f(`=SUM(${L.col(c, W)})`))],
      ],
      formats: [null, ...money.map(() => MONEY)],
    },
    heading(`A${W.head}`, 11),
    wrapped(`A${W.first}`, ledger.lines.length, 1),
    { at: `A${W.total}`, cells: [Array(11).fill(null)], bold: true },
  ];
}

function instalmentBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { lines: N, instalments: I } = L;
  const all = instalmentsOf(ledger);
  const dates = [...new Set(all.map((i) => i.date))].sort().slice(0, 4);
  return [
    { at: `A${I.head - 1}`, cells: [["Instalments: what each line pays, and when"]], bold: true },
    {
      at: `A${I.head}`,
      cells: [
        ["Line", ...dates.map(date), "Total", "Check against the annual contribution (0)"],
        ...ledger.lines.map((_, i) => {
          const r = I.first + i;
          return [
            f(`=A${N.first + i}`),
            ...dates.map((d) =>
              fromPence(
                all.filter((x) => x.line === i && x.date === d).reduce((a, x) => a + x.amount, 0)
              )
            ),
            f(`=SUM(B${r}:E${r})`),
            f(`=ROUND(G${N.first + i}-F${r},2)`),
          ];
        }),
      ],
      formats: [null, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY],
    },
    {
      at: `B${I.head}`,
      cells: [[null, null, null, null]],
      formats: [DATE, DATE, DATE, DATE],
      bold: true,
    },
    heading(`A${I.head}`, 1),
    wrapped(`A${I.first}`, ledger.lines.length, 1),
    { at: `B${I.first}`, cells: ledger.lines.map(() => [null, null, null, null]), fill: INPUT },
  ];
}

function variationBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const V = L.variations;
  const given = ledger.variations ?? [];
  const rows = V.last - V.first + 1;
  return [
    {
      at: `A${V.head - 1}`,
      cells: [["In-year variations: each dated and agreed, with its reason"]],
      bold: true,
    },
    {
      at: `A${V.head}`,
      cells: [
        ["Date", "Line", "More (+) or less (−)", "Reason"],
        ...Array.from({ length: rows }, (_, k) => {
          const v = given[k];
          return v
            ? [date(v.date), lineLabel(ledger, v.line), fromPence(v.amount), v.reason]
            : [null, null, null, null];
        }),
      ],
      formats: [DATE, null, MONEY, null],
    },
    heading(`A${V.head}`, 4),
    wrapped(`B${V.first}`, rows, 3),
    {
      at: `A${V.first}`,
      cells: Array.from({ length: rows }, () => Array(4).fill(null)),
      fill: INPUT,
    },
  ];
}

function schemeBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { schemes: S, charges: C } = L;
  const m = ledger.lines.length;
  const fundRange = (r: number) => `${L.fund(0)}${r}:${L.lastFund}${r}`;
  const money = Array(m + 9).fill(MONEY);
  const left = `$B$${L.leftRow}`;
  const totals = [
    ...ledger.lines.map((_, i) => L.fund(i)),
    L.budget,
    L.spend,
    L.income,
    L.counted,
    L.net,
    L.variance,
    L.overspend,
    L.shareLeft,
    L.lastVariance,
  ].map((c) => f(`=SUM(${L.col(c, S)})`));
  const fundingOf = (funding: { line: number; amount: number }[]) =>
    ledger.lines.map((_, i) =>
      fromPence(funding.filter((x) => x.line === i).reduce((a, x) => a + x.amount, 0))
    );
  return [
    {
      at: `A${S.head - 1}`,
      cells: [
        [
          "Schemes: the funding each line gives, and spending (latest forecast in year, actual at year end)",
        ],
      ],
      bold: true,
    },
    {
      at: `A${S.head}`,
      cells: [
        [
          "Scheme",
          "Lead commissioner",
          ...ledger.lines.map((_, i) => f(`=A${L.lines.first + i}`)),
          "Budget",
          "Spending (blank: at budget)",
          "Income",
          "Spending counted",
          "Net spending",
          "Over/(under) budget",
          "Overspend to meet",
          "Share of what the draws leave",
          "Over/(under) budget at the last period (kept as the period moves on)",
        ],
        ...ledger.schemes.map((s, k) => {
          const r = S.first + k;
          return [
            s.name,
            ledger.partners[s.commissioner].name,
            ...fundingOf(s.funding),
            f(`=SUM(${fundRange(r)})`),
            null,
            null,
            f(`=IF(ISBLANK(${L.spend}${r}),${L.budget}${r},${L.spend}${r})`),
            f(`=ROUND(${L.counted}${r}-${L.income}${r},2)`),
            f(`=ROUND(${L.net}${r}-${L.budget}${r},2)`),
            f(`=MAX(0,${L.variance}${r})`),
            k === 0
              ? f(
                  `=IF(${left}=0,0*${L.col(L.overspend, S)},POOL.POOLSHARE(${L.col(L.overspend, S)},${left}))`
                )
              : null,
            null,
          ];
        }),
        ["Total", null, ...totals],
        [
          "Contingency set aside",
          null,
          ...fundingOf(ledger.contingency ?? []),
          f(`=SUM(${fundRange(L.contingencyRow)})`),
          ...Array(8).fill(null),
        ],
      ],
      formats: [null, null, ...money],
    },
    heading(`A${S.head}`, m + 11),
    wrapped(`A${S.first}`, ledger.schemes.length, 2),
    { at: `A${S.total}`, cells: [Array(m + 11).fill(null)], bold: true },
    { at: `B${S.first}`, cells: ledger.schemes.map(() => Array(m + 1).fill(null)), fill: INPUT },
    { at: `${L.spend}${S.first}`, cells: ledger.schemes.map(() => [null, null]), fill: INPUT },
    { at: `${L.fund(0)}${L.contingencyRow}`, cells: [Array(m).fill(null)], fill: INPUT },
    {
      at: `A${C.head - 1}`,
      cells: [
        [
          "Each scheme's net spending charged to its lines: within budget in proportion to their funding, over budget all of it",
        ],
      ],
      bold: true,
    },
    {
      at: `A${C.head}`,
      cells: [
        ["Scheme", null, ...ledger.lines.map((_, i) => f(`=A${L.lines.first + i}`))],
        ...ledger.schemes.map((_, k) => {
          const r = S.first + k;
          const row = fundRange(r);
          return [
            f(`=A${r}`),
            null,
            f(
              `=IF(${L.overspend}${r}>0,${row},IF(${L.budget}${r}=0,0*${row},POOL.POOLSHARE(${row},${L.net}${r})))`
            ),
            ...Array(m - 1).fill(null),
          ];
        }),
      ],
      formats: [null, null, ...Array(m).fill(MONEY)],
    },
    heading(`A${C.head}`, m + 2),
    wrapped(`A${C.first}`, ledger.schemes.length, 1),
  ];
}

function drawBlocks(ledger: Ledger, L: LedgerLayout): Block[] {
  const { draw: D, schemes: S, went: W, lines: N, partners: P } = L;
  const available = (d: string) =>
    d === "underspends" ? `=SUM(${L.col("E", W)})` : `=SUM(${L.col("C", W)})`;
  const steps = ledger.rules.draws.map((d, t) => {
    const r = D.first + t;
    return [
      `${t + 1}. ${DRAW_WORDS[d]}`,
      f(t === 0 ? `=SUM(${L.col(L.overspend, S)})` : `=ROUND(B${r - 1}-D${r - 1},2)`),
      f(available(d)),
      f(`=MIN(B${r},C${r})`),
    ];
  });
  const t = ledger.rules.draws.length;
  const last = D.first + t;
  const variance = `B${L.summary + 2}`;
  return [
    { at: `A${D.head - 1}`, cells: [["Order of draw for an overspend, step by step"]], bold: true },
    {
      at: `A${D.head}`,
      cells: [
        ["Step", "Still to meet", "Available", "Met"],
        ...steps,
        [
          f(`="${t + 1}. "&${abs(L.rule)}`),
          f(t === 0 ? `=SUM(${L.col(L.overspend, S)})` : `=ROUND(B${last - 1}-D${last - 1},2)`),
          null,
          f(`=B${last}`),
        ],
      ],
      formats: [null, MONEY, MONEY, MONEY],
    },
    heading(`A${D.head}`, 4),
    wrapped(`A${D.first}`, ledger.rules.draws.length + 1, 1),
    {
      at: `A${L.summary}`,
      cells: [
        [
          "Money in the pool (brought forward and contributions)",
          f(`=ROUND(SUM(${L.col("F", N)})+SUM(${L.col("I", N)}),2)`),
        ],
        ["Net spending", f(`=SUM(${L.col(L.net, S)})`)],
        ["Over/(under)spend for the pool", f(`=ROUND(B${L.summary + 1}-B${L.summary},2)`)],
        [
          "Check: shares of what the draws leave, less balances, less the over/(under)spend (0)",
          f(`=ROUND(SUM(${L.col("E", P)})-SUM(${L.col("I", W)})-${variance},2)`),
        ],
      ],
      formats: [null, MONEY],
    },
    { at: `A${L.summary + 2}`, cells: [[null, null]], bold: true },
    wrapped(`A${L.summary}`, 4, 1),
  ];
}
