import { profileYears } from "./fundingProfile";
import { address, CellInput, colLetter, SheetDef, TemplateDef } from "./model";

/**
 * Swindon's section 75 agreement (DOMAIN.md): council £20m and PCT £8m a year. The uplifts,
 * saving, spending and opening balance are illustrative, and the sheet says so.
 */
export const SWINDON_BUDGET = {
  years: ["2025/26", "2026/27", "2027/28"],
  partners: [
    { name: "Swindon Borough Council", contribution: 20_000_000, uplift: 0.02, saving: 150_000 },
    { name: "Swindon PCT (now the ICB)", contribution: 8_000_000, uplift: 0.015, saving: 0 },
  ],
  spending: [27_900_000, 28_300_000, 28_700_000],
  broughtForward: 250_000,
};

interface BudgetData {
  years: string[];
  partners: {
    name: string | null;
    contribution: number | null;
    uplift: number | null;
    saving: number | null;
  }[];
  spending: (number | null)[];
  broughtForward: number | null;
}

const SHEET = "Pool budget";
const BLANK_PARTNERS = 8;
const BLANK_YEARS = 5;

/** Where each block sits: partners' terms, contributions by year, the pool by year, shares. */
function layout(partners: number) {
  const termsHead = 6;
  const byYearHead = termsHead + partners + 3;
  const byYearTotal = byYearHead + partners + 1;
  const poolHead = byYearTotal + 3;
  const sharesHead = poolHead + 7;
  return {
    termsHead,
    byYearHead,
    byYearTotal,
    pool: {
      contributions: poolHead + 1,
      spending: poolHead + 2,
      surplus: poolHead + 3,
      broughtForward: poolHead + 4,
      carriedForward: poolHead + 5,
    },
    poolHead,
    sharesHead,
    sharesTotal: sharesHead + partners + 1,
    balancesHead: sharesHead + partners + 4,
    balancesTotal: sharesHead + 2 * partners + 5,
  };
}

/**
 * A pool's budget over three to five years: each partner's contribution uplifted and less
 * its recurrent saving year on year, the pool's spending against them, the running
 * balance, and each partner's share of each year's contributions. Every figure but the
 * yellow inputs is a native formula, so partners without the add-in see it work.
 */
function budgetSheet(d: BudgetData, title: string, note: string): SheetDef {
  const n = d.partners.length;
  const L = layout(n);
  const col = (i: number) => colLetter(2 + i); // year columns from B
  const cells: Record<string, CellInput> = {
    A1: { v: title, style: "title" },
    A2: { v: note, style: "note" },
    A4: { v: "Balance brought forward into the first year", style: "label" },
    B4: { v: d.broughtForward, style: "moneyInput" },
  };
  const head = (row: number, labels: string[]) =>
    labels.forEach((t, i) => (cells[address(1 + i, row)] = { v: t, style: "header" }));

  head(L.termsHead, [
    "Partner",
    "First-year contribution",
    "Uplift a year",
    "Recurrent saving a year (cumulative)",
  ]);
  d.partners.forEach((p, i) => {
    const r = L.termsHead + 1 + i;
    cells[`A${r}`] = { v: p.name, style: "input" };
    cells[`B${r}`] = { v: p.contribution, style: "moneyInput" };
    cells[`C${r}`] = { v: p.uplift, style: "percentInput" };
    cells[`D${r}`] = { v: p.saving, style: "moneyInput" };
  });

  cells[`A${L.byYearHead - 1}`] = {
    v: "Contributions by year: uplifted, less the savings so far (each year's saving stays off every later year)",
    style: "subtitle",
  };
  head(L.byYearHead, ["Partner", ...d.years]);
  d.partners.forEach((_, i) => {
    const r = L.byYearHead + 1 + i;
    const terms = L.termsHead + 1 + i;
    cells[`A${r}`] = { f: `IF(A${terms}="","",A${terms})`, style: "label" };
    d.years.forEach((_, y) => {
      // Year on year: last year's contribution, uplifted, less the recurrent saving; never below 0.
      cells[`${col(y)}${r}`] =
        y === 0
          ? { f: `N(B${terms})`, style: "money" }
          : {
              f: `ROUND(MAX(0,${col(y - 1)}${r}*(1+N($C$${terms}))-N($D$${terms})),2)`,
              style: "money",
            };
    });
  });
  cells[`A${L.byYearTotal}`] = { v: "Total contributions", style: "label" };

  cells[`A${L.poolHead - 1}`] = { v: "The pool by year", style: "subtitle" };
  head(L.poolHead, ["", ...d.years]);
  const P = L.pool;
  cells[`A${P.contributions}`] = { v: "Contributions", style: "label" };
  cells[`A${P.spending}`] = { v: "Planned spending", style: "label" };
  cells[`A${P.surplus}`] = { v: "Surplus (deficit) for the year", style: "label" };
  cells[`A${P.broughtForward}`] = { v: "Balance brought forward", style: "label" };
  cells[`A${P.carriedForward}`] = { v: "Balance carried forward", style: "label" };

  cells[`A${L.sharesHead - 1}`] = {
    v: "Each partner's share of the year's contributions",
    style: "subtitle",
  };
  head(L.sharesHead, ["Partner", ...d.years]);
  cells[`A${L.sharesTotal}`] = { v: "Total", style: "label" };
  cells[`A${L.balancesHead - 1}`] = {
    v: "Each partner's part of the balance carried forward: its share of the opening balance and of each year's surplus or deficit",
    style: "subtitle",
  };
  head(L.balancesHead, ["Partner", ...d.years]);
  cells[`A${L.balancesTotal}`] = { v: "Total: the balance carried forward", style: "label" };

  d.years.forEach((_, y) => {
    const c = col(y);
    const byYear = `${c}${L.byYearHead + 1}:${c}${L.byYearTotal - 1}`;
    cells[`${c}${L.byYearTotal}`] = { f: `SUM(${byYear})`, style: "total" };
    cells[`${c}${P.contributions}`] = { f: `${c}${L.byYearTotal}`, style: "money" };
    cells[`${c}${P.spending}`] = { v: d.spending[y], style: "moneyInput" };
    cells[`${c}${P.surplus}`] = {
      f: `${c}${P.contributions}-N(${c}${P.spending})`,
      style: "money",
    };
    cells[`${c}${P.broughtForward}`] = {
      f: y === 0 ? "N($B$4)" : `${col(y - 1)}${P.carriedForward}`,
      style: "money",
    };
    cells[`${c}${P.carriedForward}`] = {
      f: `${c}${P.broughtForward}+${c}${P.surplus}`,
      style: "total",
    };
    d.partners.forEach((_, i) => {
      const r = L.sharesHead + 1 + i;
      if (y === 0) cells[`A${r}`] = { f: `A${L.byYearHead + 1 + i}`, style: "label" };
      cells[`${c}${r}`] = {
        f: `IF(${c}$${L.byYearTotal}=0,0,${c}${L.byYearHead + 1 + i}/${c}$${L.byYearTotal})`,
        style: "percent",
      };
    });
    cells[`${c}${L.sharesTotal}`] = {
      f: `SUM(${c}${L.sharesHead + 1}:${c}${L.sharesTotal - 1})`,
      style: "percent",
    };
    // Balances tagged to partners: last year's part plus its share of this year's surplus;
    // the last partner takes what the others leave, so the parts add up to the balance.
    d.partners.forEach((_, i) => {
      const r = L.balancesHead + 1 + i;
      if (y === 0) cells[`A${r}`] = { f: `A${L.byYearHead + 1 + i}`, style: "label" };
      const share = `${c}${L.sharesHead + 1 + i}`;
      const opening = y === 0 ? `N($B$4)*${share}` : `${col(y - 1)}${r}`;
      cells[`${c}${r}`] =
        i === n - 1
          ? {
              f:
                n === 1
                  ? `${c}${P.carriedForward}`
                  : `ROUND(${c}${P.carriedForward}-SUM(${c}${L.balancesHead + 1}:${c}${r - 1}),2)`,
              style: "money",
            }
          : { f: `ROUND(${opening}+${c}${P.surplus}*${share},2)`, style: "money" };
    });
    cells[`${c}${L.balancesTotal}`] = {
      f: `SUM(${c}${L.balancesHead + 1}:${c}${L.balancesTotal - 1})`,
      style: "total",
    };
  });
  const last = col(d.years.length - 1);
  return {
    name: SHEET,
    widths: [40, ...d.years.map(() => 16), 16],
    freeze: { rows: 0, cols: 1 },
    cells,
    validations: [
      {
        range: `B${L.termsHead + 1}:B${L.termsHead + n}`,
        kind: "money",
        prompt: "The partner's contribution in the first year, in pounds.",
      },
      {
        range: `C${L.termsHead + 1}:C${L.termsHead + n}`,
        kind: "decimal",
        min: -1,
        max: 1,
        prompt: "The yearly uplift agreed, e.g. 2% (a cut is negative).",
      },
      {
        range: `D${L.termsHead + 1}:D${L.termsHead + n}`,
        kind: "money",
        prompt:
          "A saving taken off the contribution every year from the second, in pounds. It is cumulative: each year's saving stays off every later year.",
      },
      {
        range: `B${P.spending}:${last}${P.spending}`,
        kind: "money",
        prompt: "What the pool plans to spend in the year.",
      },
    ],
    protect: true,
    tabColor: "FF107C10",
  };
}

function names(d: BudgetData): TemplateDef["names"] {
  const L = layout(d.partners.length);
  const row = (r: number) => `B${r}:${colLetter(1 + d.years.length)}${r}`;
  return [
    { name: "Budget_Contributions", sheet: SHEET, ref: row(L.pool.contributions) },
    { name: "Budget_Spending", sheet: SHEET, ref: row(L.pool.spending) },
    { name: "Budget_CarriedForward", sheet: SHEET, ref: row(L.pool.carriedForward) },
  ];
}

export function poolBudgetExample(): TemplateDef {
  const d: BudgetData = SWINDON_BUDGET;
  return {
    id: "pool-budget-example",
    title:
      "Pool budget: Swindon children's services (illustration, an aligned budget shown as if pooled)",
    fileName: "pool-budget-example.xlsx",
    sheets: [
      budgetSheet(
        d,
        "Pool budget: Swindon children's services, as if pooled",
        'Contributions of £20m (council) and £8m (PCT) a year are from the agreement; "at present the fund is an aligned budget with the local authority as the fund holder", so this shows it as if it were pooled. The uplifts, saving, spending and opening balance are an illustration. Yellow cells are inputs.'
      ),
    ],
    names: names(d),
  };
}

export function poolBudgetBlank(startDate = "2026-04-01"): TemplateDef {
  const d: BudgetData = {
    years: profileYears(startDate, BLANK_YEARS),
    partners: Array.from({ length: BLANK_PARTNERS }, () => ({
      name: null,
      contribution: null,
      uplift: null,
      saving: null,
    })),
    spending: new Array<number | null>(BLANK_YEARS).fill(null),
    broughtForward: null,
  };
  return {
    id: "pool-budget-blank",
    title: "Pool budget",
    fileName: "pool-budget-blank.xlsx",
    sheets: [
      budgetSheet(
        d,
        "Pool budget",
        "Each partner's first-year contribution, yearly uplift and recurrent saving, the pool's planned spending, and the running balance. Yellow cells are inputs."
      ),
    ],
    names: names(d),
  };
}
