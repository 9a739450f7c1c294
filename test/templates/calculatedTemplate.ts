import ExcelJS from "exceljs";
import { splitAddress } from "../../src/core/a1";
import { plainRanges, TableShape } from "../../src/core/formula/structured";
import type { MemorySheet } from "../../src/excel/memoryWorkbook";
import type { TemplateDef } from "../../src/templates/model";
import { workbookBuffer } from "../../src/templates/xlsxWriter";
import { CalculatedBook } from "../excel/hyperBook";

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** A template's generated .xlsx, read back as Excel would open it and calculated by HyperFormula. */
export async function calculatedTemplate(def: TemplateDef): Promise<CalculatedBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(def)) as unknown as ArrayBuffer);
  const tables: TableShape[] = wb.worksheets.flatMap((ws) =>
    Object.values(
      (
        ws as unknown as {
          tables: Record<string, { table: ExcelJS.TableProperties & { tableRef: string } }>;
        }
      ).tables ?? {}
    ).map(({ table }) => {
      const [from, to] = table.tableRef.split(":");
      const a = splitAddress(from);
      const b = splitAddress(to);
      return {
        sheet: ws.name,
        name: table.name,
        columns: table.columns.map((c) => c.name),
        left: a.col,
        firstData: a.row + 1,
        lastData: table.totalsRow ? b.row - 1 : b.row,
      };
    })
  );
  const sheets: MemorySheet[] = wb.worksheets.map((ws) => {
    const cells = new Map<string, { value: string | number | boolean | null; formula?: string }>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = (v as { formula: string }).formula;
          cells.set(c.address, { value: null, formula: `=${plainRanges(f, tables)}` });
        } else if (v instanceof Date) {
          // A date as Excel holds it: days since 30 December 1899.
          cells.set(c.address, { value: v.getTime() / 86400000 + 25569 });
        } else if (v !== null && v !== undefined) {
          cells.set(c.address, { value: v as string | number | boolean });
        }
      })
    );
    return { name: ws.name, cells, names: [] } as unknown as MemorySheet;
  });
  const names = def.names.map((n) => ({
    name: n.name,
    formula: `=${quoted(n.sheet)}!${n.ref.replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2")}`,
  }));
  return new CalculatedBook({ sheets }, names);
}
