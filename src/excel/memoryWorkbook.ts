import { blockRange, expand, splitAddress, address as a1 } from "../core/a1";
import { Custom, FormulaSource, parseAmount, rangesToRead } from "../core";
import { Recalculation } from "./memory/recalc";
import { calculated, spillAnchor } from "./memory/calculate";
import { MemoryCell, MemorySheet, newSheet, SeedSheet } from "./memory/store";
import { sheetsFromTemplate } from "./memory/templateImport";
import { asCellText, uniqueSheetNames, uniqueTableName } from "./names";

export type { MemoryCell, MemorySheet, SeedSheet } from "./memory/store";
import { rowHeightsOf } from "./plans/fitRows";
import { shareCopyPlans } from "./plans/shareCopy";
import { resolveSheetRefs } from "./plans/sheetRefs";
import {
  Block,
  InputResult,
  InputWrite,
  NoteResult,
  Scalar,
  Selection,
  SharedCopy,
  SheetPlan,
  SheetSnapshot,
  TemplateFile,
  WorkbookError,
  WorkbookGateway,
} from "./types";

/**
 * A workbook held in memory: the task pane runs against it in tests and in the browser
 * preview. It stores what an action wrote (values, formulas, formats, tables, names,
 * charts), and, given the POOL functions, calculates every formula as Excel would.
 */
export class MemoryWorkbook implements WorkbookGateway {
  sheets: MemorySheet[] = [];
  active = "";
  selection = { sheet: "", address: "A1" };
  private calc?: Recalculation;

  /**
   * `functions`: the POOL functions, for a workbook that calculates as Excel does (the
   * preview's); without them only plain formulas are worked out, where an explanation needs.
   */
  constructor(
    seed: SeedSheet[] = [],
    private functions?: Custom
  ) {
    for (const s of seed) {
      const sheet = newSheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === "") return;
          const isFormula = typeof v === "string" && v.startsWith("=");
          sheet.cells.set(
            a1(c + 1, r + 1),
            isFormula ? { value: null, formula: v as string } : { value: v }
          );
        })
      );
      this.sheets.push(sheet);
    }
    this.active = this.sheets[0]?.name ?? "";
    this.selection = { sheet: this.active, address: "A1" };
  }

  /** Whether this workbook calculates every formula, the POOL functions included. */
  get calculates(): boolean {
    return this.functions !== undefined;
  }

  /** The current calculation: worked out afresh after anything changes. */
  calculation(): Recalculation {
    this.calc ??= new Recalculation(this, this.functions);
    return this.calc;
  }

  /** What a range shows: calculated in full where this workbook calculates. */
  private shown(sheet: string, range: string): Scalar[][] {
    if (!this.calculates) return calculated(this, sheet, range);
    const [from, to = from] = range.split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    const calc = this.calculation();
    return Array.from({ length: b.row - a.row + 1 }, (_, r) =>
      Array.from({ length: b.col - a.col + 1 }, (_, c) => {
        const v = calc.cell(sheet, a1(a.col + c, a.row + r));
        return "error" in v ? v.error : (v.value ?? "");
      })
    );
  }

  /**
   * Type into a cell, as a user would: "=…" is a formula, an amount as officers write it
   * ("£20,000", "(5,000)") a number, anything else text; blank clears it.
   */
  typeInto(sheetName: string, at: string, text: string): void {
    const sheet = this.sheet(sheetName);
    const old = sheet.cells.get(at);
    const t = text.trim();
    this.calc = undefined;
    if (t === "") {
      sheet.cells.delete(at);
      return;
    }
    if (t.startsWith("=")) {
      sheet.cells.set(at, { numberFormat: old?.numberFormat, value: null, formula: t });
      return;
    }
    const n = parseAmount(t, true);
    sheet.cells.set(at, {
      numberFormat: old?.numberFormat,
      value: typeof n === "number" ? n : text,
    });
  }

  sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new WorkbookError(`There is no sheet called "${name}".`);
    return s;
  }

  /** Set what the user has selected, as a person clicking in the grid would. */
  selectRange(sheet: string, range: string): void {
    this.sheet(sheet);
    this.selection = { sheet, address: range };
    this.active = sheet;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSelection(): Promise<Selection> {
    const { sheet, address } = this.selection;
    if (this.calculates) return { sheet, address, values: this.shown(sheet, address) };
    return { sheet, address, values: this.grid(this.sheet(sheet), address).values };
  }

  async readSheets(names: string[]): Promise<SheetSnapshot[]> {
    return Promise.all(names.map((n) => this.readSheet(n)));
  }

  async readSheet(name?: string): Promise<SheetSnapshot> {
    const sheet = this.sheet(name ?? this.active);
    const names = Object.fromEntries(sheet.names.map((n) => [n.name, n.range]));
    if (sheet.cells.size === 0)
      return { sheet: sheet.name, origin: "A1", values: [], formulas: [], names };
    let minR = Infinity,
      minC = Infinity,
      maxR = 0,
      maxC = 0;
    for (const key of sheet.cells.keys()) {
      const { col, row } = splitAddress(key);
      minR = Math.min(minR, row);
      minC = Math.min(minC, col);
      maxR = Math.max(maxR, row);
      maxC = Math.max(maxC, col);
    }
    const origin = a1(minC, minR);
    const range = `${origin}:${a1(maxC, maxR)}`;
    const { formulas } = this.grid(sheet, range);
    // Values as Excel would show them, where the formulas can be worked out here.
    return { sheet: sheet.name, origin, values: this.shown(sheet.name, range), formulas, names };
  }

  private grid(sheet: MemorySheet, range: string): { values: Scalar[][]; formulas: Scalar[][] } {
    const [from, to = from] = range.split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    const values: Scalar[][] = [];
    const formulas: Scalar[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const vr: Scalar[] = [];
      const fr: Scalar[] = [];
      for (let c = a.col; c <= b.col; c++) {
        const cell = sheet.cells.get(a1(c, r));
        vr.push(cell ? (cell.value ?? "") : "");
        fr.push(cell ? (cell.formula ?? cell.value ?? "") : "");
      }
      values.push(vr);
      formulas.push(fr);
    }
    return { values, formulas };
  }

  async writeSheet(plan: SheetPlan): Promise<string> {
    return (await this.writeSheets([plan]))[0];
  }

  async writeSheets(plans: SheetPlan[]): Promise<string[]> {
    this.calc = undefined;
    const names = uniqueSheetNames(
      plans.map((p) => p.baseName),
      this.sheets.map((s) => s.name)
    );
    resolveSheetRefs(plans, names).forEach((p, i) => this.addSheet(p, names[i]));
    this.active = names[0];
    return names;
  }

  async writeInputs(writes: InputWrite[], replace: boolean): Promise<InputResult> {
    this.calc = undefined;
    const cells = writes.map((w) => {
      const sheet = this.sheet(w.sheet);
      const addresses = expand(blockRange(w.at, w.values.length, w.values[0].length));
      return { w, sheet, addresses, flat: w.values.flat() };
    });
    const occupied = cells.flatMap(({ w, sheet, addresses, flat }) =>
      w.ask
        ? addresses.filter((a, k) => {
            const old = sheet.cells.get(a);
            const v = old?.formula ?? old?.value ?? "";
            return v !== "" && v !== null && v !== (flat[k] ?? "");
          })
        : []
    );
    if (occupied.length && !replace) return { written: false, occupied };
    for (const { sheet, addresses, flat } of cells) {
      addresses.forEach((a, k) => {
        const v = flat[k];
        const old = sheet.cells.get(a);
        if (v === null || v === "") sheet.cells.delete(a);
        else sheet.cells.set(a, { numberFormat: old?.numberFormat, value: v });
      });
    }
    return { written: true, occupied: [] };
  }

  private addSheet(plan: SheetPlan, name: string): void {
    const sheet = newSheet(name);
    for (const b of plan.blocks) {
      const addresses = expand(blockRange(b.at, b.cells.length, b.cells[0].length));
      const width = b.cells[0].length;
      b.cells.flat().forEach((c, i) => {
        if (c === null || c === "") return;
        const format = b.formats?.[i % width];
        const cell: MemoryCell =
          typeof c === "object"
            ? { value: null, formula: c.formula }
            : { value: typeof c === "string" ? asCellText(c).replace(/^'/, "") : c };
        if (format) cell.numberFormat = format;
        sheet.cells.set(addresses[i], cell);
      });
      addresses.forEach((at, i) => {
        const look = { ...sheet.looks.get(at) };
        const format = b.formats?.[i % width];
        if (format) look.numberFormat = format;
        if (b.fill) look.fill = b.fill;
        if (b.bold) look.bold = true;
        if (b.italic) look.italic = true;
        if (b.wrap) look.wrap = true;
        sheet.looks.set(at, look);
      });
    }
    sheet.widths = plan.columnWidths ?? [];
    sheet.heights = rowHeightsOf(plan);
    sheet.merges = [...(plan.merges ?? [])];
    const tableNames = this.sheets.flatMap((s) => s.tables.map((t) => t.name));
    for (const t of plan.tables ?? []) {
      const unique = uniqueTableName(t.name, tableNames);
      tableNames.push(unique);
      sheet.tables.push({ name: unique, range: t.range });
    }
    sheet.names.push(...(plan.names ?? []));
    sheet.frozenRows = plan.freezeRows ?? 0;
    sheet.validations = plan.validations ?? [];
    sheet.print = plan.print;
    for (const c of plan.charts ?? [])
      sheet.charts.push({ type: "ColumnClustered", range: c.range, title: c.title, at: c.at });
    this.sheets.push(sheet);
  }

  async insertTemplate(template: TemplateFile): Promise<string[]> {
    this.calc = undefined;
    const sheets = await sheetsFromTemplate(template, this.sheets);
    this.sheets.push(...sheets);
    this.active = sheets[0].name;
    return sheets.map((x) => x.name);
  }

  async select(sheet: string, address: string): Promise<void> {
    this.selectRange(sheet, address);
  }

  /** A cell's formula or value, for tests and the preview's grid. */
  cell(sheet: string, address: string): MemoryCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  async shareCopies(names: string[], when: string): Promise<SharedCopy[]> {
    this.calc = undefined;
    // Every ticked sheet must be there before any is copied.
    const sources = names.map((n) => this.sheet(n));
    const wanted = uniqueSheetNames(
      names,
      this.sheets.map((s) => s.name),
      " (shared)"
    );
    const snapshots = await this.readSheets(sources.map((s) => s.name));
    const copies = new Map(sources.map((s, i) => [s.name, wanted[i]]));
    const plans = shareCopyPlans(snapshots, copies, when);
    const out: SharedCopy[] = sources.map((source, i) => {
      const copy: MemorySheet = {
        ...newSheet(wanted[i]),
        names: [...source.names],
        validations: [...source.validations],
        print: source.print,
        frozenRows: source.frozenRows,
        looks: new Map(source.looks),
        widths: [...source.widths],
        heights: { ...source.heights },
        merges: [...source.merges],
      };
      for (const [at, c] of source.cells) copy.cells.set(at, { ...c });
      this.sheets.push(copy);
      this.writeBlocks(copy, [plans[i].cells, plans[i].note]);
      return { from: source.name, to: copy.name, converted: plans[i].converted.length };
    });
    if (out.length) this.active = out[0].to;
    return out;
  }

  async readFormulaSource(): Promise<FormulaSource> {
    const { sheet: name } = this.selection;
    const sheet = this.sheet(name);
    const address = this.selection.address.split(":")[0];
    const anchor = spillAnchor(sheet, address);
    const formula = sheet.cells.get(anchor)?.formula ?? "";
    const at = splitAddress(address);
    const from = splitAddress(anchor);
    return {
      sheet: sheet.name,
      anchor,
      address,
      formula,
      offset: { row: at.row - from.row, col: at.col - from.col },
      shown: sheet.cells.get(address)?.value ?? null,
      inputs: rangesToRead(formula, sheet.name).map((r) => ({
        ...r,
        values: this.shown(r.sheet, r.address),
      })),
    };
  }

  async writeNote(
    name: string,
    address: string,
    text: string,
    replace: boolean
  ): Promise<NoteResult> {
    const sheet = this.sheet(name);
    const existing = sheet.notes.get(address);
    if (existing !== undefined && !replace) return { written: false, existing };
    sheet.notes.set(address, text);
    return { written: true };
  }

  /** Write blocks onto an existing sheet, as writeSheet does onto a new one. */
  private writeBlocks(sheet: MemorySheet, blocks: Block[]): void {
    for (const b of blocks) {
      const addresses = expand(blockRange(b.at, b.cells.length, b.cells[0].length));
      b.cells.flat().forEach((c, k) => {
        if (c === null) {
          return;
        }
        const old = sheet.cells.get(addresses[k]);
        sheet.cells.set(
          addresses[k],
          typeof c === "object"
            ? { ...old, value: old?.value ?? null, formula: c.formula }
            : { numberFormat: old?.numberFormat, value: c }
        );
      });
    }
  }
}
