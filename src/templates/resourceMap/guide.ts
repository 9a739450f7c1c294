import { CellInput, SheetDef } from "../model";

/** The Guide sheet: what the map is for, how to fill it in, and keeping it proportionate. */
export function guideSheet(locality: string | null): SheetDef {
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
