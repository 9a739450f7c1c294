import { CellInput, colLetter, SheetDef } from "../model";
import { Sizes } from "./sizes";

/** Map: partner x theme and area x theme, both from the Streams table, then checks. */
export function mapLayout(s: Sizes) {
  const headerRow = 4;
  const partnerFirst = headerRow + 1;
  const partnerTotal = partnerFirst + s.partners;
  const areaHeader = partnerTotal + 2;
  const areaFirst = areaHeader + 1;
  const areaTotal = areaFirst + s.areas;
  const checkRow = areaTotal + 2;
  const totalCol = 2 + s.themes;
  return {
    headerRow,
    partnerFirst,
    partnerTotal,
    areaHeader,
    areaFirst,
    areaTotal,
    checkRow,
    totalCol,
  };
}

export function mapCheckCells(s: Sizes) {
  const l = mapLayout(s);
  return {
    streams: `B${l.checkRow}`,
    partnerTheme: `B${l.checkRow + 1}`,
    areaTheme: `B${l.checkRow + 2}`,
    check: `B${l.checkRow + 3}`,
  };
}

export function mapSheet(s: Sizes, themes: (string | null)[]): SheetDef {
  const l = mapLayout(s);
  const T = colLetter(l.totalCol);
  const lastTheme = colLetter(1 + s.themes);
  const cells: Record<string, CellInput> = {
    A1: { v: "Resource map", style: "title" },
    A2: {
      v: "Type the partnership's themes in the yellow cells; everything else is worked out from the Streams sheet.",
      style: "note",
    },
    A4: { v: "Partner \\ theme", style: "header" },
    [`A${l.areaHeader}`]: { v: "Area \\ theme", style: "header" },
    [`${T}4`]: { v: "Total", style: "header" },
    [`${T}${l.areaHeader}`]: { v: "Total", style: "header" },
  };
  themes.forEach((t, i) => {
    const c = colLetter(2 + i);
    cells[`${c}4`] = { v: t, style: "input" };
    cells[`${c}${l.areaHeader}`] = { f: `IF(${c}$4="","",${c}$4)`, style: "header" };
  });
  const block = (first: number, count: number, source: string, field: string) => {
    for (let i = 0; i < count; i++) {
      const r = first + i;
      cells[`A${r}`] = { f: `IF(${source}!A${4 + i}="","",${source}!A${4 + i})`, style: "label" };
      for (let t = 0; t < s.themes; t++) {
        const c = colLetter(2 + t);
        cells[`${c}${r}`] = {
          f: `IF(OR($A${r}="",${c}$4=""),0,SUMIFS(Streams[Total],Streams[${field}],$A${r},Streams[Theme],${c}$4))`,
          style: "money",
        };
      }
      cells[`${T}${r}`] = { f: `SUM(B${r}:${lastTheme}${r})`, style: "total" };
    }
    const totalRow = first + count;
    cells[`A${totalRow}`] = { v: "Total", style: "label" };
    for (let t = 0; t <= s.themes; t++) {
      const c = colLetter(2 + t);
      cells[`${c}${totalRow}`] = { f: `SUM(${c}${first}:${c}${totalRow - 1})`, style: "total" };
    }
  };
  block(l.partnerFirst, s.partners, "Partners", "Partner");
  block(l.areaFirst, s.areas, "Areas", "Area");

  const c = mapCheckCells(s);
  cells[`A${l.checkRow - 1}`] = { v: "Checks", style: "subtitle" };
  cells[`A${l.checkRow}`] = { v: "Total of all funding streams", style: "label" };
  cells[c.streams] = { f: "SUM(Streams[Total])", style: "total" };
  cells[`A${l.checkRow + 1}`] = { v: "Partner-by-theme map total", style: "label" };
  cells[c.partnerTheme] = { f: `${T}${l.partnerTotal}`, style: "total" };
  cells[`A${l.checkRow + 2}`] = { v: "Area-by-theme map total", style: "label" };
  cells[c.areaTheme] = { f: `${T}${l.areaTotal}`, style: "total" };
  cells[`A${l.checkRow + 3}`] = { v: "Difference (should be 0)", style: "label" };
  cells[c.check] = {
    f: `ABS(${c.streams}-${c.partnerTheme})+ABS(${c.streams}-${c.areaTheme})`,
    style: "check",
  };
  cells[`C${l.checkRow + 3}`] = {
    f: `IF(${c.check}<0.005,"Map totals equal the streams total","Some streams have a partner, area or theme that is not on the map")`,
  };
  return {
    name: "Map",
    widths: [30, ...themes.map(() => 18), 16],
    freeze: { rows: 4, cols: 1 },
    cells,
    validations: [],
    protect: true,
  };
}
