import { yearLabel } from "../core/finYear";
import { address, CellInput, colLetter, SheetDef, TableDef, TemplateDef } from "./model";

/** Manchester LSP income maximisation project, DOMAIN.md: NRF tapers while partners take over. */
export const MANCHESTER = {
  years: ["10/02-03/03", "2003/04", "2004/05", "2005/06"],
  sources: [
    {
      name: "Neighbourhood Renewal Fund",
      type: "Time-limited grant",
      amounts: [55000, 150000, 100000, 50000],
    },
    { name: "Manchester City Council", type: "Mainstream", amounts: [20000, 20000, 70000, 70000] },
    { name: "PCTs", type: "Mainstream", amounts: [25500, 25500, 25500, 75500] },
  ],
  subtotals: [100500, 195500, 195500, 195500],
  /** October 2002 to March 2003 is a part year of six months. */
  months: [6, 12, 12, 12],
  /** The total the profile holds steady each full year. */
  target: 195500,
};

export const SOURCE_TYPES = ["Time-limited grant", "Mainstream"] as const;

const SHEET = "Funding profile";
const TABLE = "FundingSources";
const BLANK_YEARS = 5;

interface Layout {
  years: string[];
  sources: { name: string | null; type: string | null; amounts: (number | null)[] }[];
  /** Months each column covers; a part year has fewer than 12. */
  months: (number | null)[];
  /** Agreed total for a full year; each period's target is pro rata to its months. */
  target: number | null;
  /** Blank variant: year labels come from a start date cell. */
  startDate?: string;
}

/**
 * Column labels as the reports write them, from the date the profile starts: a part first
 * year as "10/02-03/03", then financial years "2003/04". The blank template's table headers
 * and its "Financial year" row (a formula on the start date) say the same.
 */
export function profileYears(startDate: string, count: number): string[] {
  const [y, m] = startDate.split("-").map(Number);
  const first = m >= 4 ? y : y - 1;
  const two = (n: number) => String(n % 100).padStart(2, "0");
  return Array.from({ length: count }, (_, i) =>
    i === 0 && m !== 4 ? `${two(m)}/${two(y)}-03/${two(first + 1)}` : yearLabel(first + i)
  );
}

/**
 * The funding profile sheet. Rows are sources (time-limited grants first), columns are
 * financial years; under the table: target, check, mainstream share, the grant's taper
 * and the gap mainstream partners must fill as it falls.
 */
function profileSheet(
  l: Layout,
  title: string
): { sheet: SheetDef; names: TemplateDef["names"]; chartRange: string } {
  const headerRow = l.startDate ? 6 : 4;
  const n = l.years.length;
  const yearCol = (i: number) => 2 + i; // B.. ; column A is the source
  const lastYearCol = yearCol(n - 1);
  const typeCol = lastYearCol + 1;
  const firstData = headerRow + 1;
  const lastData = headerRow + l.sources.length;
  const subtotalRow = lastData + 1;
  const r = {
    months: subtotalRow + 1,
    annual: subtotalRow + 2,
    target: subtotalRow + 3,
    check: subtotalRow + 4,
    share: subtotalRow + 5,
    taper: subtotalRow + 6,
    gap: subtotalRow + 7,
    increase: subtotalRow + 8,
    unfilled: subtotalRow + 9,
  };
  const col = (i: number) => `${TABLE}[${l.years[i]}]`;
  const sumType = (i: number, type: string) => `SUMIFS(${col(i)},${TABLE}[Type],"${type}")`;
  // A year's worth: a part year scaled to twelve months, so a half year is not read as a fall.
  const yearly = (i: number, type: string) => {
    const m = `${colLetter(yearCol(i))}$${r.months}`;
    return `IF(N(${m})=0,0,${sumType(i, type)}*12/${m})`;
  };

  const table: TableDef = {
    name: TABLE,
    at: address(1, headerRow),
    totalsRow: true,
    columns: [
      { name: "Source", style: "input", total: { label: "Subtotal" } },
      ...l.years.map((y) => ({
        name: y,
        style: "moneyInput" as const,
        total: { sum: true as const },
      })),
      { name: "Type", style: "input" },
    ],
    rows: l.sources.map((s) => [s.name, ...s.amounts, s.type]),
  };

  const cells: Record<string, CellInput> = {
    A1: { v: title, style: "title" },
    A2: {
      v: "Time-limited grants first, then mainstream partners. Amounts in £; yellow cells are for you to fill in.",
      style: "note",
    },
    [address(1, r.months)]: {
      v: "Months in the period (a part year has fewer than 12)",
      style: "label",
    },
    [address(1, r.annual)]: { v: "Agreed target total for a full year", style: "label" },
    [address(2, r.annual)]: { v: l.target, style: "moneyInput" },
    [address(1, r.target)]: {
      v: "Target for the period (full-year target × months ÷ 12)",
      style: "label",
    },
    [address(1, r.check)]: { v: "Check: subtotal minus target (0 when on target)", style: "label" },
    [address(1, r.share)]: { v: "Mainstream share of the total", style: "label" },
    [address(1, r.taper)]: {
      v: "Grant taper: change in time-limited grant on last year, a year's worth",
      style: "label",
    },
    [address(1, r.gap)]: {
      v: "Gap mainstream partners must fill as the grant falls",
      style: "label",
    },
    [address(1, r.increase)]: {
      v: "Mainstream increase on last year, a year's worth",
      style: "label",
    },
    [address(1, r.unfilled)]: { v: "Gap still unfilled", style: "label" },
    [address(1, r.unfilled + 2)]: {
      v: "Part years are scaled to twelve months in the taper and increase rows. Totals and checks are ordinary Excel formulas and work without the add-in. With the add-in, =POOL.POOLSHARE shares a year's total between the sources to the penny, and inserting this template from the task pane adds a stacked column chart.",
      style: "note",
    },
  };
  if (l.startDate) {
    cells.A3 = { v: "First year starts", style: "label" };
    cells.B3 = { v: l.startDate, style: "dateInput" };
    cells.A4 = {
      v: "A start date other than 1 April gives a part first year. Financial years run 1 April to 31 March.",
      style: "note",
    };
    cells.A5 = { v: "Financial year", style: "label" };
  }
  const fyStart = "(YEAR($B$3)-IF(MONTH($B$3)<4,1,0))";
  for (let i = 0; i < n; i++) {
    const c = colLetter(yearCol(i));
    if (l.startDate) {
      cells[`${c}5`] = {
        f:
          i === 0
            ? `IF(MONTH($B$3)=4,${fyStart}&"/"&RIGHT(${fyStart}+1,2),RIGHT("0"&MONTH($B$3),2)&"/"&RIGHT(YEAR($B$3),2)&"-03/"&RIGHT(${fyStart}+1,2))`
            : `(${fyStart}+${i})&"/"&RIGHT(${fyStart}+${i + 1},2)`,
        style: "header",
      };
    }
    // The blank profile's first period follows the start date; the rest are full years.
    cells[`${c}${r.months}`] =
      l.startDate && i === 0
        ? { f: "12-MOD(MONTH($B$3)-4,12)" }
        : { v: l.months[i], style: "input" };
    cells[`${c}${r.target}`] = {
      f: `ROUND(N($B$${r.annual})*N(${c}${r.months})/12,2)`,
      style: "money",
    };
    cells[`${c}${r.check}`] = { f: `${c}${subtotalRow}-${c}${r.target}`, style: "check" };
    cells[`${c}${r.share}`] = {
      f: `IF(${c}${subtotalRow}=0,0,${sumType(i, "Mainstream")}/${c}${subtotalRow})`,
      style: "percent",
    };
    if (i === 0) continue;
    cells[`${c}${r.taper}`] = {
      f: `${yearly(i, "Time-limited grant")}-${yearly(i - 1, "Time-limited grant")}`,
      style: "money",
    };
    cells[`${c}${r.gap}`] = { f: `MAX(0,-${c}${r.taper})`, style: "money" };
    cells[`${c}${r.increase}`] = {
      f: `${yearly(i, "Mainstream")}-${yearly(i - 1, "Mainstream")}`,
      style: "money",
    };
    cells[`${c}${r.unfilled}`] = {
      f: `MAX(0,${c}${r.gap}-MAX(0,${c}${r.increase}))`,
      style: "money",
    };
  }
  const yearsRange = (row: number) =>
    `${colLetter(yearCol(0))}${row}:${colLetter(lastYearCol)}${row}`;
  return {
    sheet: {
      name: SHEET,
      widths: [52, ...l.years.map(() => 14), 20],
      freeze: { rows: headerRow, cols: 1 },
      cells,
      tables: [table],
      validations: [
        {
          range: `${colLetter(typeCol)}${firstData}:${colLetter(typeCol)}${lastData}`,
          kind: "list",
          choices: SOURCE_TYPES,
          prompt: "Is this money a time-limited grant or a partner's mainstream budget?",
        },
        {
          range: `${colLetter(yearCol(0))}${firstData}:${colLetter(lastYearCol)}${lastData}`,
          kind: "money",
          prompt: "Amount in pounds for this financial year.",
        },
        {
          range: `B${r.annual}`,
          kind: "money",
          prompt: "The total the partnership agreed to hold steady each full year.",
        },
        {
          range: `${colLetter(yearCol(l.startDate ? 1 : 0))}${r.months}:${colLetter(lastYearCol)}${r.months}`,
          kind: "whole",
          min: 1,
          max: 12,
          prompt: "Months this column covers: 12 for a full financial year.",
        },
        ...(l.startDate
          ? [
              {
                range: "B3",
                kind: "date" as const,
                prompt: "Date the first financial year of the profile starts.",
              },
            ]
          : []),
      ],
      protect: true,
      tabColor: "FF0F6CBD",
    },
    names: [
      { name: "Profile_Subtotals", sheet: SHEET, ref: yearsRange(subtotalRow) },
      { name: "Profile_Months", sheet: SHEET, ref: yearsRange(r.months) },
      { name: "Profile_AnnualTarget", sheet: SHEET, ref: `B${r.annual}` },
      { name: "Profile_Targets", sheet: SHEET, ref: yearsRange(r.target) },
      { name: "Profile_Check", sheet: SHEET, ref: yearsRange(r.check) },
      { name: "Profile_MainstreamShare", sheet: SHEET, ref: yearsRange(r.share) },
      { name: "Profile_GapToFill", sheet: SHEET, ref: yearsRange(r.gap) },
      ...(l.startDate ? [{ name: "Profile_StartDate", sheet: SHEET, ref: "B3" }] : []),
    ],
    chartRange: `A${headerRow}:${colLetter(lastYearCol)}${lastData}`,
  };
}

function template(id: string, title: string, fileName: string, l: Layout): TemplateDef {
  const { sheet, names, chartRange } = profileSheet(l, title);
  return {
    id,
    title,
    fileName,
    sheets: [sheet],
    names,
    chart: {
      sheet: SHEET,
      range: chartRange,
      title: "Funding by source and year",
      at: `${colLetter(l.years.length + 4)}2`,
    },
  };
}

export function fundingProfileExample(): TemplateDef {
  return template(
    "funding-profile-example",
    "Funding profile: Manchester LSP income maximisation project",
    "funding-profile-example.xlsx",
    {
      years: MANCHESTER.years,
      sources: MANCHESTER.sources,
      months: MANCHESTER.months,
      target: MANCHESTER.target,
    }
  );
}

export function fundingProfileBlank(startDate = "2026-04-01"): TemplateDef {
  const empty = () => new Array<number | null>(BLANK_YEARS).fill(null);
  return template("funding-profile-blank", "Funding profile", "funding-profile-blank.xlsx", {
    years: profileYears(startDate, BLANK_YEARS),
    sources: [
      { name: null, type: "Time-limited grant", amounts: empty() },
      { name: null, type: "Time-limited grant", amounts: empty() },
      { name: null, type: "Mainstream", amounts: empty() },
      { name: null, type: "Mainstream", amounts: empty() },
      { name: null, type: "Mainstream", amounts: empty() },
      { name: null, type: "Mainstream", amounts: empty() },
    ],
    months: new Array<number | null>(BLANK_YEARS).fill(12),
    target: null,
    startDate,
  });
}
