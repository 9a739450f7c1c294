import { Block } from "../types";
import { abs, INPUT, MONEY, heading, wrapped } from "./cellStyles";
import type { poolLayout } from "./poolLayout";
import type { PoolSetup } from "../../core";

/**
 * What the host sends each partner: balance brought forward, contributions received, its
 * share of other income and of expenditure, balance carried forward, and its share of the
 * pool's assets and liabilities. Its share of the over/(under)spend is the partners
 * table's split under the agreed rule, and its share of expenditure is the spending within
 * budget (in proportion to contributions) plus that share, so the two always agree.
 */
export function memorandumBlocks(
  setup: PoolSetup,
  L: ReturnType<typeof poolLayout>,
  /** A formula for expenditure (the Monitoring sheet's forecast outturn), instead of an input. */
  expenditureFrom?: string
): Block[] {
  const n = setup.partners.length;
  const col = (c: string) => `$${c}$${L.memoFirst}:$${c}$${L.memoTotal - 1}`;
  const withinBudget = `=POOL.POOLSHARE(${L.contributions},N(${abs(L.expenditure)})-N(${abs(L.variance)}))`;
  const money = Array(10).fill(MONEY);
  money[0] = null;
  return [
    {
      at: `A${L.memo}`,
      cells: [[{ formula: `="Memorandum of accounts, "&$B$4&", "&$B$5` }]],
      bold: true,
    },
    {
      at: `A${L.memo + 1}`,
      cells: [
        ["Other income received by the pool (beyond contributions)", null],
        expenditureFrom
          ? [
              "Expenditure by the pool: the Monitoring sheet's forecast outturn (actual at year end)",
              { formula: expenditureFrom },
            ]
          : [
              "Expenditure by the pool (forecast outturn during the year, actual at year end)",
              null,
            ],
        ["Assets held by the pool at the end of the period", null],
        ["Liabilities of the pool at the end of the period", null],
      ],
      formats: [null, MONEY],
    },
    ...[1, 2, 3, 4]
      .filter((k) => !(expenditureFrom && k === 2))
      .map((k) => ({ at: `B${L.memo + k}`, cells: [[null]], fill: INPUT })),
    {
      at: `A${L.memoHead}`,
      cells: [
        [
          "Partner",
          "Balance brought forward",
          "Contributions received",
          "Share of other income",
          "Spending within budget",
          "Over/(under)spend (agreed rule)",
          "Share of expenditure",
          "Balance carried forward",
          "Share of assets",
          "Share of liabilities",
        ],
        ...setup.partners.map((_, i) => {
          const r = L.memoFirst + i;
          const first = i === 0;
          return [
            { formula: `=A${L.first + i}` },
            setup.partners[i].broughtForward ?? null,
            null,
            first ? { formula: `=POOL.POOLSHARE(${L.contributions},N(${abs(L.income)}))` } : null,
            first ? { formula: withinBudget } : null,
            { formula: `=H${L.first + i}` },
            // Balances to the penny, so 71428.57 never shows as 71428.5700000003.
            { formula: `=ROUND(E${r}+F${r},2)` },
            { formula: `=ROUND(N(B${r})+N(C${r})+D${r}-G${r},2)` },
            first ? { formula: `=POOL.POOLSHARE(${L.contributions},N(${abs(L.assets)}))` } : null,
            first
              ? { formula: `=POOL.POOLSHARE(${L.contributions},N(${abs(L.liabilities)}))` }
              : null,
          ];
        }),
        [
          "Total",
          ...["B", "C", "D", "E", "F", "G", "H", "I", "J"].map((c) => ({
            formula: `=SUM(${col(c)})`,
          })),
        ],
      ],
      formats: money,
    },
    { at: `B${L.memoFirst}`, cells: Array.from({ length: n }, () => [null, null]), fill: INPUT },
    heading(`A${L.memoHead}`, 10),
    wrapped(`A${L.memo + 1}`, 4, 1),
    { at: `A${L.memoTotal}`, cells: [Array(10).fill(null)], bold: true },
    {
      at: `A${L.memoTotal + 1}`,
      cells: [
        [
          "Each partner accounts for its own share of the pool's income, expenditure, assets and liabilities (IFRS 11 as the local authority Code applies it); the host leaves the other partners' shares out of its own accounts. A negative balance carried forward is owed to the pool.",
        ],
      ],
      italic: true,
      wrap: true,
    },
  ];
}
