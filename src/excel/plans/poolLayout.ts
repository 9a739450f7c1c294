import { BODY_TYPES, SPLIT_METHODS } from "../../core";
import { colLetter } from "../../core/a1";

/**
 * The first row of each part of a Pool sheet. A new sheet has them where poolLayout puts
 * them; a sheet read back has them where its defined names now say (rows a user inserted
 * move a part down, and Excel moves the names with it).
 */
export interface PoolAnchors {
  /** The title (A1) and the note under it. */
  title: number;
  /** The settings, year to the band underspend choice (A4:B13). */
  settings: number;
  /** The partners table's heading row. */
  head: number;
  /** The risk-share bands' heading row. */
  bands: number;
  /** The memorandum's heading row. */
  memo: number;
}

/** Rows in the settings part, and in the memorandum from its heading to its partners' heading. */
export const SETTINGS_ROWS = 10;
export const MEMO_INPUT_ROWS = 6;

function defaultAnchors(n: number, bandRows: number): PoolAnchors {
  const head = 15;
  const bands = head + n + 5;
  return {
    title: 1,
    settings: 4,
    head,
    bands,
    memo: bandRows ? bands + bandRows + 3 : head + n + 4,
  };
}

/** Where things sit on the Pool sheet; formulas and tests both read it from here. */
export function poolLayout(n: number, bandRows = 0, at = defaultAnchors(n, bandRows)) {
  const { head, settings: s } = at;
  const first = head + 1;
  const last = head + n;
  const checkRow = last + 2;
  const bandsHead = at.bands;
  const bandsFirst = bandsHead + 1;
  const bandsLast = bandsHead + bandRows;
  const memo = at.memo;
  const memoHead = memo + MEMO_INPUT_ROWS;
  const rules = 5; // first row of the rule list in L:M
  const ruleCount = SPLIT_METHODS.length + (bandRows ? 1 : 0);
  const bodies = rules + ruleCount + 2;
  const range = (col: string) => `$${col}$${first}:$${col}$${last}`;
  return {
    anchors: at,
    title: `A${at.title}`,
    bandsHead,
    bandsFirst,
    bandsLast,
    bands: `$A$${bandsFirst}:$${colLetter(1 + n)}$${bandsLast}`,
    bandsLastCol: colLetter(1 + n),
    year: `B${s}`,
    period: `B${s + 1}`,
    total: `B${s + 2}`,
    variance: `B${s + 3}`,
    hostName: `B${s + 4}`,
    hostPosition: `B${s + 5}`,
    rule: `B${s + 6}`,
    threshold: `B${s + 7}`,
    ruleText: `B${s + 8}`,
    /** With bands: how an underspend goes back under them. */
    bandUnderspend: `B${s + 9}`,
    head,
    first,
    last,
    totalRow: last + 1,
    names: range("A"),
    bodyTypes: range("B"),
    contributions: range("C"),
    caps: range("D"),
    liable: range("E"),
    share: `G${first}`,
    split: `H${first}`,
    splitColumn: range("H"),
    checkRow,
    memo,
    income: `B${memo + 1}`,
    expenditure: `B${memo + 2}`,
    assets: `B${memo + 3}`,
    liabilities: `B${memo + 4}`,
    memoHead,
    memoFirst: memoHead + 1,
    memoTotal: memoHead + n + 1,
    ruleList: `$L$${rules}:$L$${rules + ruleCount - 1}`,
    ruleTexts: `$M$${rules}:$M$${rules + ruleCount - 1}`,
    rulesAt: rules,
    bodyList: `$L$${bodies}:$L$${bodies + BODY_TYPES.length - 1}`,
    bodiesAt: bodies,
  };
}

export type PoolLayout = ReturnType<typeof poolLayout>;

/**
 * The defined names a Pool sheet carries: one per part, by which it is read back wherever
 * rows have moved it, and one per cell a user's own formula is likely to want.
 */
export function poolNames(L: PoolLayout, bandRows: number): { name: string; range: string }[] {
  const plain = (r: string) => r.replace(/\$/g, "");
  return [
    { name: "Pool_Title", range: `A${L.anchors.title}:A${L.anchors.title + 1}` },
    {
      name: "Pool_Settings",
      range: `A${L.anchors.settings}:B${L.anchors.settings + SETTINGS_ROWS - 1}`,
    },
    { name: "Pool_Partners", range: `A${L.head}:H${L.checkRow}` },
    ...(bandRows
      ? [{ name: "Pool_Bands", range: `A${L.bandsHead}:${L.bandsLastCol}${L.bandsLast}` }]
      : []),
    { name: "Pool_Memorandum", range: `A${L.memo}:J${L.memoTotal}` },
    { name: "Pool_Year", range: L.year },
    { name: "Pool_Period", range: L.period },
    { name: "Pool_Total", range: L.total },
    { name: "Pool_Variance", range: L.variance },
    { name: "Pool_Rule", range: L.rule },
    { name: "Pool_Contributions", range: plain(L.contributions) },
  ];
}
