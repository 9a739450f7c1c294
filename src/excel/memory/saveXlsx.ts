import type ExcelJS from "exceljs";
import { address, splitAddress } from "../../core/a1";
import type { MemoryWorkbook } from "../memoryWorkbook";
import type { Validation } from "../types";
import { plainRanges } from "../../core/formula/structured";
import { DefinedName, onSheet, printNames, setDefinedNames } from "../../templates/definedNames";
import type { Calculated, Recalculation } from "./recalc";
import type { MemorySheet } from "./store";

/** Column widths in points to Excel's widths in characters of the default font. */
const chars = (points: number) => Math.round((points / 5.6) * 10) / 10;
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * The in-memory workbook as an .xlsx: every formula with the value it shows now cached
 * beside it (a spilled result as INDEX into it in each cell it fills), number
 * formats, fills and fonts, column widths, frozen rows, validations, print settings and
 * defined names. Excel and LibreOffice open it showing the figures; ExcelJS is loaded
 * only when a workbook is saved.
 */
export async function saveXlsx(book: MemoryWorkbook): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pool Budgets add-in";
  const calc = book.calculation();
  const named: DefinedName[] = [];
  book.sheets.forEach((sheet, index) => {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    });
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = chars(w)));
    writeCells(ws, sheet, calc);
    for (const m of sheet.merges) ws.mergeCells(m);
    // A row tall for wrapped text reads from its top, its figures level with the first line.
    for (const [row, h] of Object.entries(sheet.heights)) {
      const r = ws.getRow(Number(row));
      r.height = h;
      r.eachCell((c) => (c.alignment = { ...c.alignment, vertical: "top" }));
    }
    for (const v of sheet.validations) addValidation(ws, v);
    if (sheet.print) {
      const p = sheet.print;
      ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: 9, // A4
        orientation: p.orientation,
        ...(p.scale
          ? { fitToPage: false, scale: p.scale }
          : { fitToPage: true, fitToWidth: 1, fitToHeight: p.onePage ? 1 : 0 }),
      };
      ws.headerFooter = { oddHeader: `&C${p.header}`, oddFooter: `&C${p.footer}` };
      named.push(...printNames(sheet.name, index, p));
    }
    // Each sheet's names are its own, as the add-in wrote them (two pools both have a
    // Pool_Partners): scoped to the sheet in the file.
    for (const n of sheet.names) {
      named.push({ name: n.name, ranges: [onSheet(sheet.name, n.range)], localSheetId: index });
    }
  });
  setDefinedNames(wb, named);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeCells(ws: ExcelJS.Worksheet, sheet: MemorySheet, calc: Recalculation) {
  const shown = (at: string) => calc.cell(sheet.name, at);
  const result = (c: Calculated) => ("error" in c ? { error: c.error } : (c.value ?? undefined));
  const spilled = new Set<string>();
  for (const [at, cell] of sheet.cells) {
    if (!cell.formula) continue;
    const c = ws.getCell(at);
    // The file has no Excel tables (ExcelJS writes none from here): table references as ranges.
    const written = cell.formula.includes("[")
      ? plainRanges(cell.formula, calc.tableShapes())
      : cell.formula;
    const formula = written.slice(1);
    const spill = calc.extent(sheet.name, at);
    if (spill) {
      // A spilled result, cell by cell as INDEX into it: a file without Excel's dynamic-array
      // metadata (which ExcelJS cannot write) then opens with every cell a live formula
      // showing its value, in any Excel and in LibreOffice, and no cell a stale copy.
      const { col, row } = splitAddress(at);
      for (let r = 0; r < spill.rows; r++)
        for (let k = 0; k < spill.cols; k++) {
          const target = address(col + k, row + r);
          const index = spill.rows > 1 && spill.cols > 1 ? `${r + 1},${k + 1}` : `${r + k + 1}`;
          ws.getCell(target).value = {
            formula: `INDEX(${formula},${index})`,
            result: result(shown(target)),
          } as ExcelJS.CellFormulaValue;
          if (r || k) spilled.add(target);
        }
    } else {
      c.value = { formula, result: result(shown(at)) } as ExcelJS.CellFormulaValue;
    }
  }
  const addresses = new Set([...sheet.cells.keys(), ...sheet.looks.keys(), ...spilled]);
  for (const at of addresses) {
    const cell = sheet.cells.get(at);
    const look = sheet.looks.get(at);
    const c = ws.getCell(at);
    if (cell && !cell.formula && !spilled.has(at)) c.value = cell.value;
    const format = look?.numberFormat ?? cell?.numberFormat;
    if (format) c.numFmt = format;
    if (look?.fill)
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
    // Named, as Excel writes every font: a bold cell with no name prints in another face.
    if (look?.bold || look?.italic)
      c.font = { name: "Calibri", size: 11, family: 2, bold: look.bold, italic: look.italic };
    if (look?.wrap) c.alignment = { wrapText: true };
  }
}

function addValidation(ws: ExcelJS.Worksheet, v: Validation): void {
  const rule: ExcelJS.DataValidation =
    "wholeFrom" in v
      ? { type: "whole", operator: "between", formulae: [v.wholeFrom, v.wholeTo], allowBlank: true }
      : {
          type: "list",
          allowBlank: true,
          formulae: ["list" in v ? `"${v.list.join(",")}"` : v.listFrom],
          showErrorMessage: true,
          errorTitle: "Pool Budgets",
          error: "Choose one of the values offered for this setting.",
        };
  // One rule for the whole range, never one per cell.
  (
    ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range.replace(/\$/g, ""), rule);
}
