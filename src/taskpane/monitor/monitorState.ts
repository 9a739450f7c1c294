import { parseAmount, SchemeFigures } from "../../core";
import { readMonitoringSheet, readPoolSheet, PoolInputs } from "../../excel/plans/readPool";
import type { PoolSetup } from "../../core";
import type { MonitoringLayout } from "../../excel/plans/monitoringSheet";
import type { PoolLayout } from "../../excel/plans/poolLayout";
import { WorkbookError, type Scalar, type WorkbookGateway } from "../../excel/types";
import { duplicateNames } from "../pool/schemeList";

/** A pool as the Monitor screen holds it: its two sheets and what they say. */
export interface LoadedPool {
  monitoring: string;
  pool: string;
  setup: PoolSetup;
  inputs: PoolInputs;
  rows: SchemeFigures[];
  planned: number;
  /** Where each sheet's parts are now, by its names: where writes and new sheets' formulas go. */
  layouts: { pool: PoolLayout; monitoring: MonitoringLayout };
}

/** Read a Monitoring sheet and the Pool sheet it names (two reads, one sync each). */
export async function loadPool(workbook: WorkbookGateway, monitoring: string): Promise<LoadedPool> {
  const monSnap = await workbook.readSheet(monitoring);
  const firstRead = readMonitoringSheet(monSnap, 0);
  const pool = readPoolSheet(await workbook.readSheet(firstRead.poolSheet));
  const mon = readMonitoringSheet(monSnap, pool.setup.partners.length);
  const twice = duplicateNames(mon.rows.map((r) => r.name).filter(Boolean));
  if (twice.length) {
    throw new WorkbookError(
      `Two schemes on ${monitoring} are called ${twice.map((d) => `“${d}”`).join(", ")}; give each scheme a name of its own on the sheet, so its figures land on its own row.`
    );
  }
  return {
    monitoring,
    pool: mon.poolSheet,
    setup: pool.setup,
    inputs: pool.inputs,
    rows: mon.rows,
    planned: mon.planned,
    layouts: { pool: pool.layout, monitoring: mon.layout },
  };
}

/** The first quarter no scheme has a forecast for yet (quarter 4 once all have). */
export function nextQuarter(rows: SchemeFigures[]): number {
  for (let q = 0; q < 4; q++) if (rows.every((r) => r.quarters[q].forecast === null)) return q + 1;
  return 4;
}

/** A typed amount ("£20,000", "(5,000)") as a number; blank as null; anything else undefined. */
export function typed(text: string): number | null | undefined {
  const v = parseAmount(text, false);
  return v;
}

/**
 * Figures pasted from the selected cells: one row per scheme, spend to date then forecast.
 * With three or more columns the first names the scheme and rows are matched by name.
 */
export function fromSelection(
  values: Scalar[][],
  names: string[]
): { figures: Record<string, [string, string]>; unmatched: string[] } {
  const figures: Record<string, [string, string]> = {};
  const unmatched: string[] = [];
  const show = (v: Scalar) => (v === null || v === undefined ? "" : String(v));
  const named = values.filter((row) => row.length >= 3).map((row) => show(row[0]).trim());
  const twice = duplicateNames(named.filter(Boolean));
  if (twice.length) {
    throw new WorkbookError(
      `The selected cells name ${twice.map((d) => `“${d}”`).join(", ")} more than once; select one row per scheme.`
    );
  }
  values.forEach((row, k) => {
    if (row.length >= 3) {
      const name = show(row[0]).trim();
      const match = names.find((n) => n.toLowerCase() === name.toLowerCase());
      if (!match) {
        if (name) unmatched.push(name);
        return;
      }
      figures[match] = [show(row[row.length - 2]), show(row[row.length - 1])];
    } else if (k < names.length) {
      figures[names[k]] = [show(row[0]), show(row[1] ?? "")];
    }
  });
  return { figures, unmatched };
}
