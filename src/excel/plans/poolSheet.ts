import {
  BODY_TYPES,
  BodyType,
  METHOD_DESCRIPTIONS,
  Power,
  POWER_NAMES,
  SplitMethod,
} from "../../core";
import { SheetPlan } from "../types";

export interface PoolPartner {
  name: string;
  bodyType?: BodyType;
  contribution: number;
  /** Most this partner funds of an overspend (capped method); null for no cap. */
  cap?: number | null;
}

export interface PoolSetup {
  name: string;
  partners: PoolPartner[];
  /** 0-based position of the host partner. */
  host: number;
  method: SplitMethod;
  threshold?: number;
  power?: Power;
  /** A variance to start the sheet with (pounds; overspend positive). */
  variance?: number;
}

export const MONEY = "£#,##0.00;(£#,##0.00)";
const PERCENT = "0.00%";

/** Where things sit on the Pool sheet; formulas and tests both read it from here. */
export function poolLayout(n: number) {
  const head = 12;
  const first = head + 1;
  const last = head + n;
  const memo = last + 3;
  return {
    total: "B4",
    variance: "B5",
    hostPosition: "B7",
    threshold: "B9",
    head,
    first,
    last,
    contributions: `$C$${first}:$C$${last}`,
    caps: `$D$${first}:$D$${last}`,
    share: `F${first}`,
    split: `G${first}`,
    memo,
    income: `B${memo + 1}`,
    expenditure: `B${memo + 2}`,
    memoHead: memo + 4,
  };
}

/**
 * The "Pool" sheet: settings, the partners table, live POOL.POOLSHARE and POOL.DEFICITSPLIT
 * formulas spilling beside it (a spill cannot sit inside a table), and the per-partner
 * memorandum of accounts that DOMAIN.md's accounting rule asks the host to send.
 */
export function poolSheetPlan(setup: PoolSetup): SheetPlan {
  const n = setup.partners.length;
  const L = poolLayout(n);
  const capped = setup.method === "capped";
  const needsHost = setup.method === "host" || setup.method === "tiered";
  const bodyLabel = (b?: BodyType) => BODY_TYPES.find((x) => x.value === b)?.label ?? "";
  const host = setup.partners[setup.host];

  const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const splitArgs = [
    "$B$5",
    L.contributions,
    `"${setup.method}"`,
    capped ? L.caps : "",
    needsHost ? "$B$7" : "",
    setup.method === "tiered" ? "$B$9" : "",
  ];
  while (splitArgs[splitArgs.length - 1] === "") splitArgs.pop();

  return {
    baseName: "Pool",
    blocks: [
      { at: "A1", cells: [[`Pool: ${setup.name}`]], bold: true },
      {
        at: "A2",
        cells: [
          [
            `Set up by the Pool Budgets add-in.${setup.power ? ` Legal basis: ${POWER_NAMES[setup.power]}.` : ""} Yellow cells are inputs.`,
          ],
        ],
        italic: true,
      },
      {
        at: "A4",
        cells: [
          ["Pool total", { formula: `=SUM(${L.contributions})` }],
          ["Variance for the year (overspend +, underspend −)", setup.variance ?? 0],
          ["Host partner", host.name],
          ["Host position in the partners table", setup.host + 1],
          ["Overspend rule", setup.method],
          [
            "Host's threshold (tiered rule)",
            setup.method === "tiered" ? (setup.threshold ?? 0) : "n/a",
          ],
          ["How the rule works", METHOD_DESCRIPTIONS[setup.method]],
        ],
      },
      { at: "B4", cells: [[null], [null]], formats: [MONEY] },
      { at: "B5", cells: [[null]], fill: "#FFF2CC" },
      {
        at: `A${L.head}`,
        cells: [
          ["Partner", "Body type", "Contribution", capped ? "Cap" : "Notes"],
          ...setup.partners.map((p) => [
            p.name,
            bodyLabel(p.bodyType),
            p.contribution,
            capped ? (p.cap ?? null) : null,
          ]),
        ],
        formats: [null, null, MONEY, capped ? MONEY : null],
      },
      {
        at: `F${L.head}`,
        cells: [
          ["Share", "Share of variance"],
          [
            { formula: `=POOL.POOLSHARE(${L.contributions})` },
            { formula: `=POOL.DEFICITSPLIT(${splitArgs.join(",")})` },
          ],
          ...setup.partners.slice(1).map(() => [null, null]),
        ],
        formats: [PERCENT, MONEY],
      },
      { at: `F${L.head}`, cells: [[null, null]], bold: true },
      { at: `A${L.memo}`, cells: [["Memorandum of accounts"]], bold: true },
      {
        at: `A${L.memo + 1}`,
        cells: [
          ["Income received by the pool", 0],
          ["Expenditure by the pool", 0],
        ],
        formats: [null, MONEY],
      },
      { at: `B${L.memo + 1}`, cells: [[null], [null]], fill: "#FFF2CC" },
      {
        at: `A${L.memoHead}`,
        cells: [
          [
            "Partner",
            "Contribution",
            "Share of income",
            "Share of expenditure",
            "Over/(under)spend",
          ],
          ...setup.partners.map((_, i) => [
            { formula: `=A${L.first + i}` },
            { formula: `=C${L.first + i}` },
            ...(i === 0
              ? [
                  { formula: `=POOL.POOLSHARE(${L.contributions},${abs(L.income)})` },
                  { formula: `=POOL.POOLSHARE(${L.contributions},${abs(L.expenditure)})` },
                  {
                    formula: `=POOL.DEFICITSPLIT(${abs(L.expenditure)}-${abs(L.income)},${L.contributions})`,
                  },
                ]
              : [null, null, null]),
          ]),
        ],
        formats: [null, MONEY, MONEY, MONEY, MONEY],
      },
      { at: `A${L.memoHead}`, cells: [[null, null, null, null, null]], bold: true },
      { at: `A${L.head}`, cells: [[null, null, null, null]], bold: true },
      {
        at: `A${L.memoHead + n + 2}`,
        cells: [
          [
            "Each partner records its own share of the pool's income, expenditure and over/underspend; the host leaves the other partners' shares out of its own accounts.",
          ],
        ],
        italic: true,
      },
    ],
    tables: [{ name: "PoolPartners", range: `A${L.head}:D${L.last}` }],
    names: [
      { name: "Pool_Total", range: L.total },
      { name: "Pool_Variance", range: L.variance },
      { name: "Pool_Contributions", range: L.contributions.replace(/\$/g, "") },
    ],
    columnWidths: [230, 150, 95, 95, 20, 70, 110],
  };
}
