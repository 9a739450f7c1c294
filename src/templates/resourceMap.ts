import { address, CellInput, colLetter, SheetDef, TemplateDef } from "./model";

export const SECTORS = [
  "Statutory: council",
  "Statutory: NHS",
  "Statutory: police",
  "Statutory: probation",
  "Other statutory",
  "Third sector",
  "Private",
] as const;
export const LEGAL_BODY_TYPES = [
  "Council",
  "NHS: ICB/PCT/SHA",
  "NHS trust",
  "Police",
  "Probation",
  "Youth offending team",
  "School or college",
  "Jobcentre Plus",
  "Other statutory",
  "Third sector",
  "Private",
  "Funding stream",
] as const;
export const STREAM_KINDS = ["Mainstream", "Time-limited"] as const;
export const COMMITMENT = ["Committed", "Available"] as const;
export const SPEND_KINDS = ["Revenue", "Capital"] as const;
/** An Areas row for money spent across the whole locality, not shared to areas. */
export const WHOLE_AREA = "Whole area";

export interface ResourceMapData {
  locality: string;
  years: string[];
  themes: string[];
  partners: { name: string; sector: string; body: string; notes?: string }[];
  areas: { name: string; population: number; need: number }[];
  streams: {
    name: string;
    partner: string;
    theme: string;
    area: string;
    kind: string;
    end?: string;
    /** Committed (spoken for) or available to redirect; revenue or capital. */
    commitment: string;
    spend: string;
    amounts: number[];
  }[];
  /** What the map leaves out, said plainly (Warwickshire's map lists its exclusions). */
  excluded: string[];
}

/** A fictional locality with plausible figures; Southmoor has the highest need and the least money per head. */
export const EASTBROOK: ResourceMapData = {
  locality: "Eastbrook",
  years: ["2008/09", "2009/10", "2010/11"],
  themes: ["Health and wellbeing", "Community safety", "Children and young people", "Worklessness"],
  partners: [
    {
      name: "Eastbrook County Council",
      sector: "Statutory: council",
      body: "Council",
    },
    {
      name: "NHS Eastbrook",
      sector: "Statutory: NHS",
      body: "NHS: ICB/PCT/SHA",
      notes: "PCT at the time of mapping",
    },
    {
      name: "Eastbrook Police",
      sector: "Statutory: police",
      body: "Police",
    },
    {
      name: "Eastbrook Probation Trust",
      sector: "Statutory: probation",
      body: "Probation",
    },
    {
      name: "Eastbrook CVS",
      sector: "Third sector",
      body: "Third sector",
      notes: "Council for Voluntary Service",
    },
  ],
  areas: [
    { name: "Northgate", population: 24000, need: 38.2 },
    { name: "Central", population: 31000, need: 29.5 },
    { name: "Southmoor", population: 18500, need: 44.7 },
    { name: "Eastfield", population: 26500, need: 15.1 },
  ],
  streams: [
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2400000, 2450000, 2500000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2900000, 2950000, 3000000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1100000, 1050000, 1000000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Eastfield",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1900000, 1950000, 2000000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [3100000, 3200000, 3300000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [3600000, 3700000, 3800000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1500000, 1550000, 1600000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Eastfield",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2500000, 2550000, 2600000],
    },
    {
      name: "Neighbourhood policing",
      partner: "Eastbrook Police",
      theme: "Community safety",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1800000, 1850000, 1900000],
    },
    {
      name: "Neighbourhood policing",
      partner: "Eastbrook Police",
      theme: "Community safety",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [700000, 660000, 620000],
    },
    {
      name: "Offender management",
      partner: "Eastbrook Probation Trust",
      theme: "Community safety",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [450000, 460000, 470000],
    },
    {
      name: "Neighbourhood Renewal Fund",
      partner: "Eastbrook County Council",
      theme: "Worklessness",
      area: "Southmoor",
      kind: "Time-limited",
      end: "2011-03-31",
      commitment: "Available",
      spend: "Revenue",
      amounts: [600000, 400000, 200000],
    },
    {
      name: "Area Based Grant: youth",
      partner: "Eastbrook County Council",
      theme: "Children and young people",
      area: "Northgate",
      kind: "Time-limited",
      end: "2011-03-31",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [350000, 350000, 350000],
    },
    {
      name: "Family support",
      partner: "Eastbrook CVS",
      theme: "Children and young people",
      area: "Central",
      kind: "Time-limited",
      end: "2010-03-31",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [120000, 120000, 0],
    },
    {
      name: "Drug and alcohol action team",
      partner: "Eastbrook County Council",
      theme: "Community safety",
      area: WHOLE_AREA,
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [400000, 400000, 400000],
    },
    {
      name: "Community centre refurbishment",
      partner: "Eastbrook County Council",
      theme: "Children and young people",
      area: "Southmoor",
      kind: "Time-limited",
      end: "2010-03-31",
      commitment: "Committed",
      spend: "Capital",
      amounts: [250000, 0, 0],
    },
  ],
  excluded: [
    "Government departments' direct spend in Eastbrook",
    "National agencies' spend (e.g. benefits paid by Jobcentre Plus)",
    "Schools' delegated budgets",
  ],
};

const EMPTY_ROWS = { partners: 10, areas: 8, streams: 30, themes: 6 };

interface Sizes {
  partners: number;
  areas: number;
  streams: number;
  themes: number;
}

function guideSheet(locality: string | null): SheetDef {
  const lines: [string, CellInput][] = [
    [
      "A1",
      { v: locality ? `Resource map: ${locality} (example)` : "Resource map", style: "title" },
    ],
    ["A3", { v: "What this is for", style: "subtitle" }],
    [
      "A4",
      "Find out what each partner spends, on what, where and from which funding streams, so the partnership can see what it could influence.",
    ],
    [
      "A5",
      "Oldham's partners mapped mainstream, European, LAA grant and other money this way and found £45m over three years for their targets.",
    ],
    ["A7", { v: "How to fill it in", style: "subtitle" }],
    [
      "A8",
      "1. Partners: one row per partner, with its sector and legal body type (needed to check who may join a pool).",
    ],
    [
      "A9",
      '2. Areas: every area of the locality, not only target neighbourhoods, with population and a need index such as the IMD score. Money spent across the whole locality goes against the first row, "Whole area", which is left out of per-head figures.',
    ],
    ["A10", "3. Map: type the partnership's themes across the top of the partner-by-theme table."],
    [
      "A11",
      "4. Streams: one row per funding stream per area, with the partner, theme, area, whether it is mainstream or time-limited, committed or available to redirect, revenue or capital, and the amount for each year.",
    ],
    [
      "A12",
      "5. Summary: totals by partner, theme, area and year, spend per head a year against need, mainstream money withdrawn where a grant arrived, and how much is time-limited, committed or capital. Type what the map leaves out at its foot.",
    ],
    ["A14", { v: "Keep it proportionate", style: "subtitle" }],
    [
      "A15",
      "Only 14% of single-tier and county partnerships had mapped their resources, and one abandoned an over-ambitious first attempt. Start with the streams that matter for your priorities; say what you left out (for example government departments' direct spend, national agencies, capital).",
    ],
    [
      "A16",
      "The hard parts: recording spend the same way across partners, sharing joint costs between areas, and explaining why one area gets more than its neighbour.",
    ],
    ["A18", { v: "About the workbook", style: "subtitle" }],
    [
      "A19",
      "Yellow cells are for you to fill in; the rest are formulas and the sheets are protected without a password (Review > Unprotect Sheet to change them).",
    ],
    [
      "A20",
      "All totals and checks are ordinary Excel formulas, so the workbook works for partners who do not have the Pool Budgets add-in. With the add-in, =POOL.POOLSHARE and =POOL.DEFICITSPLIT share amounts to the penny.",
    ],
  ];
  return { name: "Guide", widths: [120], cells: Object.fromEntries(lines), protect: true };
}

function listRows<T>(
  items: T[] | null,
  size: number,
  row: (item: T) => CellInput[],
  blank: CellInput[]
): CellInput[][] {
  return items ? items.map(row) : Array.from({ length: size }, () => [...blank]);
}

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

/** Map: partner x theme and area x theme, both from the Streams table, then checks. */
function mapLayout(s: Sizes) {
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

function mapCheckCells(s: Sizes) {
  const l = mapLayout(s);
  return {
    streams: `B${l.checkRow}`,
    partnerTheme: `B${l.checkRow + 1}`,
    areaTheme: `B${l.checkRow + 2}`,
    check: `B${l.checkRow + 3}`,
  };
}

function mapSheet(s: Sizes, themes: (string | null)[]): SheetDef {
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

function summaryLayout(s: Sizes, years: string[]) {
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

function summarySheet(s: Sizes, years: string[], excluded: string[] | null): SheetDef {
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
    widths: [34, 16, 14, 14, 12, 22, 30, 18, 34],
    freeze: { rows: 3 },
    cells,
    protect: true,
  };
}

export const resourceMapExample = () => resourceMap(EASTBROOK);
export const resourceMapBlank = () => resourceMap(null);
