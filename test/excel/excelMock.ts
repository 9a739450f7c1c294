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
  copied: { from: string; name?: string }[];
  /** Notes written: cell, text, and whether an existing note was replaced. */
  notes: { sheet: string; address: string; text: string; replaced: boolean }[];
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
    copied: [],
    notes: [],
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
      };
      Object.defineProperty(r, "formulas", {
        get: () => opts.ranges?.[`${sheet.name as string}!${address}`] ?? [[""]],
        set: (v) => {
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
        headersFooters: { defaultForAllPages: footers },
      },
      getRange: range,
      getRangeByIndexes: (r: number, c: number) => range(`R${r}C${c}`),
      getUsedRangeOrNullObject: (): Record<string, unknown> =>
        opts.used === null || opts.used === undefined
          ? { isNullObject: true, load: (): void => undefined }
          : { isNullObject: false, ...opts.used, load: (): void => undefined },
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
      names: { add: (name: string) => rec.names.push({ sheet: sheet.name as string, name }) },
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
