import {
  BODY_TYPES,
  parseAmount,
  parseMethod,
  RiskBand,
  SchemeFigures,
  SplitMethod,
} from "../../core";
import { colLetter, splitAddress } from "../../core/a1";
import { Scalar, SheetSnapshot, WorkbookError } from "../types";
import { monitoringLayout, SPARE_SCHEMES } from "./monitoringSheet";
import { poolLayout } from "./poolLayout";
import {
  BAND_UNDERSPEND_WORDS,
  BANDS_LABEL,
  PoolSetup,
  Power,
  POWER_NAMES,
  RiskUnderspend,
} from "../../core";

/** A cell of a snapshot by address: its value and its formula (or constant). */
function cellOf(s: SheetSnapshot, address: string): { value: Scalar; formula: Scalar } {
  const o = splitAddress(s.origin);
  const a = splitAddress(address);
  const r = a.row - o.row;
  const c = a.col - o.col;
  return { value: s.values[r]?.[c] ?? "", formula: s.formulas[r]?.[c] ?? "" };
}

const text = (s: SheetSnapshot, a: string) => String(cellOf(s, a).value ?? "").trim();
const amount = (s: SheetSnapshot, a: string): number | null => {
  const v = parseAmount(cellOf(s, a).value as string | number, true);
  return typeof v === "number" ? v : null;
};

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
 * Read a Pool sheet the add-in wrote back into its set-up and the memorandum's inputs, by
 * the layout poolSheetPlan wrote it in. A sheet that is not one is refused in words.
 */
export function readPoolSheet(s: SheetSnapshot): { setup: PoolSetup; inputs: PoolInputs } {
  const head = poolLayout(1).head;
  const isHead = (r: number) =>
    text(s, `A${r}`) === "Partner" && text(s, `E${r}`) === "Bears variance on";
  if (!isHead(head)) {
    // Rows inserted or deleted above the table move it: say so, rather than read the wrong rows.
    const moved = Array.from({ length: 60 }, (_, k) => k + 1).find(isHead);
    if (moved !== undefined) {
      throw new WorkbookError(
        `Rows have been inserted or deleted above the partners table on "${s.sheet}" (its heading is now on row ${moved}, not ${head}). The add-in reads the Pool sheet by the layout it wrote, so ${moved > head ? "delete the added rows (put notes below the sheet or on a sheet of their own)" : "undo the deletion"}, then try again.`
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
  const L = poolLayout(n, bandRows);
  const title = String(cellOf(s, "A1").formula ?? "");
  const name = /^="Pool: ((?:[^"]|"")*), "&\$B\$4/.exec(title)?.[1]?.replace(/""/g, '"') ?? s.sheet;
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
  const note = text(s, "A2");
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
}

/** Read a Monitoring sheet the add-in wrote: its Pool sheet, schemes and quarter figures. */
export function readMonitoringSheet(s: SheetSnapshot, partners: number): MonitoringRead {
  const title = String(cellOf(s, "A1").formula ?? "");
  const m = /&(?:'((?:[^']|'')+)'|([^'!&]+))!\$B\$4&/.exec(title);
  const head = monitoringLayout(0, partners).head;
  if (!m || text(s, `A${head}`) !== "Scheme") {
    throw new WorkbookError(
      `"${s.sheet}" is not a Monitoring sheet written by the add-in (its title does not name a Pool sheet).`
    );
  }
  let count = 0;
  while (count < 500 && text(s, `A${head + 1 + count}`) !== "Total") count++;
  const planned = Math.max(0, count - SPARE_SCHEMES);
  const M = monitoringLayout(planned, partners);
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
  return { poolSheet: (m[1] ?? m[2]).replace(/''/g, "'"), rows, planned };
}
