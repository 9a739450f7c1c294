import { checkSheet } from "../src/core";
import { officeWorkbook } from "../src/excel/officeWorkbook";
import { installExcelMock } from "../test/excel/excelMock";

export interface BigSheetRow {
  syncs: number;
  largestResponseBytes: number;
  checkMsPerMillionCells: number;
}

/** Rows of a scheme name, a figure typed as text, and numbers: what a large budget sheet holds. */
function sheet(rows: number, cols: number): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      c === 0 ? `Scheme ${r + 1}` : c === 1 ? `£${r},000` : r * c
    )
  );
}

/**
 * Check this workbook on a big sheet: a 200,000-cell sheet read through the Office.js mock
 * (the syncs it takes and the largest single response, against Excel on the web's 5 MB), and
 * the core check's time on 1,000,000 cells.
 */
export async function bigSheetBench(): Promise<BigSheetRow> {
  const values = sheet(10_000, 20);
  const rec = installExcelMock({
    activeSheet: "Budget",
    used: { address: "Budget!A1:T10000", values, formulas: values },
  });
  await officeWorkbook.readSheet();
  const million = sheet(50_000, 20);
  const grid = { sheet: "Budget", originRow: 1, originCol: 1, values: million, formulas: million };
  checkSheet(grid); // warm
  const start = process.hrtime.bigint();
  checkSheet(grid);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    syncs: rec.syncs,
    largestResponseBytes: rec.largestResponse,
    checkMsPerMillionCells: ms,
  };
}
