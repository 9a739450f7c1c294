import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { address, splitAddress } from "../../src/core/a1";
import type { MemorySheet } from "../../src/excel/memoryWorkbook";
import { alignVsPool } from "../../src/functions/alignVsPool";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { poolShare } from "../../src/functions/poolShare";
import { reallocate } from "../../src/functions/reallocate";
import { riskShare } from "../../src/functions/riskShare";

/**
 * The workbooks the add-in writes, calculated by a real spreadsheet engine (HyperFormula,
 * GPL-3.0, a test-only devDependency). The POOL functions run through their real
 * custom-function adapters, handed cells the way Excel hands them (a blank as null, an
 * error as an object with its code) and spilling their arrays as Excel does.
 */
type Value = number | string | boolean | null;
type Adapter = (...args: unknown[]) => unknown[][];

const POOL: Record<string, { adapter: Adapter; shapeOf: (sizes: ArraySize[]) => ArraySize }> = {
  "POOL.DEFICITSPLIT": { adapter: deficitSplit as Adapter, shapeOf: (s) => s[1] },
  "POOL.RISKSHARE": { adapter: riskShare as Adapter, shapeOf: (s) => s[1] },
  "POOL.POOLSHARE": {
    adapter: poolShare as Adapter,
    // A row across spills across; rows of partners spill down one column.
    shapeOf: ([basis]) =>
      basis.height === 1 && basis.width > 1 ? basis : new ArraySize(1, basis.height),
  },
  "POOL.REALLOCATE": {
    adapter: reallocate as Adapter,
    shapeOf: (s) => new ArraySize(2, s[1].height * s[1].width),
  },
  "POOL.ALIGNVSPOOL": {
    adapter: alignVsPool as Adapter,
    shapeOf: (s) => new ArraySize(s.length > 2 ? 3 : 2, 1),
  },
};

/** A cell value as Excel passes it to a custom function. */
function toExcel(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return { code: `#${v.type === ErrorType.NA ? "N/A" : v.type}` };
  return v;
}

function argument(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcel));
  return toExcel(v);
}

/** An adapter's answer back into the engine: values, or an error carrying its message. */
function fromExcel(v: unknown): unknown {
  if (v instanceof Error && "code" in v) {
    const code = String((v as { code: string }).code);
    const type = code === "#N/A" ? ErrorType.NA : (code.replace(/[#!?]/g, "") as ErrorType);
    return new CellError(type, v.message);
  }
  return v ?? EmptyValue;
}

/** The parts of HyperFormula's function-call node a plugin reads (its typings are not exported). */
interface ProcedureAst {
  procedureName: string;
  args: { type: string }[];
}
type InterpreterState = never;

class PoolPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    Object.keys(POOL).map((id) => [
      id,
      {
        method: "call",
        sizeOfResultArrayMethod: "size",
        vectorizationForbidden: true,
        parameters: Array.from({ length: 7 }, () => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: true,
        })),
      },
    ])
  );

  call(ast: ProcedureAst, state: InterpreterState) {
    const id = ast.procedureName;
    const args = ast.args.map((a) =>
      a.type === "EMPTY" ? undefined : this.evaluateAst(a as never, state)
    );
    const error = args.find((a) => a instanceof CellError);
    if (error) return error as CellError;
    const result = POOL[id].adapter(
      ...args.map((a) => (a === undefined ? undefined : argument(a)))
    );
    const data = result.map((row) => row.map(fromExcel));
    if (data.length === 1 && data[0].length === 1 && data[0][0] instanceof CellError) {
      return data[0][0] as CellError;
    }
    return SimpleRangeValue.onlyValues(data as never);
  }

  size(ast: ProcedureAst, state: InterpreterState) {
    const sizes = ast.args.map((a) => this.arraySizeForAst(a as never, state));
    const { width, height } = POOL[ast.procedureName].shapeOf(sizes);
    return new ArraySize(width, height); // a result, not a reference
  }
}

HyperFormula.registerFunctionPlugin(PoolPlugin, {
  enGB: Object.fromEntries(Object.keys(POOL).map((id) => [id, id])),
});

/** The cell text HyperFormula reads: a formula as written, a value as it stands. */
function contentOf(cell: { value: Value; formula?: string }): Value {
  return cell.formula ?? cell.value;
}

export class CalculatedSheet {
  constructor(
    private book: CalculatedBook,
    readonly name: string
  ) {}

  /** A cell's calculated value; an error as its code ("#VALUE!"); a blank as null. */
  value(at: string): Value {
    return this.book.valueAt(this.name, at);
  }

  /** Set an input cell, as a user typing it would; everything recalculates. */
  set(at: string, value: Value): void {
    this.book.setAt(this.name, at, value);
  }

  range(ref: string): Value[][] {
    const [from, to = from] = ref.replace(/\$/g, "").split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    return Array.from({ length: b.row - a.row + 1 }, (_, r) =>
      Array.from({ length: b.col - a.col + 1 }, (_, c) => this.value(address(a.col + c, a.row + r)))
    );
  }

  /** The message of an error in a cell (what Excel shows when you point at it). */
  message(at: string): string | undefined {
    const v = this.book.raw(this.name, at);
    return v instanceof DetailedCellError ? v.message : undefined;
  }
}

/**
 * Every sheet of a workbook, calculated together: a formula on one may read another. A
 * sheet the workbook gains later (a statement written after inputs were typed) joins when
 * it is first asked for; an input set here is typed into the workbook too.
 */
export class CalculatedBook {
  private hf: HyperFormula;

  constructor(
    private wb: { sheets: MemorySheet[] },
    /** Workbook-wide defined names, as a template's file carries them. */
    names: { name: string; formula: string }[] = []
  ) {
    // Array arithmetic everywhere, as Excel 365 calculates: IF(…, POOL.RISKSHARE(…), …) spills.
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
    // Excel's logical constants; HyperFormula has them only as the functions TRUE() and FALSE().
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
    this.addNewSheets();
    for (const n of names) this.hf.addNamedExpression(n.name, n.formula);
  }

  private addNewSheets(): void {
    const added = this.wb.sheets.filter((s) => !this.hf.doesSheetExist(s.name));
    if (added.length === 0) return;
    this.hf.batch(() => {
      for (const sheet of added) this.hf.addSheet(sheet.name);
      for (const sheet of added) {
        const grid: Value[][] = [];
        for (const [at, cell] of sheet.cells) {
          const { col, row } = splitAddress(at);
          (grid[row - 1] ??= [])[col - 1] = contentOf(cell);
        }
        const content = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
        this.hf.setSheetContent(this.id(sheet.name), content);
        for (const n of sheet.names) {
          const ref = n.range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
          const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
          this.hf.addNamedExpression(n.name, `=${quoted}!${ref}`, this.id(sheet.name));
        }
      }
    });
  }

  for(name: string): CalculatedSheet {
    this.addNewSheets();
    this.id(name);
    return new CalculatedSheet(
      this,
      this.hf.getSheetNames().find((s) => same(s, name))!
    );
  }

  /** A sheet's calculated values, row by row from A1: errors as their codes, blanks as "". */
  rowsOf(name: string): Value[][] {
    this.addNewSheets();
    return this.hf
      .getSheetValues(this.id(name))
      .map((row) =>
        row.map((v) => (v instanceof DetailedCellError ? v.value : ((v ?? "") as Value)))
      );
  }

  private id(name: string): number {
    const found = this.hf.getSheetNames().find((s) => same(s, name));
    if (found === undefined) throw new Error(`There is no sheet called "${name}".`);
    return this.hf.getSheetId(found)!;
  }

  private addressOf(sheet: string, at: string) {
    const { col, row } = splitAddress(at);
    return { sheet: this.id(sheet), col: col - 1, row: row - 1 };
  }

  raw(sheet: string, at: string): unknown {
    return this.hf.getCellValue(this.addressOf(sheet, at));
  }

  valueAt(sheet: string, at: string): Value {
    const v = this.raw(sheet, at);
    if (v instanceof DetailedCellError) return v.value;
    return (v ?? null) as Value;
  }

  /**
   * Insert rows above `row`, as a user would in Excel: the engine moves every cell, formula
   * and defined name below them, and the workbook takes the sheets as the engine now has
   * them (cells and names; formats stay where they were, which no read-back looks at).
   */
  insertRows(sheet: string, row: number, count = 1): void {
    this.hf.addRows(this.id(sheet), [row - 1, count]);
    this.takeBack();
  }

  /** Rename a sheet, as a user would: formulas and names on other sheets follow it. */
  renameSheet(from: string, to: string): void {
    this.hf.renameSheet(this.id(from), to);
    this.wb.sheets.find((s) => same(s.name, from))!.name = to;
    this.takeBack();
  }

  /** Every sheet's cells and names back from the engine, after a change to the sheets' shape. */
  private takeBack(): void {
    for (const sheet of this.wb.sheets) {
      const id = this.id(sheet.name);
      const cells = new Map<string, { value: Value; formula?: string }>();
      this.hf.getSheetSerialized(id).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          const at = address(c + 1, r + 1);
          cells.set(
            at,
            typeof v === "string" && v.startsWith("=")
              ? { value: null, formula: v }
              : { value: v as Value }
          );
        })
      );
      sheet.cells = cells;
      sheet.names = this.hf.listNamedExpressions(id).map((name) => ({
        name,
        range: this.hf.getNamedExpressionFormula(name, id)!.replace(/^=.*!/, "").replace(/\$/g, ""),
      }));
    }
  }

  setAt(sheet: string, at: string, value: Value): void {
    this.hf.setCellContents(this.addressOf(sheet, at), [[value]]);
    const cells = this.wb.sheets.find((s) => same(s.name, sheet))!.cells;
    if (value === null) cells.delete(at);
    else cells.set(at, { ...cells.get(at), value, formula: undefined });
  }
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
