import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { monitoringLayout } from "../../src/excel/plans/monitoringSheet";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { PoolSetup } from "../../src/core";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { CalculatedBook } from "./hyperBook";

/** A Hertfordshire-like pool: the county council hosts, the ICB joins; shared in proportion. */
export const HERTS: PoolSetup = {
  name: "Joint commissioning",
  partners: [
    { name: "Hertfordshire County Council", bodyType: "council", contribution: 20000000 },
    { name: "Hertfordshire ICB", bodyType: "icb", contribution: 8000000 },
  ],
  host: 0,
  method: "proportional",
  power: "s75",
  year: "2025/26",
  period: "Quarter 2",
};
/** The same pool under a risk-share schedule whose last band is left blank ("everything beyond"). */
export const HERTS_BANDED: PoolSetup = {
  ...HERTS,
  bands: [
    { size: 500000, shares: [1, 0] },
    { size: null, shares: null },
  ],
};
export const SCHEMES = [
  { name: "Intermediate care", budget: 18000000 },
  { name: "Community equipment", budget: 10000000 },
];

export async function poolWithMonitoring() {
  const wb = new MemoryWorkbook();
  const M = monitoringLayout(SCHEMES.length, 2);
  const names = await wb.writeSheets(poolWorkbookPlans(HERTS, SCHEMES));
  return { wb, names, M, P: poolLayout(2) };
}

/** Two quarters of figures: £1m forecast overspend by quarter 2. */
export const TWO_QUARTERS: [number, number, number, number][] = [
  [1, 0, 4400000, 18500000],
  [1, 1, 2400000, 9900000],
  [2, 0, 9100000, 18900000],
  [2, 1, 5000000, 10100000],
];

/** The Hertfordshire-like pool after two quarters, with the memorandum's inputs entered, calculated. */
export async function monitoredPool() {
  const { wb, names, M, P } = await poolWithMonitoring();
  const book = new CalculatedBook(wb);
  const mon = book.for(names[1]);
  for (const [q, k, actual, forecast] of TWO_QUARTERS) {
    mon.set(`${M.actualCol(q)}${M.first + k}`, actual);
    mon.set(`${M.forecastCol(q)}${M.first + k}`, forecast);
  }
  const pool = book.for(names[0]);
  pool.set(`B${P.memoFirst}`, 50000);
  pool.set(`B${P.memoFirst + 1}`, 20000);
  pool.set(`C${P.memoFirst}`, 20000000);
  pool.set(`C${P.memoFirst + 1}`, 7500000);
  pool.set(`B${P.memo + 1}`, 280000);
  return { wb, book, names, M, P };
}
