import ExcelJS from "exceljs";
import {
  cell,
  CellDef,
  CellInput,
  SheetDef,
  tableLayout,
  TemplateDef,
  ValidationDef,
} from "./model";
import { onSheet, printNames, setDefinedNames } from "./definedNames";
import { printLayout } from "./printLayout";
import { STYLES } from "./styles";

/** Build the workbook for a template definition (Node side: the build and tests). */
export function buildWorkbook(def: TemplateDef): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pool Budgets add-in";
  wb.title = def.title;
  // Fixed dates keep the files reproducible from one build to the next.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  wb.calcProperties = { fullCalcOnLoad: true };
  def.sheets.forEach((sheet) => writeSheet(wb, sheet));
  setDefinedNames(wb, [
    ...def.names.map((n) => ({ name: n.name, ranges: [onSheet(n.sheet, n.ref)] })),
    ...def.sheets.flatMap((sheet, i) =>
      printNames(sheet.name, i, { area: printLayout(sheet).printArea })
    ),
  ]);
  return wb;
}

export async function workbookBuffer(def: TemplateDef): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(def).xlsx.writeBuffer());
}

function writeSheet(wb: ExcelJS.Workbook, def: SheetDef): void {
  const ws = wb.addWorksheet(def.name, {
    properties: def.tabColor ? { tabColor: { argb: def.tabColor } } : {},
    views: def.freeze
      ? [{ state: "frozen", xSplit: def.freeze.cols ?? 0, ySplit: def.freeze.rows }]
      : [],
  });
  const print = printLayout(def);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: false,
    scale: print.scale,
  };
  (def.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [addr, input] of Object.entries(def.cells)) setCell(ws.getCell(addr), input);

  for (const t of def.tables ?? []) {
    const layout = tableLayout(t);
    ws.addTable({
      name: t.name,
      ref: t.at,
      headerRow: true,
      totalsRow: !!t.totalsRow,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((c) => ({
        name: c.name,
        filterButton: true,
        ...(c.total && "label" in c.total ? { totalsRowLabel: c.total.label } : {}),
        ...(c.total && "sum" in c.total ? { totalsRowFunction: "sum" as const } : {}),
        ...(c.total && "formula" in c.total
          ? { totalsRowFunction: "custom" as const, totalsRowFormula: c.total.formula }
          : {}),
      })),
      rows: t.rows.map((r) => r.map(toValue)),
    });
    // ExcelJS writes the values; styles (formats, input colour, locking) are ours to set.
    t.rows.forEach((r, i) =>
      r.forEach((input, j) =>
        styleCell(
          ws.getCell(layout.firstData + i, layout.firstCol + j),
          cell(input).style ?? t.columns[j].style
        )
      )
    );
    t.columns.forEach((c, j) => {
      styleCell(ws.getCell(layout.headerRow, layout.firstCol + j), "header");
      if (layout.totalsRow)
        styleCell(
          ws.getCell(layout.totalsRow, layout.firstCol + j),
          c.total && !("label" in c.total) ? "total" : "label"
        );
    });
  }
  for (const range of print.merges) ws.mergeCells(range);
  for (const at of print.wraps) ws.getCell(at).alignment = { wrapText: true, vertical: "top" };
  for (const [row, height] of Object.entries(print.rowHeights)) {
    ws.getRow(Number(row)).height = height;
  }
  // ExcelJS breaks after the row it is given: after the row above the section's heading.
  for (const row of print.pageBreaks) ws.getRow(row - 1).addPageBreak();
  for (const v of def.validations ?? []) addValidation(ws, v);
  if (def.protect) {
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
}

function toValue(input: CellInput): ExcelJS.CellValue {
  const c = cell(input);
  if (c.f !== undefined) return { formula: c.f } as ExcelJS.CellFormulaValue;
  if (c.v === undefined || c.v === null) return null;
  if (
    typeof c.v === "string" &&
    (c.style === "date" || c.style === "dateInput") &&
    /^\d{4}-\d{2}-\d{2}$/.test(c.v)
  ) {
    return new Date(`${c.v}T00:00:00Z`);
  }
  return c.v;
}

function setCell(target: ExcelJS.Cell, input: CellInput): void {
  target.value = toValue(input);
  styleCell(target, cell(input).style);
}

function styleCell(target: ExcelJS.Cell, style: CellDef["style"]): void {
  const spec = style ? STYLES[style] : undefined;
  if (spec?.numFmt) target.numFmt = spec.numFmt;
  if (spec?.bold || spec?.italic || spec?.size || spec?.color) {
    target.font = {
      bold: spec.bold,
      italic: spec.italic,
      size: spec.size,
      color: spec.color ? { argb: spec.color } : undefined,
    };
  }
  if (spec?.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: spec.fill } };
  if (spec?.wrap) target.alignment = { wrapText: true, vertical: "top" };
  target.protection = { locked: !spec?.input };
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationDef): void {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    prompt: v.prompt,
    errorStyle: "stop",
  };
  let rule: ExcelJS.DataValidation;
  switch (v.kind) {
    case "list":
      rule = v.source
        ? {
            ...base,
            type: "list",
            formulae: [v.source],
            error: "Choose one of the entries in the list.",
          }
        : {
            ...base,
            type: "list",
            formulae: [`"${(v.choices ?? []).join(",")}"`],
            error: `Choose one of: ${(v.choices ?? []).join(", ")}.`,
          };
      break;
    case "money":
      rule = {
        ...base,
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [v.min ?? 0],
        error: "Enter an amount in pounds, such as 20000.",
      };
      break;
    case "whole":
      rule = {
        ...base,
        type: "whole",
        operator: "between",
        formulae: [v.min ?? 0, v.max ?? 1e12],
        error: `Enter a whole number${v.max !== undefined ? ` from ${v.min ?? 0} to ${v.max}` : ""}.`,
      };
      break;
    case "decimal":
      rule = {
        ...base,
        type: "decimal",
        operator: "between",
        formulae: [v.min ?? 0, v.max ?? 1e12],
        error: "Enter a number.",
      };
      break;
    case "date":
      rule = {
        ...base,
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        error: "Enter a date, such as 01/04/2026.",
      };
      break;
  }
  // Once for the whole range: set cell by cell, ExcelJS 4.4 merges the cells into ranges
  // that overlap (B10:B19 and B4:B19), which Excel repairs by dropping the drop-downs.
  (ws as unknown as WithValidations).dataValidations.add(v.range, rule);
}

/** ExcelJS keeps a sheet's rules by range; its typings leave the collection out. */
interface WithValidations {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
}
