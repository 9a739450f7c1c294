import { BODY_TYPES, parseMethod, RiskBand, SchemeFigures, SplitMethod } from "../../core";
import { colLetter } from "../../core/a1";
import { SheetSnapshot, WorkbookError } from "../types";
import { amount, cellOf, movedInside, rowsOf, text } from "./snapshotCells";
import {
  MonitoringAnchors,
  MonitoringLayout,
  monitoringLayout,
  SPARE_SCHEMES,
} from "./monitoringSheet";
import { MEMO_INPUT_ROWS, PoolAnchors, PoolLayout, poolLayout, SETTINGS_ROWS } from "./poolLayout";
import {
  BAND_UNDERSPEND_WORDS,
  BANDS_LABEL,
  PoolSetup,
  Power,
  POWER_NAMES,
  RiskUnderspend,
} from "../../core";

/** Row `r` holds the memorandum's heading, as calculated or as the formula the plan wrote. */
function isMemorandumHeading(s: SheetSnapshot, r: number): boolean {
  const { value, formula } = cellOf(s, `A${r}`);
  return (
    /^Memorandum of accounts/.test(String(value)) ||
    /^="Memorandum of accounts/.test(String(formula))
  );
}

/** What a Pool sheet holds beyond its set-up: the memorandum's inputs. */
export interface PoolInputs {
  broughtForward: number[];
  received: number[];
  income: number;
  assets: number;
  liabilities: number;
}

/**
 * Where a Pool sheet's parts are now, by the defined names written with it: Excel moves
 * each name with rows inserted above its part and keeps it through a renamed sheet. Each
 * part is then checked to be the shape it was written in.
 */
function partsByName(s: SheetSnapshot, names: Record<string, string>) {
  const title = rowsOf(names.Pool_Title).first;
  const settings = rowsOf(names.Pool_Settings);
  const partners = rowsOf(names.Pool_Partners);
  const memo = rowsOf(names.Pool_Memorandum);
  const bands = names.Pool_Bands ? rowsOf(names.Pool_Bands) : undefined;
  // The partners part runs from its heading through Total and the check line.
  const n = partners.count - 3;
  const bandRows = bands ? bands.count - 1 : 0;
  if (settings.count !== SETTINGS_ROWS) throw movedInside("settings at the top", s.sheet);
  if (
    n < 1 ||
    text(s, `A${partners.first}`) !== "Partner" ||
    text(s, `A${partners.first + n + 1}`) !== "Total"
  ) {
    throw movedInside("partners table", s.sheet);
  }
  if (bands && text(s, `A${bands.first}`) !== "Band size (£)") {
    throw movedInside("risk-share table", s.sheet);
  }
  if (memo.count !== MEMO_INPUT_ROWS + n + 2 || !isMemorandumHeading(s, memo.first)) {
    throw movedInside("memorandum of accounts", s.sheet);
  }
  const anchors: PoolAnchors = {
    title,
    settings: settings.first,
    head: partners.first,
    bands: bands?.first ?? partners.first + n + 5,
    memo: memo.first,
  };
  return { n, bandRows, anchors };
}

/**
 * A Pool sheet written before it carried names for its parts: read by the layout it was
 * written in, the table's end found by its Total row and the bands' by the memorandum.
 */
function partsByLayout(s: SheetSnapshot) {
  const head = poolLayout(1).head;
  const isHead = (r: number) =>
    text(s, `A${r}`) === "Partner" && text(s, `E${r}`) === "Bears variance on";
  if (!isHead(head)) {
    // Rows inserted or deleted above the table move it: say so, rather than read the wrong rows.
    const moved = Array.from({ length: 60 }, (_, k) => k + 1).find(isHead);
    if (moved !== undefined) {
      throw new WorkbookError(
        `Rows have been inserted or deleted above the partners table on "${s.sheet}" (its heading is now on row ${moved}, not ${head}), and this Pool sheet is older than the names that let the add-in follow it. ${moved > head ? "Delete the added rows (put notes below the sheet or on a sheet of their own)" : "Undo the deletion"}, then try again.`
      );
    }
    throw new WorkbookError(
      `"${s.sheet}" is not a Pool sheet written by the add-in (its partners table is not where one would be).`
    );
  }
  let n = 0;
  while (n < 500 && text(s, `A${head + 1 + n}`) !== "Total") n++;
  const bandsHead = poolLayout(n).checkRow + 3;
  let bandRows = 0;
  if (text(s, `A${bandsHead}`) === "Band size (£)") {
    // The bands end where the memorandum's heading says they do (three rows above it), never
    // at a blank cell: a last band left blank ("everything beyond") is a band.
    const memo = Array.from({ length: 60 }, (_, k) => bandsHead + 1 + k).find((r) =>
      isMemorandumHeading(s, r)
    );
    if (memo === undefined) {
      throw new WorkbookError(
        `"${s.sheet}" has a risk-share table but no memorandum of accounts below it, so its layout cannot be read; write the Pool sheet again with Set up a pool.`
      );
    }
    bandRows = memo - 3 - bandsHead;
  }
  return { n, bandRows, anchors: poolLayout(n, bandRows).anchors };
}

const PART_NAMES = ["Pool_Title", "Pool_Settings", "Pool_Partners", "Pool_Memorandum"];

/**
 * Read a Pool sheet the add-in wrote back into its set-up, the memorandum's inputs and where
 * its parts now are (for plans that refer to it). A sheet that is not one is refused in words.
 */
export function readPoolSheet(s: SheetSnapshot): {
  setup: PoolSetup;
  inputs: PoolInputs;
  layout: PoolLayout;
} {
  const names = s.names ?? {};
  const { n, bandRows, anchors } = PART_NAMES.every((k) => names[k])
    ? partsByName(s, names)
    : partsByLayout(s);
  const L = poolLayout(n, bandRows, anchors);
  const title = String(cellOf(s, L.title).formula ?? "");
  const name =
    /^="Pool: ((?:[^"]|"")*), "&\$B\$\d+/.exec(title)?.[1]?.replace(/""/g, '"') ?? s.sheet;
  const rule = text(s, L.rule);
  const bands: RiskBand[] = Array.from({ length: bandRows }, (_, b) => {
    const r = L.bandsFirst + b;
    const shares = Array.from({ length: n }, (_, i) => amount(s, `${colLetter(2 + i)}${r}`));
    return { size: amount(s, `A${r}`), shares: shares.every((x) => x === null) ? null : shares };
  });
  const partners = Array.from({ length: n }, (_, i) => {
    const r = L.first + i;
    const label = text(s, `B${r}`);
    return {
      name: text(s, `A${r}`),
      bodyType: BODY_TYPES.find((b) => b.label === label)?.value,
      contribution: amount(s, `C${r}`) ?? 0,
      cap: amount(s, `D${r}`),
    };
  });
  const method: SplitMethod = rule === BANDS_LABEL || !rule ? "proportional" : parseMethod(rule);
  // The legal basis is in the note under the title, as the plan wrote it.
  const note = text(s, `A${anchors.title + 1}`);
  const power = (Object.keys(POWER_NAMES) as Power[]).find((k) =>
    note.includes(`Legal basis: ${POWER_NAMES[k]}.`)
  );
  const setup: PoolSetup = {
    name,
    ...(power ? { power } : {}),
    partners,
    host: (amount(s, L.hostPosition) ?? 1) - 1,
    method,
    threshold: amount(s, L.threshold) ?? 0,
    year: text(s, L.year),
    period: text(s, L.period),
    ...(bandRows ? { bands, bandUnderspend: bandUnderspendOf(text(s, L.bandUnderspend)) } : {}),
  };
  const memo = (col: string) =>
    Array.from({ length: n }, (_, i) => amount(s, `${col}${L.memoFirst + i}`) ?? 0);
  return {
    setup,
    layout: L,
    inputs: {
      broughtForward: memo("B"),
      received: memo("C"),
      income: amount(s, L.income) ?? 0,
      assets: amount(s, L.assets) ?? 0,
      liabilities: amount(s, L.liabilities) ?? 0,
    },
  };
}

/** The underspend choice's words back to RISKSHARE's code; anything else is the default. */
function bandUnderspendOf(words: string): RiskUnderspend {
  return words === BAND_UNDERSPEND_WORDS.bands ? "bands" : "proportional";
}

export interface MonitoringRead {
  /** The Pool sheet this Monitoring sheet reads, from its title formula. */
  poolSheet: string;
  /** Every scheme row, named or not, in sheet order (spare rows included). */
  rows: SchemeFigures[];
  /** Schemes the layout was written for (rows less the spare ones). */
  planned: number;
  /** Where the sheet's parts are now. */
  layout: MonitoringLayout;
}

const MONITORING_NAMES = [
  "Monitoring_Title",
  "Monitoring_Schemes",
  "Monitoring_Variance",
  "Monitoring_Quarters",
  "Monitoring_Split",
];

/** Where a Monitoring sheet's parts are now: by its names, or as first written for a sheet without them. */
function monitoringParts(s: SheetSnapshot): { count: number; anchors?: MonitoringAnchors } {
  const names = s.names ?? {};
  if (!MONITORING_NAMES.every((k) => names[k])) {
    const head = monitoringLayout(0, 0).head;
    let count = 0;
    while (count < 500 && text(s, `A${head + 1 + count}`) !== "Total") count++;
    return { count };
  }
  const schemes = rowsOf(names.Monitoring_Schemes);
  const count = schemes.count - 2;
  if (text(s, `A${schemes.first + count + 1}`) !== "Total") {
    throw movedInside("schemes table", s.sheet);
  }
  const anchors: MonitoringAnchors = {
    title: rowsOf(names.Monitoring_Title).first,
    head: schemes.first,
    variance: rowsOf(names.Monitoring_Variance).first,
    quarters: rowsOf(names.Monitoring_Quarters).first,
    split: rowsOf(names.Monitoring_Split).first,
  };
  return { count, anchors };
}

/** Read a Monitoring sheet the add-in wrote: its Pool sheet, schemes and quarter figures. */
export function readMonitoringSheet(s: SheetSnapshot, partners: number): MonitoringRead {
  const parts = monitoringParts(s);
  const anchors = parts.anchors ?? monitoringLayout(0, 0).anchors;
  const title = String(cellOf(s, `A${anchors.title}`).formula ?? "");
  // The title reads the Pool sheet's year: its name is the sheet the pool is on, renamed or not.
  const m = /&(?:'((?:[^']|'')+)'|([^'!&]+))!\$B\$\d+&/.exec(title);
  if (!m || text(s, `A${anchors.head}`) !== "Scheme") {
    throw new WorkbookError(
      `"${s.sheet}" is not a Monitoring sheet written by the add-in (its title does not name a Pool sheet).`
    );
  }
  const { count } = parts;
  const planned = Math.max(0, count - SPARE_SCHEMES);
  const M = monitoringLayout(planned, partners, parts.anchors);
  const rows: SchemeFigures[] = Array.from({ length: count }, (_, k) => {
    const r = M.first + k;
    return {
      name: text(s, `A${r}`),
      budget: amount(s, `B${r}`) ?? 0,
      quarters: [1, 2, 3, 4].map((q) => ({
        actual: amount(s, `${M.actualCol(q)}${r}`),
        forecast: amount(s, `${M.forecastCol(q)}${r}`),
      })),
    };
  });
  return { poolSheet: (m[1] ?? m[2]).replace(/''/g, "'"), rows, planned, layout: M };
}
