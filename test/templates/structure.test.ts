import { TEMPLATE_BUILDERS } from "../../src/templates/catalog";
import { cell, expand, tableLayout } from "../../src/templates/model";
import { MONEY_FORMAT, STYLES } from "../../src/templates/styles";
import { readBack } from "./helpers";

const defs = TEMPLATE_BUILDERS.map((b) => b());

describe.each(defs.map((d) => [d.id, d] as const))("%s read back with ExcelJS", (_id, def) => {
  let wb: Awaited<ReturnType<typeof readBack>>;
  beforeAll(async () => {
    wb = await readBack(def);
  });

  it("has the defined sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(def.sheets.map((s) => s.name));
  });

  it("has every table, at its place, with its columns", () => {
    for (const s of def.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const t of s.tables ?? []) {
        const table = ws.getTable(t.name) as unknown as {
          table: { ref: string; columns: { name: string }[]; totalsRow: boolean };
        };
        expect(table).toBeDefined();
        expect(table.table.columns.map((c) => c.name)).toEqual(t.columns.map((c) => c.name));
        const layout = tableLayout(t);
        expect(ws.getCell(layout.headerRow, layout.firstCol).value).toBe(t.columns[0].name);
      }
    }
  });

  it("has every named range pointing at its cells", () => {
    for (const n of def.names) {
      const ranges = wb.definedNames.getRanges(n.name).ranges;
      expect(ranges).toHaveLength(1);
      expect(ranges[0].replace(/\$/g, "")).toBe(
        `${n.sheet.includes(" ") ? `'${n.sheet}'` : n.sheet}!${n.ref}`
      );
    }
  });

  it("writes every defined cell with its formula or value and number format", () => {
    for (const s of def.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const [addr, input] of Object.entries(s.cells)) {
        const c = cell(input);
        const got = ws.getCell(addr);
        if (c.f) expect((got.value as { formula: string }).formula).toBe(c.f);
        else if (
          typeof c.v === "number" ||
          (typeof c.v === "string" && !c.style?.startsWith("date"))
        )
          expect(got.value).toBe(c.v);
        const fmt = c.style ? STYLES[c.style].numFmt : undefined;
        if (fmt) expect(got.numFmt).toBe(fmt);
      }
    }
  });

  it("puts data validation on every input range defined", () => {
    for (const s of def.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const v of s.validations ?? []) {
        for (const a of expand(v.range)) {
          const dv = ws.getCell(a).dataValidation;
          expect(dv).toBeDefined();
          expect(dv.type).toBe(v.kind === "money" ? "decimal" : v.kind);
          expect(dv.prompt).toBe(v.prompt);
        }
      }
    }
  });

  it("locks formula cells, unlocks input cells and protects the sheet without a password", () => {
    for (const s of def.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      if (!s.protect) continue;
      const protection = (
        ws as unknown as {
          sheetProtection: { sheet: boolean; algorithmName?: string; hashValue?: string };
        }
      ).sheetProtection;
      expect(protection.sheet).toBe(true);
      expect(protection.hashValue).toBeUndefined();
      for (const [addr, input] of Object.entries(s.cells)) {
        const c = cell(input);
        const locked = ws.getCell(addr).protection?.locked !== false;
        expect([addr, locked]).toEqual([addr, !(c.style && STYLES[c.style].input)]);
      }
    }
  });

  it("freezes the header rows", () => {
    for (const s of def.sheets.filter((x) => x.freeze)) {
      const view = wb.getWorksheet(s.name)!.views[0] as { state: string; ySplit: number };
      expect(view.state).toBe("frozen");
      expect(view.ySplit).toBe(s.freeze!.rows);
    }
  });
});

describe("formats", () => {
  it("shows money in pounds with thousands separators and negatives in brackets", () => {
    expect(MONEY_FORMAT).toBe('£#,##0;(£#,##0);"–"');
  });
});
