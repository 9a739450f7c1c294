import { colLetter, SheetDef, TemplateDef } from "../model";
import {
  COMMITMENT,
  EASTBROOK,
  LEGAL_BODY_TYPES,
  ResourceMapData,
  SECTORS,
  SPEND_KINDS,
  STREAM_KINDS,
  WHOLE_AREA,
} from "./data";
import { guideSheet } from "./guide";
import { mapCheckCells, mapSheet } from "./mapSheet";
import { EMPTY_ROWS, listRows, Sizes } from "./sizes";
import { summaryLayout, summarySheet } from "./summarySheet";

export * from "./data";

/**
 * The resource-mapping template: a guide, lists of partners and areas, the funding streams
 * table, the partner-by-theme and area-by-theme map, and a summary.
 */
export function resourceMap(data: ResourceMapData | null): TemplateDef {
  const sizes: Sizes = data
    ? {
        partners: data.partners.length,
        areas: data.areas.length + 1,
        streams: data.streams.length,
        themes: data.themes.length,
      }
    : EMPTY_ROWS;
  const years = data ? data.years : ["Year 1", "Year 2", "Year 3"];
  const themes: (string | null)[] = data ? data.themes : new Array(sizes.themes).fill(null);
  const partnerRange = (c: string) => `Partners!$${c}$4:$${c}$${3 + sizes.partners}`;
  const areaRange = (c: string) => `Areas!$${c}$4:$${c}$${3 + sizes.areas}`;

  const partners: SheetDef = {
    name: "Partners",
    widths: [34, 22, 22, 40],
    freeze: { rows: 3 },
    cells: {
      A1: { v: "Partners", style: "title" },
      A2: {
        v: "One row per partner. Sector and legal body type decide who may join a statutory pool.",
        style: "note",
      },
    },
    tables: [
      {
        name: "Partners",
        at: "A3",
        columns: [
          { name: "Partner", style: "input" },
          { name: "Sector", style: "input" },
          { name: "Legal body type", style: "input" },
          { name: "Notes", style: "input" },
        ],
        rows: listRows(
          data?.partners ?? null,
          sizes.partners,
          (p) => [p.name, p.sector, p.body, p.notes ?? null],
          [null, null, null, null]
        ),
      },
    ],
    validations: [
      {
        range: `B4:B${3 + sizes.partners}`,
        kind: "list",
        choices: SECTORS,
        prompt: "Which sector is this partner in?",
      },
      {
        range: `C4:C${3 + sizes.partners}`,
        kind: "list",
        choices: LEGAL_BODY_TYPES,
        prompt: "What kind of body is it in law?",
      },
    ],
    protect: true,
  };

  const areas: SheetDef = {
    name: "Areas",
    widths: [28, 14, 22],
    freeze: { rows: 3 },
    cells: {
      A1: { v: "Areas", style: "title" },
      A2: {
        v: 'Cover the whole locality so each area\'s access to money can be compared. Spend across the whole locality goes against "Whole area".',
        style: "note",
      },
    },
    tables: [
      {
        name: "Areas",
        at: "A3",
        columns: [
          { name: "Area", style: "input" },
          { name: "Population", style: "input" },
          { name: "Need index (e.g. IMD score)", style: "input" },
        ],
        // The first row takes money spent across the whole locality, so the map still adds up.
        rows: [
          [WHOLE_AREA, null, null],
          ...listRows(data?.areas ?? null, sizes.areas - 1, (a) => [a.name, a.population, a.need], [
            null,
            null,
            null,
          ]),
        ],
      },
    ],
    validations: [
      {
        range: `B4:B${3 + sizes.areas}`,
        kind: "whole",
        min: 0,
        max: 100000000,
        prompt: "Number of residents.",
      },
      {
        range: `C4:C${3 + sizes.areas}`,
        kind: "decimal",
        min: 0,
        max: 1000,
        prompt: "A need index, such as the area's Index of Multiple Deprivation score.",
      },
    ],
    protect: true,
  };

  // Streams: amounts per year and a row total.
  const yearCols = years.map((_, i) => colLetter(9 + i));
  const streamRows = sizes.streams;
  const lastStream = 3 + streamRows;
  const streams: SheetDef = {
    name: "Streams",
    widths: [30, 28, 26, 16, 14, 12, 14, 12, ...years.map(() => 14), 15],
    freeze: { rows: 3, cols: 1 },
    cells: {
      A1: { v: "Funding streams", style: "title" },
      A2: {
        v: "One row per stream per area. Amounts in £ for each financial year.",
        style: "note",
      },
    },
    tables: [
      {
        name: "Streams",
        at: "A3",
        totalsRow: true,
        columns: [
          { name: "Funding stream", style: "input", total: { label: "Total" } },
          { name: "Partner", style: "input" },
          { name: "Theme", style: "input" },
          { name: "Area", style: "input" },
          { name: "Kind", style: "input" },
          { name: "End date", style: "dateInput" },
          { name: "Committed or available", style: "input" },
          { name: "Revenue or capital", style: "input" },
          ...years.map((y) => ({
            name: y,
            style: "moneyInput" as const,
            total: { sum: true as const },
          })),
          { name: "Total", style: "total", total: { sum: true } },
        ],
        rows: Array.from({ length: streamRows }, (_, i) => {
          const s = data?.streams[i];
          const r = 4 + i;
          return [
            s?.name ?? null,
            s?.partner ?? null,
            s?.theme ?? null,
            s?.area ?? null,
            s?.kind ?? null,
            { v: s?.end ?? null, style: "dateInput" },
            s?.commitment ?? null,
            s?.spend ?? null,
            ...years.map((_, j) => (s ? s.amounts[j] : null)),
            { f: `SUM(${yearCols[0]}${r}:${yearCols[yearCols.length - 1]}${r})` },
          ];
        }),
      },
    ],
    validations: [
      {
        range: `B4:B${lastStream}`,
        kind: "list",
        source: partnerRange("A"),
        prompt: "Partner that spends or receives this money (from the Partners sheet).",
      },
      {
        range: `C4:C${lastStream}`,
        kind: "list",
        source: `Map!$B$4:$${colLetter(1 + sizes.themes)}$4`,
        prompt: "Theme (from the top of the Map sheet).",
      },
      {
        range: `D4:D${lastStream}`,
        kind: "list",
        source: areaRange("A"),
        prompt: "Area (from the Areas sheet).",
      },
      {
        range: `E4:E${lastStream}`,
        kind: "list",
        choices: STREAM_KINDS,
        prompt: "Mainstream (recurring budget) or time-limited (a grant that ends)?",
      },
      { range: `F4:F${lastStream}`, kind: "date", prompt: "When a time-limited stream ends." },
      {
        range: `G4:G${lastStream}`,
        kind: "list",
        choices: COMMITMENT,
        prompt:
          "Committed (already spoken for) or available to redirect to the partnership's priorities?",
      },
      {
        range: `H4:H${lastStream}`,
        kind: "list",
        choices: SPEND_KINDS,
        prompt: "Revenue (running costs) or capital (buildings, equipment)?",
      },
      {
        range: `${yearCols[0]}4:${yearCols[yearCols.length - 1]}${lastStream}`,
        kind: "money",
        prompt: "Amount in pounds for this financial year.",
      },
    ],
    protect: true,
  };

  return {
    id: data ? "resource-map-example" : "resource-map-blank",
    title: data ? `Resource map: ${data.locality} (example)` : "Resource map",
    fileName: data ? "resource-map-example.xlsx" : "resource-map-blank.xlsx",
    sheets: [
      guideSheet(data?.locality ?? null),
      partners,
      streams,
      areas,
      mapSheet(sizes, themes),
      summarySheet(sizes, years, data?.excluded ?? null),
    ],
    names: [
      { name: "Map_StreamsTotal", sheet: "Map", ref: mapCheckCells(sizes).streams },
      { name: "Map_PartnerThemeTotal", sheet: "Map", ref: mapCheckCells(sizes).partnerTheme },
      { name: "Map_AreaThemeTotal", sheet: "Map", ref: mapCheckCells(sizes).areaTheme },
      { name: "Map_Check", sheet: "Map", ref: mapCheckCells(sizes).check },
      {
        name: "Summary_TimeLimitedShare",
        sheet: "Summary",
        ref: summaryLayout(sizes, years).timeLimitedShare,
      },
    ],
  };
}

export const resourceMapExample = () => resourceMap(EASTBROOK);
export const resourceMapBlank = () => resourceMap(null);
