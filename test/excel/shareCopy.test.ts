import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { officeWorkbook } from "../../src/excel/officeWorkbook";
import { shareCopyPlans } from "../../src/excel/plans/shareCopy";
import { installExcelMock } from "./excelMock";

// Swindon's pool as Excel holds it: a POOL.DEFICITSPLIT spilling down C2:C3, native totals.
const values = [
  ["Partner", "Contribution", "Share of variance"],
  ["Swindon Borough Council", 20e6, 1e6],
  ["Swindon PCT", 8e6, 0.4e6],
  ["Total", 28e6, 1.4e6],
];
const formulas = [
  ["Partner", "Contribution", "Share of variance"],
  ["Swindon Borough Council", 20e6, "=POOL.DEFICITSPLIT(1400000,B2:B3)"],
  ["Swindon PCT", 8e6, 0.4e6],
  ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"],
];
const pool = { sheet: "Pool", origin: "A1", values, formulas };
// A statement reading the Pool sheet: one plain copy of a contribution, one share of the split.
const statement = {
  sheet: "Statement Swindon PCT",
  origin: "A1",
  values: [
    ["Contribution", 8e6],
    ["Share of variance", 0.4e6],
    ["Contribution and share", 8.4e6],
  ],
  formulas: [
    ["Contribution", "='Pool'!B3"],
    ["Share of variance", "=Pool!C3"],
    ["Contribution and share", "=B1+B2"],
  ],
};

describe("a copy to share with partners without the add-in", () => {
  it("turns POOL formulas, their spills and what depends on them into values, and keeps the rest", () => {
    const [plan] = shareCopyPlans(
      [pool],
      new Map([["Pool", "Pool (shared)"]]),
      "24/11/2026, 18:05"
    );
    expect(plan.cells.cells[1]).toEqual(["Swindon Borough Council", 20e6, 1e6]);
    expect(plan.cells.cells[2]).toEqual(["Swindon PCT", 8e6, 0.4e6]);
    // The contributions' total stays a formula; the split's total reads the POOL spill.
    expect(plan.cells.cells[3]).toEqual(["Total", { formula: "=SUM(B2:B3)" }, 1.4e6]);
    expect(plan.converted).toEqual([
      { address: "C2", formula: "=POOL.DEFICITSPLIT(1400000,B2:B3)" },
      { address: "C4", formula: "=SUM(C2:C3)" },
    ]);
    expect(plan.note.at).toBe("A6");
    expect(plan.note.cells[0][0]).toMatch(
      /^Prepared to share on 24\/11\/2026, 18:05 by the Pool Budgets add-in: 2 formulas replaced/
    );
    expect(plan.note.cells[1][0]).toBe("C2 was =POOL.DEFICITSPLIT(1400000,B2:B3)");
  });

  it("makes a statement copied alone hold figures only: it reads the Pool sheet, which is not shared", () => {
    const [plan] = shareCopyPlans(
      [statement],
      new Map([["Statement Swindon PCT", "Statement Swindon PCT (shared)"]]),
      "x"
    );
    expect(plan.cells.cells.map((r) => r[1])).toEqual([8e6, 0.4e6, 8.4e6]);
    expect(plan.converted.map((c) => c.address)).toEqual(["B1", "B2", "B3"]);
  });

  it("keeps a statement's native formulas over a Pool sheet shared with it, pointed at the copy", () => {
    const copies = new Map([
      ["Pool", "Pool (shared)"],
      ["Statement Swindon PCT", "Statement Swindon PCT (shared)"],
    ]);
    const [, plan] = shareCopyPlans([pool, statement], copies, "x");
    expect(plan.cells.cells[0][1]).toEqual({ formula: "='Pool (shared)'!B3" });
    // C3 is part of the POOL result: a value in the copy, so the statement's line is one too.
    expect(plan.cells.cells[1][1]).toBe(0.4e6);
    expect(plan.cells.cells[2][1]).toBe(8.4e6);
  });

  it("makes a new sheet in memory and leaves the original as it was", async () => {
    const wb = new MemoryWorkbook([{ name: "Pool", rows: formulas }]);
    // The in-memory workbook does not calculate: give the formula cells the values Excel shows.
    wb.sheet("Pool").cells.set("C2", { value: 1e6, formula: formulas[1][2] as string });
    wb.sheet("Pool").cells.set("C3", { value: 0.4e6 });
    wb.sheet("Pool").cells.set("B4", { value: 28e6, formula: "=SUM(B2:B3)" });
    wb.sheet("Pool").cells.set("C4", { value: 1.4e6, formula: "=SUM(C2:C3)" });
    const copies = await wb.shareCopies(["Pool"], "24/11/2026, 18:05");
    expect(copies).toEqual([{ from: "Pool", to: "Pool (shared)", converted: 2 }]);
    expect(wb.cell("Pool (shared)", "C2")).toEqual({ value: 1e6 });
    expect(wb.cell("Pool (shared)", "B4")?.formula).toBe("=SUM(B2:B3)");
    expect(wb.cell("Pool (shared)", "C4")?.formula).toBeUndefined();
    expect(wb.cell("Pool", "C2")?.formula).toBe("=POOL.DEFICITSPLIT(1400000,B2:B3)");
    expect(wb.cell("Pool (shared)", "A7")?.value).toBe("C2 was =POOL.DEFICITSPLIT(1400000,B2:B3)");
    expect(await wb.shareCopies(["Pool"], "x")).toEqual([
      { from: "Pool", to: "Pool (2) (shared)", converted: 2 },
    ]);
  });

  it("checks every ticked sheet exists before copying any", async () => {
    const wb = new MemoryWorkbook([{ name: "Pool", rows: formulas }]);
    await expect(wb.shareCopies(["Pool", "Gone"], "x")).rejects.toThrow(/no sheet called "Gone"/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Pool"]);
    const rec = installExcelMock({
      sheets: ["Pool"],
      used: { address: "Pool!A1:C4", values, formulas },
    });
    await expect(officeWorkbook.shareCopies(["Pool", "Gone"], "x")).rejects.toThrow(
      /no sheet called “Gone” any more.*Nothing was copied/
    );
    expect(rec.copied).toEqual([]);
  });

  it("copies through Office.js in 2 syncs, writing values over the copy's POOL formulas", async () => {
    const rec = installExcelMock({
      sheets: ["Pool", "Pool (shared)"],
      used: { address: "Pool!A1:C4", values, formulas },
    });
    const copies = await officeWorkbook.shareCopies(["Pool"], "24/11/2026, 18:05");
    expect(copies).toEqual([{ from: "Pool", to: "Pool (2) (shared)", converted: 2 }]);
    expect(rec.syncs).toBe(2);
    expect(rec.copied).toEqual([{ from: "Pool", name: "Pool (2) (shared)" }]);
    const written = rec.writes.find(
      (w) => w.sheet === "Pool (2) (shared)" && w.address === "A1:C4"
    );
    expect(written?.formulas?.[1]).toEqual(["Swindon Borough Council", 20e6, 1e6]);
    expect(written?.formulas?.[3]).toEqual(["Total", "=SUM(B2:B3)", 1.4e6]);
    // The original sheet is never written to.
    expect(rec.writes.filter((w) => w.sheet === "Pool")).toEqual([]);
  });
});
