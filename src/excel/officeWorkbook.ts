import { blockRange, colLetter, splitAddress } from "../core/a1";
import { FormulaSource, rangesToRead } from "../core/formula/source";
import { splitQualified, uniqueSheetNames, uniqueTableName, asCellText } from "./names";
import { friendlyInsertError, friendlyOfficeError } from "./officeErrors";
import { rowHeightsOf } from "./plans/fitRows";
import { shareCopyPlans } from "./plans/shareCopy";
import { resolveSheetRefs } from "./plans/sheetRefs";
import {
  Block,
  CellWrite,
  InputResult,
  InputWrite,
  NoteResult,
  Scalar,
  Selection,
  SharedCopy,
  SheetPlan,
  SheetSnapshot,
  TemplateFile,
  Validation,
  PrintSetup,
  WorkbookError,
  WorkbookGateway,
} from "./types";

/** Inserting whole worksheets from a file needs ExcelApi 1.13 (Microsoft 365, 2021 on). */
const INSERT_API = "1.13";
/** Finding a spilled cell's formula needs ExcelApi 1.12; cell notes need 1.18. */
const SPILL_API = "1.12";
const NOTES_API = "1.18";
/** Copying a worksheet needs ExcelApi 1.10. */
const COPY_API = "1.10";

const apiSupported = (version: string) =>
  typeof Office === "undefined" || Office.context.requirements.isSetSupported("ExcelApi", version);

// Office.js leaves a cell unchanged where the array holds null, so formatting-only blocks are safe.
function toFormulas(cells: CellWrite[][]): (string | number | boolean | null)[][] {
  return cells.map((row) =>
    row.map((c) => {
      if (c === null) return null;
      if (typeof c === "object") return c.formula;
      return typeof c === "string" ? asCellText(c) : c;
    })
  );
}

async function run<T>(
  body: (context: Excel.RequestContext) => Promise<T>,
  friendly = friendlyOfficeError
): Promise<T> {
  try {
    return await Excel.run(body);
  } catch (e) {
    throw friendly(e);
  }
}

function queueBlock(ws: Excel.Worksheet, b: Block): void {
  const range = ws.getRange(blockRange(b.at, b.cells.length, b.cells[0].length));
  if (b.cells.some((r) => r.some((c) => c !== null)))
    range.formulas = toFormulas(b.cells) as string[][];
  b.formats?.forEach((f, j) => {
    if (f) range.getColumn(j).numberFormat = b.cells.map(() => [f]);
  });
  if (b.bold) range.format.font.bold = true;
  if (b.italic) range.format.font.italic = true;
  if (b.fill) range.format.fill.color = b.fill;
  if (b.wrap) range.format.wrapText = true;
}

function queueValidation(ws: Excel.Worksheet, v: Validation): void {
  const dv = ws.getRange(v.range).dataValidation;
  if ("wholeFrom" in v) {
    dv.rule = {
      wholeNumber: {
        formula1: v.wholeFrom,
        formula2: v.wholeTo,
        operator: Excel.DataValidationOperator.between,
      },
    };
  } else {
    // A list from cells keeps commas inside an item safe; a typed list is comma-separated.
    const source = "list" in v ? v.list.join(",") : `=${v.listFrom}`;
    dv.rule = { list: { inCellDropDown: true, source } };
  }
  dv.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.stop,
    title: "Pool Budgets",
    message: "Choose one of the values offered for this setting.",
  };
}

/** A4, the print area, and the header and footer every page carries (ExcelApi 1.9). */
function queuePrint(ws: Excel.Worksheet, p: PrintSetup): void {
  const page = ws.pageLayout;
  page.paperSize = Excel.PaperType.a4;
  page.orientation =
    p.orientation === "landscape"
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
  page.zoom = p.scale
    ? { scale: p.scale }
    : p.onePage
      ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
      : { horizontalFitToPages: 1 };
  page.setPrintArea(p.area);
  if (p.titleRows) page.setPrintTitleRows(p.titleRows);
  if (p.titleColumns) page.setPrintTitleColumns(p.titleColumns);
  page.headersFooters.defaultForAllPages.centerHeader = p.header;
  page.headersFooters.defaultForAllPages.centerFooter = p.footer;
}

/**
 * Cells read in one request. Excel on the web refuses a response over 5 MB; 20,000 cells of
 * values and formulas stay well under it, even as long text.
 */
const CELLS_PER_READ = 20_000;
/** The top-left corner read with the first request: a pool's sheets fit in it whole. */
const CORNER = "A1:CV200";

/**
 * The used ranges of the named sheets (the active one for none). One request learns each
 * sheet's used range and reads its top-left corner, which holds a small sheet whole; a
 * larger sheet is then read in blocks of rows of at most CELLS_PER_READ cells each.
 */
async function readUsedRanges(
  context: Excel.RequestContext,
  names: string[]
): Promise<SheetSnapshot[]> {
  const sheets = names.length
    ? names.map((n) => context.workbook.worksheets.getItem(n))
    : [context.workbook.worksheets.getActiveWorksheet()];
  const reads = sheets.map((ws) => {
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const corner = used.getIntersectionOrNullObject(ws.getRange(CORNER));
    corner.load(["address", "values", "formulas"]);
    // The sheet's own names say where its parts are now (NamedItem.formula: ExcelApi 1.7).
    const named = apiSupported("1.7") ? ws.names.load("items/name,items/formula") : undefined;
    return { ws, used, corner, named };
  });
  await context.sync();
  const out: SheetSnapshot[] = [];
  for (const { ws, used, corner, named } of reads) {
    const names = namesOf(named);
    if (used.isNullObject) {
      out.push({ sheet: ws.name, origin: "A1", values: [], formulas: [], names });
      continue;
    }
    const origin = splitQualified(used.address).address.split(":")[0];
    const whole = !corner.isNullObject && corner.address === used.address;
    if (whole) {
      out.push({
        sheet: ws.name,
        origin,
        values: corner.values as Scalar[][],
        formulas: corner.formulas as Scalar[][],
        names,
      });
      continue;
    }
    const values: Scalar[][] = [];
    const formulas: Scalar[][] = [];
    const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / used.columnCount));
    for (let r = 0; r < used.rowCount; r += rowsPerRead) {
      const block = ws.getRangeByIndexes(
        used.rowIndex + r,
        used.columnIndex,
        Math.min(rowsPerRead, used.rowCount - r),
        used.columnCount
      );
      block.load(["values", "formulas"]);
      // One response per block on purpose: together they would pass Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      values.push(...(block.values as Scalar[][]));
      formulas.push(...(block.formulas as Scalar[][]));
    }
    out.push({ sheet: ws.name, origin, values, formulas, names });
  }
  return out;
}

/** Names as the reader wants them: "Pool_Partners" → "A15:H22"; a name gone to #REF! is left out. */
function namesOf(named?: Excel.NamedItemCollection): Record<string, string> | undefined {
  if (!named) return undefined;
  const out: Record<string, string> = {};
  for (const item of named.items) {
    const address = splitQualified(String(item.formula).replace(/^=/, "")).address;
    if (/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(address)) {
      out[item.name] = address.replace(/\$/g, "");
    }
  }
  return out;
}

/** Queue everything a sheet plan asks for on a new worksheet; returns the worksheet. */
function queueSheet(ws: Excel.Worksheet, plan: SheetPlan, tableNames: string[]): Excel.Worksheet {
  for (const b of plan.blocks) queueBlock(ws, b);
  for (const t of plan.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    const unique = uniqueTableName(t.name, tableNames);
    tableNames.push(unique);
    table.name = unique;
  }
  for (const n of plan.names ?? []) ws.names.add(n.name, ws.getRange(n.range));
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  // Drop-downs need ExcelApi 1.8 (Excel 2019 on); older Excel still gets the sheet.
  if (apiSupported("1.8")) for (const v of plan.validations ?? []) queueValidation(ws, v);
  // Page set-up needs ExcelApi 1.9 (Excel 2019 on); older Excel still gets the sheet.
  if (plan.print && apiSupported("1.9")) queuePrint(ws, plan.print);
  (plan.columnWidths ?? []).forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w;
  });
  for (const m of plan.merges ?? []) ws.getRange(m).merge();
  // A row tall for wrapped text reads from its top, its figures level with the first line.
  for (const [row, h] of Object.entries(rowHeightsOf(plan))) {
    const format = ws.getRange(`${row}:${row}`).format;
    format.rowHeight = h;
    format.verticalAlignment = Excel.VerticalAlignment.top;
  }
  for (const c of plan.charts ?? []) {
    const chart = ws.charts.add(
      Excel.ChartType.columnClustered,
      ws.getRange(c.range),
      Excel.ChartSeriesBy.columns
    );
    chart.title.text = c.title;
    chart.setPosition(c.at);
  }
  return ws;
}

/** Office.js gateway. Each action loads what it needs, queues its writes and syncs at most three times. */
export const officeWorkbook: WorkbookGateway = {
  sheetNames: () =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items");
      await context.sync();
      return sheets.items.map((s) => s.name);
    }),

  readSelection: () =>
    run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["address", "values"]);
      await context.sync();
      const { sheet, address } = splitQualified(range.address);
      return { sheet, address, values: range.values as Scalar[][] } satisfies Selection;
    }),

  readSheet: async (name?: string) => (await officeWorkbook.readSheets(name ? [name] : []))[0],

  readSheets: (names: string[]) => run((context) => readUsedRanges(context, names)),

  writeSheet: async (plan: SheetPlan) => (await officeWorkbook.writeSheets([plan]))[0],

  writeSheets: (plans: SheetPlan[]) =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items");
      tables.load("items");
      await context.sync();
      const names = uniqueSheetNames(
        plans.map((p) => p.baseName),
        sheets.items.map((s) => s.name)
      );
      const tableNames = tables.items.map((t) => t.name);
      const added = resolveSheetRefs(plans, names).map((plan, i) =>
        queueSheet(sheets.add(names[i]), plan, tableNames)
      );
      added[0]?.activate();
      await context.sync();
      return names;
    }),

  writeInputs: (writes: InputWrite[], replace: boolean) =>
    run(async (context): Promise<InputResult> => {
      const ranges = writes.map((w) => {
        const range = context.workbook.worksheets
          .getItem(w.sheet)
          .getRange(blockRange(w.at, w.values.length, w.values[0].length));
        range.load("formulas");
        return range;
      });
      await context.sync();
      const occupied = writes.flatMap((w, i) => {
        if (!w.ask) return [];
        const start = splitAddress(w.at);
        return (ranges[i].formulas as Scalar[][]).flatMap((row, r) =>
          row.flatMap((old, c) =>
            old !== "" && old !== null && old !== (w.values[r][c] ?? "")
              ? [`${colLetter(start.col + c)}${start.row + r}`]
              : []
          )
        );
      });
      if (occupied.length && !replace) return { written: false, occupied };
      writes.forEach((w, i) => {
        ranges[i].values = w.values.map((row) => row.map((v) => v ?? "")) as (string | number)[][];
      });
      await context.sync();
      return { written: true, occupied: [] };
    }),

  insertTemplate: async (template: TemplateFile) => {
    if (!apiSupported(INSERT_API)) {
      throw new WorkbookError(
        'This version of Excel cannot insert sheets from a template (it needs Excel API 1.13: Microsoft 365 from 2021, or Excel on the web). Use "Download .xlsx" instead and copy the sheets across.',
        true
      );
    }
    const base64 = await template.load();
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items");
      await context.sync();
      const wanted = uniqueSheetNames(
        template.sheetNames,
        sheets.items.map((s) => s.name)
      );
      const ids = context.workbook.insertWorksheetsFromBase64(base64, {
        positionType: Excel.WorksheetPositionType.end,
      });
      await context.sync();
      // Excel may number a clashing sheet its own way; settle every name to ours.
      const inserted = ids.value.map((id) => sheets.getItem(id));
      inserted.forEach((ws, i) => (ws.name = wanted[i]));
      if (template.chart) {
        const i = template.sheetNames.indexOf(template.chart.sheet);
        const ws = inserted[i];
        // Template sheets are protected (no password); lift it for the chart, then restore it.
        ws.protection.unprotect();
        const chart = ws.charts.add(
          Excel.ChartType.columnStacked,
          ws.getRange(template.chart.range),
          Excel.ChartSeriesBy.rows
        );
        chart.title.text = template.chart.title;
        chart.setPosition(template.chart.at);
        ws.protection.protect({
          allowFormatColumns: true,
          allowFormatRows: true,
          allowAutoFilter: true,
          allowSort: true,
        });
      }
      inserted[0].activate();
      await context.sync();
      return wanted;
    }, friendlyInsertError);
  },

  shareCopies: (names: string[], when: string) => {
    if (!apiSupported(COPY_API)) {
      return Promise.reject(
        new WorkbookError(
          "This version of Excel cannot copy sheets for the add-in (it needs Excel API 1.10: Microsoft 365 or Excel 2021). Copy the sheet by hand and use Paste Values over the POOL formulas."
        )
      );
    }
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items");
      const sources = names.map((n) => sheets.getItemOrNullObject(n));
      const used = sources.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true);
        r.load(["address", "values", "formulas"]);
        return r;
      });
      await context.sync();
      // Every ticked sheet must be there before any is copied.
      const missing = names.filter((_, i) => sources[i].isNullObject);
      if (missing.length) {
        throw new WorkbookError(
          `There is no sheet called ${missing.map((m) => `“${m}”`).join(", ")} any more; it may have been renamed or deleted. Nothing was copied.`
        );
      }
      const wanted = uniqueSheetNames(
        names,
        sheets.items.map((s) => s.name),
        " (shared)"
      );
      const snapshots: SheetSnapshot[] = used.map((u, i) =>
        u.isNullObject
          ? { sheet: names[i], origin: "A1", values: [], formulas: [] }
          : {
              sheet: names[i],
              origin: splitQualified(u.address).address.split(":")[0],
              values: u.values as Scalar[][],
              formulas: u.formulas as Scalar[][],
            }
      );
      const plans = shareCopyPlans(snapshots, new Map(names.map((n, i) => [n, wanted[i]])), when);
      const out: SharedCopy[] = [];
      sources.forEach((ws, i) => {
        const copy = ws.copy(Excel.WorksheetPositionType.end);
        copy.name = wanted[i];
        const empty = used[i].isNullObject;
        if (!empty) {
          queueBlock(copy, plans[i].cells);
          queueBlock(copy, plans[i].note);
        }
        out.push({
          from: names[i],
          to: wanted[i],
          converted: empty ? 0 : plans[i].converted.length,
        });
        if (i === 0) copy.activate();
      });
      await context.sync();
      return out;
    });
  },

  select: (sheet: string, address: string) =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    }),

  readFormulaSource: () =>
    run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load(["address", "formulas", "values"]);
      const spill = apiSupported(SPILL_API) ? cell.getSpillParentOrNullObject() : undefined;
      spill?.load(["address", "formulas"]);
      await context.sync();
      const anchor = spill && !spill.isNullObject ? spill : cell;
      const { sheet, address } = splitQualified(cell.address);
      const top = splitQualified(anchor.address).address.split(":")[0];
      const formula = String(anchor.formulas[0][0] ?? "");
      const ranges = formula.startsWith("=") ? rangesToRead(formula, sheet) : [];
      const loaded = ranges.map((r) => {
        const range = context.workbook.worksheets.getItem(r.sheet).getRange(r.address);
        range.load("values");
        return range;
      });
      if (loaded.length) await context.sync();
      const at = splitAddress(address);
      const from = splitAddress(top);
      return {
        sheet,
        anchor: top,
        address,
        formula,
        offset: { row: at.row - from.row, col: at.col - from.col },
        shown: cell.values[0][0] as Scalar,
        inputs: ranges.map((r, i) => ({ ...r, values: loaded[i].values as Scalar[][] })),
      } satisfies FormulaSource;
    }),

  writeNote: (sheet: string, address: string, text: string, replace: boolean) => {
    if (!apiSupported(NOTES_API)) {
      return Promise.reject(
        new WorkbookError(
          "Putting the explanation in a cell note needs a newer Excel (Microsoft 365, with ExcelApi 1.18). Copy it instead and paste it where you need it."
        )
      );
    }
    return run(async (context): Promise<NoteResult> => {
      const notes = context.workbook.worksheets.getItem(sheet).notes;
      const note = notes.getItemOrNullObject(address);
      note.load("content");
      await context.sync();
      if (!note.isNullObject && !replace) return { written: false, existing: note.content };
      if (note.isNullObject) notes.add(address, text);
      else note.content = text;
      await context.sync();
      return { written: true };
    });
  },
};
