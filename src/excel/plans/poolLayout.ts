import { BODY_TYPES, SPLIT_METHODS } from "../../core";
import { colLetter } from "../../core/a1";

/** Where things sit on the Pool sheet; formulas and tests both read it from here. */
export function poolLayout(n: number, bandRows = 0) {
  const head = 15;
  const first = head + 1;
  const last = head + n;
  const checkRow = last + 2;
  const bandsHead = checkRow + 3;
  const bandsFirst = bandsHead + 1;
  const bandsLast = bandsHead + bandRows;
  const memo = bandRows ? bandsLast + 3 : last + 4;
  const memoHead = memo + 6;
  const rules = 5; // first row of the rule list in L:M
  const ruleCount = SPLIT_METHODS.length + (bandRows ? 1 : 0);
  const bodies = rules + ruleCount + 2;
  const range = (col: string) => `$${col}$${first}:$${col}$${last}`;
  return {
    bandsHead,
    bandsFirst,
    bandsLast,
    bands: `$A$${bandsFirst}:$${colLetter(1 + n)}$${bandsLast}`,
    year: "B4",
    period: "B5",
    total: "B6",
    variance: "B7",
    hostName: "B8",
    hostPosition: "B9",
    rule: "B10",
    threshold: "B11",
    ruleText: "B12",
    /** With bands: how an underspend goes back under them. */
    bandUnderspend: "B13",
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
