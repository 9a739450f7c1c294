import { uniqueSheetNames, uniqueTableName } from "../names";
import { Scalar, TemplateFile, WorkbookError } from "../types";
import { MemorySheet, newSheet } from "./store";

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * A template's .xlsx read into sheets for the in-memory workbook, named so as not to clash
 * with the sheets it already has: each cell's value or formula (with the result the file
 * cached), its number format, and the file's tables.
 */
export async function sheetsFromTemplate(
  template: TemplateFile,
  existing: MemorySheet[]
): Promise<MemorySheet[]> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(decodeBase64(await template.load()) as unknown as ArrayBuffer);
  const fileSheets = wb.worksheets.map((w) => w.name);
  if (fileSheets.join("\n") !== template.sheetNames.join("\n")) {
    throw new WorkbookError(
      `The template file does not hold the sheets expected (${template.sheetNames.join(", ")}).`
    );
  }
  const wanted = uniqueSheetNames(
    fileSheets,
    existing.map((s) => s.name)
  );
  const tableNames = existing.flatMap((s) => s.tables.map((t) => t.name));
  return wb.worksheets.map((ws, i) => {
    const sheet = newSheet(wanted[i]);
    // Column widths in points, as the gateway's plans give them (Excel's are in characters).
    sheet.widths = (ws.columns ?? []).map((c) => (c.width ?? 8.43) * 5.6);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = v as { formula: string; result?: Scalar };
          sheet.cells.set(c.address, {
            value: f.result ?? null,
            formula: `=${f.formula}`,
            numberFormat: c.numFmt,
          });
        } else if (v instanceof Date) {
          // A date as Excel holds it: days since 30 December 1899.
          sheet.cells.set(c.address, {
            value: v.getTime() / 86_400_000 + 25_569,
            numberFormat: c.numFmt,
          });
        } else if (v !== null && v !== undefined) {
          sheet.cells.set(c.address, { value: v as Scalar, numberFormat: c.numFmt });
        }
      })
    );
    for (const t of Object.values(
      (
        ws as unknown as {
          tables: Record<
            string,
            { table: { name: string; tableRef: string; totalsRow?: boolean } }
          >;
        }
      ).tables ?? {}
    )) {
      const unique = uniqueTableName(t.table.name, tableNames);
      tableNames.push(unique);
      sheet.tables.push({ name: unique, range: t.table.tableRef, totalsRow: !!t.table.totalsRow });
    }
    if (template.chart && template.chart.sheet === ws.name) {
      const { range, title, at } = template.chart;
      sheet.charts.push({ type: "ColumnStacked", range, title, at });
    }
    return sheet;
  });
}
