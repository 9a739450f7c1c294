import { address, CellInput, colLetter, SheetDef } from "../model";
import { Sizes } from "./sizes";

export function summaryLayout(s: Sizes, years: string[]) {
  const partnerHeader = 4;
  const themeHeader = partnerHeader + s.partners + 3;
  const areaHeader = themeHeader + s.themes + 3;
  const localityRow = areaHeader + s.areas + 1;
  const yearHeader = localityRow + 4;
  const excludedHeader = yearHeader + years.length + 3;
  return {
    partnerHeader,
    themeHeader,
    areaHeader,
    localityRow,
    yearHeader,
    excludedHeader,
    timeLimitedShare: `D${yearHeader + 1}:D${yearHeader + years.length}`,
  };
}

const EXCLUDED_ROWS = 6;

export function summarySheet(s: Sizes, years: string[], excluded: string[] | null): SheetDef {
  const l = summaryLayout(s, years);
  const cells: Record<string, CellInput> = {
    A1: { v: "Summary", style: "title" },
    A2: {
      v: "Worked out from the Streams, Partners and Areas sheets. Type only what the map leaves out, at the foot.",
      style: "note",
    },
  };
  const header = (row: number, labels: string[]) =>
    labels.forEach((t, i) => (cells[address(1 + i, row)] = { v: t, style: "header" }));
  const grand = "SUM(Streams[Total])";
  const firstYear = `Streams[${years[0]}]`;
  const lastYear = `Streams[${years[years.length - 1]}]`;

  header(l.partnerHeader, ["Partner", "Total", "Share"]);
  for (let i = 0; i < s.partners; i++) {
    const r = l.partnerHeader + 1 + i;
    cells[`A${r}`] = { f: `IF(Partners!A${4 + i}="","",Partners!A${4 + i})`, style: "label" };
    cells[`B${r}`] = {
      f: `IF(A${r}="",0,SUMIFS(Streams[Total],Streams[Partner],A${r}))`,
      style: "money",
    };
    cells[`C${r}`] = { f: `IF(${grand}=0,0,B${r}/${grand})`, style: "percent" };
  }

  header(l.themeHeader, ["Theme", "Total", "Share"]);
  for (let i = 0; i < s.themes; i++) {
    const r = l.themeHeader + 1 + i;
    const c = colLetter(2 + i);
    cells[`A${r}`] = { f: `IF(Map!${c}$4="","",Map!${c}$4)`, style: "label" };
    cells[`B${r}`] = {
      f: `IF(A${r}="",0,SUMIFS(Streams[Total],Streams[Theme],A${r}))`,
      style: "money",
    };
    cells[`C${r}`] = { f: `IF(${grand}=0,0,B${r}/${grand})`, style: "percent" };
  }

  header(l.areaHeader, [
    `Area (${years.length} years)`,
    "Total",
    "Population",
    "£ per head a year",
    "Need index",
    "Per head against need (locality = 1.00)",
    "Funding not following need",
    "Mainstream change, first to last year",
    "Mainstream withdrawn where a grant arrived",
  ]);
  const first = l.areaHeader + 1;
  const last = l.areaHeader + s.areas;
  const L = l.localityRow;
  const perYear = years.length;
  for (let i = 0; i < s.areas; i++) {
    const r = first + i;
    const byArea = (range: string, kind: string) =>
      `SUMIFS(${range},Streams[Area],A${r},Streams[Kind],"${kind}")`;
    cells[`A${r}`] = { f: `IF(Areas!A${4 + i}="","",Areas!A${4 + i})`, style: "label" };
    cells[`B${r}`] = {
      f: `IF(A${r}="",0,SUMIFS(Streams[Total],Streams[Area],A${r}))`,
      style: "money",
    };
    cells[`C${r}`] = { f: `IF(A${r}="",0,N(Areas!B${4 + i}))` };
    cells[`D${r}`] = { f: `IF(C${r}=0,0,B${r}/C${r}/${perYear})`, style: "money" };
    cells[`E${r}`] = { f: `IF(A${r}="",0,N(Areas!C${4 + i}))`, style: "ratio" };
    cells[`F${r}`] = {
      f: `IF(OR(C${r}=0,E${r}=0,$D$${L}=0,$E$${L}=0),0,(D${r}/$D$${L})/(E${r}/$E$${L}))`,
      style: "ratio",
    };
    cells[`G${r}`] = {
      f: `IF(AND(C${r}>0,E${r}>0,F${r}<0.8),"Under 80% of the locality's money per head for its need","")`,
    };
    cells[`H${r}`] = {
      f: `IF(A${r}="",0,${byArea(lastYear, "Mainstream")}-${byArea(firstYear, "Mainstream")})`,
      style: "money",
    };
    // Reverse bending: mainstream money withdrawn from an area as a special grant arrives there.
    cells[`I${r}`] = {
      f: `IF(AND(A${r}<>"",H${r}<0,${byArea("Streams[Total]", "Time-limited")}>0),"Mainstream fell while a grant arrived: possible reverse bending","")`,
    };
  }
  cells[`A${L}`] = { v: "Locality", style: "label" };
  cells[`B${L}`] = { f: `SUM(B${first}:B${last})`, style: "total" };
  cells[`C${L}`] = { f: `SUM(C${first}:C${last})`, style: "label" };
  // Per head from the areas that have a population: whole-area money is not anyone's area.
  cells[`D${L}`] = {
    f: `IF(C${L}=0,0,SUMIF(C${first}:C${last},">0",B${first}:B${last})/C${L}/${perYear})`,
    style: "total",
  };
  cells[`E${L}`] = {
    f: `IF(C${L}=0,0,SUMPRODUCT(C${first}:C${last},E${first}:E${last})/C${L})`,
    style: "ratio",
  };
  cells[`H${L}`] = { f: `SUM(H${first}:H${last})`, style: "total" };
  cells[`A${L + 1}`] = {
    v: '£ per head is a year\'s money per resident. Need index for the locality is the population-weighted average. "Whole area" money counts in the totals but not per head; streams with no area are left out of area totals.',
    style: "note",
  };
  cells[`A${L + 2}`] = {
    v: "Funding not following need compares all money, grants included; reverse bending is about mainstream money, so it has a column of its own.",
    style: "note",
  };

  header(l.yearHeader, [
    "Year",
    "Total",
    "Time-limited",
    "Time-limited share",
    "Committed",
    "Available to redirect",
    "Revenue",
    "Capital",
  ]);
  years.forEach((y, i) => {
    const r = l.yearHeader + 1 + i;
    const by = (field: string, value: string) => ({
      f: `SUMIFS(Streams[${y}],Streams[${field}],"${value}")`,
      style: "money" as const,
    });
    cells[`A${r}`] = { v: y, style: "label" };
    cells[`B${r}`] = { f: `SUM(Streams[${y}])`, style: "money" };
    cells[`C${r}`] = by("Kind", "Time-limited");
    cells[`D${r}`] = { f: `IF(B${r}=0,0,C${r}/B${r})`, style: "percent" };
    cells[`E${r}`] = by("Committed or available", "Committed");
    cells[`F${r}`] = by("Committed or available", "Available");
    cells[`G${r}`] = by("Revenue or capital", "Revenue");
    cells[`H${r}`] = by("Revenue or capital", "Capital");
  });

  cells[`A${l.excludedHeader}`] = {
    v: "What this map leaves out (say so, so readers know its limits)",
    style: "header",
  };
  for (let i = 0; i < EXCLUDED_ROWS; i++)
    cells[`A${l.excludedHeader + 1 + i}`] = { v: excluded?.[i] ?? null, style: "input" };
  return {
    name: "Summary",
    widths: [28, 15, 13, 13, 12, 20, 26, 16, 26],
    freeze: { rows: 3 },
    cells,
    protect: true,
  };
}
