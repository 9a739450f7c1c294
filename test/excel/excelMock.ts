import { OfficeMockObject } from "office-addin-mock";

/**
 * An Excel object model for office-addin-mock: worksheets and tables to load, and the
 * methods our gateway calls, each recording what it was asked to do. `syncs` counts the
 * round trips, the figure the "at most 3 per action" budget is about.
 */
export interface Recorder {
  syncs: number;
  added: string[];
  writes: { sheet: string; address: string; formulas?: unknown[][]; numberFormat?: unknown[][] }[];
  tables: { sheet: string; range: string; name?: string }[];
  names: { sheet: string; name: string }[];
  charts: {
    sheet: string;
    type: string;
    range: string;
    seriesBy: string;
    title?: string;
    at?: string;
  }[];
  renamed: Record<string, string>;
  inserted: string[];
  activated: string[];
  selected: string[];
  protection: string[];
  validations: { sheet: string; address: string; rule: unknown; alert?: unknown }[];
  print: Record<string, unknown>[];
  /** Ranges merged, as "Sheet!A2:D2". */
  merges: string[];
  copied: { from: string; name?: string }[];
  /** Notes written: cell, text, and whether an existing note was replaced. */
  notes: { sheet: string; address: string; text: string; replaced: boolean }[];
  /** Bytes of cell values and formulas the largest single sync brought back. */
  largestResponse: number;
}

interface Options {
  sheets?: string[];
  tables?: string[];
  /** Names Excel gives inserted sheets (as it would when it auto-numbers a clash). */
  insertedNames?: string[];
  selection?: { address: string; values: unknown[][] };
  used?: { address: string; values: unknown[][]; formulas: unknown[][] } | null;
  activeSheet?: string;
  /** The active cell ("Sheet!A1"), and the spill it sits in, if any. */
  activeCell?: {
    address: string;
    formulas: unknown[][];
    values: unknown[][];
    spillParent?: { address: string; formulas: unknown[][] };
  };
  /** Values of ranges the gateway reads by address ("Pool!B2:B3"). */
  ranges?: Record<string, unknown[][]>;
  /** Each sheet's defined names, as NamedItem.formula gives them ("=Pool!$A$15:$H$22"). */
  names?: Record<string, Record<string, string>>;
  /** Notes already on cells ("Pool!H17"). */
  notes?: Record<string, string>;
}

export function installExcelMock(opts: Options = {}) {
  const rec: Recorder = {
    syncs: 0,
    added: [],
    writes: [],
    tables: [],
    names: [],
    charts: [],
    renamed: {},
    inserted: [],
    activated: [],
    selected: [],
    protection: [],
    validations: [],
    print: [],
    merges: [],
    copied: [],
    notes: [],
    largestResponse: 0,
  };
  // Ranges whose values were loaded since the last sync: the next response carries them.
  let pending: { values: unknown[][]; formulas: unknown[][] }[] = [];
  const usedShape = opts.used ? shapeOf(opts.used.address) : undefined;
  /** Part of the used range, by 0-based sheet rows and columns, as a loadable range. */
  const usedPart = (row: number, col: number, rows: number, cols: number) => {
    const u = opts.used!;
    const s = usedShape!;
    const slice = (grid: unknown[][]) =>
      grid
        .slice(row - s.row, row - s.row + rows)
        .map((r) => r.slice(col - s.col, col - s.col + cols));
    const part = {
      isNullObject: rows <= 0 || cols <= 0,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      values: slice(u.values),
      formulas: slice(u.formulas),
      address: `${u.address.split("!")[0]}!${cellName(row, col)}:${cellName(row + rows - 1, col + cols - 1)}`,
      load: (what?: string[]) => {
        if (!what || what.includes("values") || what.includes("formulas")) pending.push(part);
      },
    };
    return part;
  };
  const sheetObject = (name: string): Record<string, unknown> => {
    const sheet: Record<string, unknown> = { name };
    const range = (address: string): Record<string, unknown> => {
      const write = { sheet: sheet.name as string, address } as Recorder["writes"][number];
      const validation = { sheet: sheet.name as string, address } as Recorder["validations"][0];
      const r: Record<string, unknown> = {
        dataValidation: {
          set rule(v: unknown) {
            validation.rule = v;
            rec.validations.push(validation);
          },
          set errorAlert(v: unknown) {
            validation.alert = v;
          },
        },
        format: { font: {}, fill: {}, columnWidth: 0 },
        values: opts.ranges?.[`${sheet.name as string}!${address}`] ?? [[""]],
        load: () => undefined,
        getColumn: (j: number) => range(`${address}#col${j}`),
        getEntireColumn: () => range(`${address}:column`),
        select: () => rec.selected.push(`${sheet.name}!${address}`),
        merge: () => rec.merges.push(`${sheet.name}!${address}`),
      };
      Object.defineProperty(r, "formulas", {
        get: () => opts.ranges?.[`${sheet.name as string}!${address}`] ?? [[""]],
        set: (v: unknown[][]) => {
          checkDimensions(address, v);
          write.formulas = v;
          rec.writes.push(write);
        },
      });
      Object.defineProperty(r, "numberFormat", {
        set: (v) => {
          write.numberFormat = v;
          rec.writes.push(write);
        },
      });
      return r;
    };
    const print: Record<string, unknown> = { sheet: name };
    const footers: Record<string, unknown> = {};
    print.headersFooters = footers;
    rec.print.push(print);
    Object.assign(sheet, {
      pageLayout: {
        set paperSize(v: unknown) {
          print.paperSize = v;
        },
        set orientation(v: unknown) {
          print.orientation = v;
        },
        set zoom(v: unknown) {
          print.zoom = v;
        },
        setPrintArea: (a: string) => (print.area = a),
        setPrintTitleRows: (a: string) => (print.titleRows = a),
        setPrintTitleColumns: (a: string) => (print.titleColumns = a),
        headersFooters: { defaultForAllPages: footers },
      },
      getRange: range,
      getRangeByIndexes: (r: number, c: number, rows = 1, cols = 1) =>
        usedShape ? usedPart(r, c, rows, cols) : range(`R${r}C${c}`),
      getUsedRangeOrNullObject: (): Record<string, unknown> => {
        // A null object's methods give null objects, as Office.js queues them.
        const none = (): Record<string, unknown> => ({
          isNullObject: true,
          load: (): void => undefined,
          getIntersectionOrNullObject: none,
        });
        if (!usedShape) return none();
        const u = usedShape;
        return {
          ...usedPart(u.row, u.col, u.rows, u.cols),
          address: opts.used!.address,
          getIntersectionOrNullObject: (other: { __address?: string }) => {
            const o = shapeOf(other.__address ?? "A1");
            const top = Math.max(u.row, o.row);
            const left = Math.max(u.col, o.col);
            const bottom = Math.min(u.row + u.rows, o.row + o.rows);
            const right = Math.min(u.col + u.cols, o.col + o.cols);
            return usedPart(top, left, bottom - top, right - left);
          },
        };
      },
      load: (): void => undefined,
      activate: () => rec.activated.push(sheet.name as string),
      copy: () => {
        const entry: Recorder["copied"][number] = { from: sheet.name as string };
        rec.copied.push(entry);
        const copy = sheetObject(`${sheet.name as string} copy`);
        // The copy's name is settled by the gateway; record it and write under it.
        return new Proxy(copy, {
          set: (t, p, v) => {
            if (p === "name") entry.name = v;
            (t as Record<string | symbol, unknown>)[p] = v;
            return true;
          },
        });
      },
      tables: {
        add: (range: string) => {
          const t = { sheet: sheet.name as string, range } as Recorder["tables"][number];
          rec.tables.push(t);
          return {
            set name(v: string) {
              t.name = v;
            },
          };
        },
      },
      names: {
        add: (name: string) => rec.names.push({ sheet: sheet.name as string, name }),
        // The sheet's own names as Excel gives them: a formula naming the sheet and cells.
        load: () => ({
          items: Object.entries(opts.names?.[sheet.name as string] ?? {}).map(([name, f]) => ({
            name,
            formula: f,
          })),
        }),
      },
      notes: {
        getItemOrNullObject: (address: string) => {
          const key = `${sheet.name as string}!${address}`;
          const had = opts.notes?.[key];
          const note: Record<string, unknown> = {
            isNullObject: had === undefined,
            load: () => undefined,
          };
          Object.defineProperty(note, "content", {
            get: () => had ?? "",
            set: (text: string) => {
              rec.notes.push({ sheet: sheet.name as string, address, text, replaced: true });
            },
          });
          return note;
        },
        add: (address: string, text: string) =>
          rec.notes.push({ sheet: sheet.name as string, address, text, replaced: false }),
      },
      freezePanes: { freezeRows: () => undefined },
      charts: {
        add: (type: string, r: {}, seriesBy: string) => {
          const c = {
            sheet: sheet.name as string,
            type,
            range: (r as { __address?: string }).__address ?? "",
            seriesBy,
          } as Recorder["charts"][number];
          rec.charts.push(c);
          return {
            title: {
              set text(v: string) {
                c.title = v;
              },
            },
            setPosition: (at: string) => (c.at = at),
          };
        },
      },
      protection: {
        unprotect: () => rec.protection.push(`unprotect ${sheet.name}`),
        protect: () => rec.protection.push(`protect ${sheet.name}`),
      },
    });
    // Remember the address a chart is drawn from.
    const getRange = sheet.getRange as (a: string) => Record<string, unknown>;
    sheet.getRange = (a: string) => Object.assign(getRange(a), { __address: a });
    return sheet;
  };
  const byId = new Map<string, Record<string, unknown>>();
  const data = {
    context: {
      workbook: {
        worksheets: {
          items: (opts.sheets ?? ["Sheet1"]).map((name) => ({ name })),
          add: (name: string) => {
            rec.added.push(name);
            return sheetObject(name);
          },
          getItem: (key: string) => {
            const found = byId.get(key);
            if (!found) return sheetObject(key);
            return new Proxy(found, {
              set: (t, p, v) => {
                if (p === "name") rec.renamed[key] = v;
                (t as Record<string | symbol, unknown>)[p] = v;
                return true;
              },
            });
          },
          getItemOrNullObject: (key: string) => ({
            ...sheetObject(key),
            isNullObject: !(opts.sheets ?? ["Sheet1"]).includes(key),
          }),
          getActiveWorksheet: () => sheetObject(opts.activeSheet ?? "Sheet1"),
        },
        tables: { items: (opts.tables ?? []).map((name) => ({ name })) },
        getSelectedRange: () => ({
          address: `${opts.activeSheet ?? "Sheet1"}!${opts.selection?.address ?? "A1"}`,
          values: opts.selection?.values ?? [[""]],
          load: () => undefined,
        }),
        getActiveCell: () => {
          const c = opts.activeCell ?? { address: "Sheet1!A1", formulas: [[""]], values: [[""]] };
          const load = () => undefined;
          return {
            ...c,
            load,
            getSpillParentOrNullObject: () =>
              c.spillParent
                ? { isNullObject: false, ...c.spillParent, load }
                : { isNullObject: true, address: "", formulas: [[""]], load },
          };
        },
        insertWorksheetsFromBase64: (base64: string) => {
          rec.inserted.push(base64);
          const names = opts.insertedNames ?? [];
          const ids = names.map((n, i) => {
            const id = `{id-${i}}`;
            byId.set(id, sheetObject(n));
            return id;
          });
          return { value: ids };
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { sync: () => Promise<void> };
  } & Record<string, unknown>;
  const realSync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    rec.syncs++;
    const bytes = pending.reduce((n, p) => n + JSON.stringify([p.values, p.formulas]).length, 0);
    rec.largestResponse = Math.max(rec.largestResponse, bytes);
    pending = [];
    await realSync();
  };
  // Enum values are plain constants in Office.js; the mock would treat them as unloaded properties.
  Object.assign(mock, {
    WorksheetPositionType: { end: "End" },
    ChartType: { columnStacked: "ColumnStacked", columnClustered: "ColumnClustered" },
    ChartSeriesBy: { rows: "Rows", columns: "Columns" },
    DataValidationOperator: { between: "Between" },
    DataValidationAlertStyle: { stop: "Stop" },
    PaperType: { a4: "A4" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    VerticalAlignment: { top: "Top" },
  });
  (globalThis as Record<string, unknown>).Excel = mock;
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };
  return rec;
}

export function setApiSupport(supported: boolean) {
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: () => supported } },
  };
}

/** "Sheet!B2:D5" as 0-based first row and column and a size. */
function shapeOf(address: string) {
  const [from, to = from] = address.split("!").pop()!.replace(/\$/g, "").split(":");
  const at = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const a = at(from);
  const b = at(to);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

function cellName(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/**
 * As Excel does, refuse an array whose rows differ in length or do not fit the range:
 * "The number of rows or columns in the input array doesn't match the size or dimensions
 * of the range."
 */
function checkDimensions(address: string, v: unknown[][]): void {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) return;
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = m[3] ? Number(m[4]) - Number(m[2]) + 1 : 1;
  const cols = m[3] ? col(m[3]) - col(m[1]) + 1 : 1;
  if (v.length !== rows || v.some((row) => row.length !== cols)) {
    throw new Error(
      `InvalidArgument: The number of rows or columns in the input array doesn't match the size or dimensions of the range (${address}).`
    );
  }
}
