import { Block, SheetPlan } from "../types";
import { abs, MONEY, wrapped } from "./cellStyles";
import { PoolLayout, poolLayout } from "./poolLayout";
import { PoolSetup } from "../../core";
import { printWords } from "./printText";

/** The lines of a partner's statement, in order, with the row each sits on. */
export const STATEMENT_ROWS = {
  broughtForward: 6,
  due: 7,
  received: 8,
  outstanding: 9,
  income: 10,
  withinBudget: 11,
  variance: 12,
  expenditure: 13,
  carriedForward: 14,
  check: 15,
  assets: 17,
  liabilities: 18,
};

/**
 * One partner's statement for the period, to send to its finance officer: balance brought
 * forward, contributions due and received, its share of other income and of expenditure
 * (spending within budget plus its share of the over/(under)spend by the agreed rule),
 * balance carried forward, and its share of assets and liabilities. Every figure is a
 * formula on the Pool sheet's memorandum, so statement and Pool sheet always agree; a check
 * line shows the balance reconciles. `pool` is how formulas name the Pool sheet.
 */
export function statementSheetPlan(
  setup: PoolSetup,
  i: number,
  pool: string,
  /** Where the Pool sheet's parts are: as read back, wherever rows have moved them. */
  L: PoolLayout = poolLayout(setup.partners.length, setup.bands?.length ?? 0)
): SheetPlan {
  const partner = setup.partners[i].name;
  const m = L.memoFirst + i;
  const ref = (a: string) => `${pool}!${a}`;
  const p = (a: string) => ({ formula: `=${ref(a)}` });
  const R = STATEMENT_ROWS;
  const blocks: Block[] = [
    { at: "A1", cells: [[`Statement of account: ${partner}`]], bold: true },
    {
      at: "A2",
      cells: [
        [
          {
            formula: `="Pool: ${setup.name.replace(/"/g, '""')}, "&${ref(abs(L.year))}&", "&${ref(abs(L.period))}`,
          },
        ],
        [{ formula: `="Prepared by the host, "&${ref(abs(L.hostName))}` }],
      ],
    },
    {
      at: "A5",
      cells: [
        ["", "£"],
        ["Balance brought forward", p(`B${m}`)],
        ["Contributions due (agreed)", p(`C${L.first + i}`)],
        ["Contributions received", p(`C${m}`)],
        ["Contributions outstanding", { formula: `=ROUND(B${R.due}-B${R.received},2)` }],
        ["Share of other income", p(`D${m}`)],
        ["Share of spending within budget", p(`E${m}`)],
        [
          "Share of the over/(under)spend under the agreed rule (forecast during the year, actual at year end)",
          p(`F${m}`),
        ],
        ["Share of expenditure", { formula: `=ROUND(B${R.withinBudget}+B${R.variance},2)` }],
        [
          "Balance carried forward",
          {
            formula: `=ROUND(B${R.broughtForward}+B${R.received}+B${R.income}-B${R.expenditure},2)`,
          },
        ],
        [
          "Check against the Pool sheet (0 when it agrees)",
          { formula: `=ROUND(B${R.carriedForward}-${ref(`H${m}`)},2)` },
        ],
        [null, null],
        ["Share of the pool's assets", p(`I${m}`)],
        ["Share of the pool's liabilities", p(`J${m}`)],
        [null, null],
        ["Agreed rule for over- and underspends", p(abs(L.rule))],
        ["How the rule works", p(abs(L.ruleText))],
      ],
      formats: [null, MONEY],
    },
    { at: `A${R.carriedForward}`, cells: [[null, null]], bold: true },
    wrapped("A6", 14, 1),
    // The rule and what it means: wrapped, so the statement prints whole on one page.
    {
      at: "A20",
      cells: [
        [null, null],
        [null, null],
      ],
      wrap: true,
    },
    {
      at: "A24",
      cells: [
        [
          "To reconcile with your ledger: contributions received to your payments to the host; share of expenditure to the pool spending in your own accounts (each partner accounts for its share, IFRS 11 as the local authority Code applies it). A negative balance carried forward is owed to the pool.",
        ],
      ],
      italic: true,
      wrap: true,
    },
  ];
  return {
    baseName: `Statement ${partner}`,
    blocks,
    print: {
      onePage: true,
      orientation: "portrait",
      area: "A1:B24",
      header: `Pool: ${printWords(setup.name)}`,
      footer: `Statement for ${printWords(partner)}`,
    },
    columnWidths: [360, 130],
    // The rule's meaning, a formula's wrapped text: rows tall enough for it, as Excel does not refit them.
    rowHeights: { 20: 30, 21: 60 },
  };
}
