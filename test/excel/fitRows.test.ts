import { rowHeightsOf, wrappedLines } from "../../src/excel/plans/fitRows";
import type { SheetPlan } from "../../src/excel/types";
import { installExcelMock } from "./excelMock";
import { officeWorkbook } from "../../src/excel/officeWorkbook";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";

const NOTE =
  "A grant or ring-fenced line pays only for the schemes it funds: its unspent money stays on the line, and it never bears an overspend.";

describe("how many lines wrapped text takes", () => {
  it("one line when the text fits its column, more as the column narrows", () => {
    expect(wrappedLines("Received to date", 100)).toBe(1);
    expect(wrappedLines(NOTE, 700)).toBe(1);
    expect(wrappedLines(NOTE, 300)).toBe(3);
    expect(wrappedLines(NOTE, 150)).toBeGreaterThan(wrappedLines(NOTE, 300));
  });

  it("breaks at spaces, a word too long for the column across lines of its own, and at each new line", () => {
    expect(wrappedLines("Northshire County Council", 60)).toBe(3);
    expect(wrappedLines("W".repeat(30), 60)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines("Year end\nOutturn", 200)).toBe(2);
  });

  it("bold takes more room than regular", () => {
    const text = "Own contributions (the basis for sharing)";
    expect(wrappedLines(text, 95, true)).toBeGreaterThanOrEqual(wrappedLines(text, 95));
  });
});

describe("row heights for a sheet plan's wrapped text", () => {
  const plan = (extra: Partial<SheetPlan> = {}): SheetPlan => ({
    baseName: "Statement",
    blocks: [
      { at: "A1", cells: [["Statement of account"]], bold: true },
      { at: "A2", cells: [[NOTE]], italic: true, wrap: true },
      { at: "A4", cells: [["Line", "Northshire County Council: Disabled Facilities Grant"]] },
      { at: "A4", cells: [[null, null]], bold: true, wrap: true },
      { at: "A5", cells: [["Balance", { formula: "=B4" }]], wrap: true },
      { at: "A7", cells: [[NOTE]] },
    ],
    columnWidths: [300, 110],
    ...extra,
  });

  it("gives each row the lines its longest wrapped text needs, 15 points a line", () => {
    const heights = rowHeightsOf(plan());
    expect(heights[2]).toBe(45);
    // A heading over a narrow column wraps onto lines of its own.
    expect(heights[4]).toBeGreaterThanOrEqual(45);
    // A cell showing another's text ("=B4") is as tall as that text needs.
    expect(heights[5]).toBe(heights[4]);
    // Rows without wrapped text, or whose text fits, keep Excel's own height.
    expect(heights[1]).toBeUndefined();
    expect(heights[7]).toBeUndefined();
  });

  it("wraps a merged note across all its columns, and keeps a taller height the plan sets", () => {
    const merged = rowHeightsOf(plan({ merges: ["A2:B2"], rowHeights: { 5: 120 } }));
    expect(merged[2]).toBe(30);
    expect(merged[5]).toBe(120);
  });

  it("is what both gateways write: the preview's rows, and merges through Office.js", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([plan({ merges: ["A2:B2"] })]);
    expect(wb.sheet(name).heights[2]).toBe(30);
    expect(wb.sheet(name).merges).toEqual(["A2:B2"]);
    const rec = installExcelMock({ sheets: ["Sheet1"] });
    await officeWorkbook.writeSheets([plan({ merges: ["A2:B2"] })]);
    expect(rec.merges).toEqual(["Statement!A2:B2"]);
  });
});
