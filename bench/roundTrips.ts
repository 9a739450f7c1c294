import { alignVsPool } from "../src/core";
import { officeWorkbook } from "../src/excel/officeWorkbook";
import { decisionSheetPlan } from "../src/excel/plans/decisionSheet";
import { boardReportPlan } from "../src/excel/plans/boardReport";
import { poolWorkbookPlans } from "../src/excel/plans/poolWorkbook";
import { statementSheetPlan } from "../src/excel/plans/statementSheet";
import { asTemplateFile } from "../src/taskpane/templateFiles";
import { TEMPLATE_BUILDERS } from "../src/templates/catalog";
import { installExcelMock } from "../test/excel/excelMock";

export interface RoundTrip {
  action: string;
  syncs: number;
}

/** context.sync() calls per user action, counted on office-addin-mock's Excel object model. */
export async function roundTripBench(): Promise<RoundTrip[]> {
  const out: RoundTrip[] = [];
  const count = async (
    action: string,
    opts: Parameters<typeof installExcelMock>[0],
    run: () => Promise<unknown>
  ) => {
    const rec = installExcelMock(opts);
    await run();
    out.push({ action, syncs: rec.syncs });
  };
  for (const build of TEMPLATE_BUILDERS) {
    const def = build();
    const sheetNames = def.sheets.map((s) => s.name);
    await count(
      `insert template: ${def.id}`,
      { sheets: sheetNames, insertedNames: sheetNames.map((s) => `${s} (2)`) },
      () => officeWorkbook.insertTemplate(asTemplateFile(def, async () => "UEsDBA=="))
    );
  }
  const setup = {
    name: "Manchester income maximisation",
    partners: [
      { name: "Neighbourhood Renewal Fund", contribution: 50000 },
      { name: "Manchester City Council", contribution: 70000 },
      { name: "PCTs", contribution: 75500 },
    ],
    host: 1,
    method: "proportional" as const,
    year: "2025/26",
    period: "Quarter 2",
  };
  await count("set up pool (Pool and Monitoring sheets)", { sheets: ["Pool"] }, () =>
    officeWorkbook.writeSheets(poolWorkbookPlans(setup))
  );
  const pool = poolWorkbookPlans(setup);
  await count(
    "monitor: open pool",
    {
      used: {
        address: "Monitoring!A1:B1",
        values: [["", ""]],
        formulas: [[pool[1].blocks[0].cells[0][0] as never, ""]],
      },
    },
    () => officeWorkbook.readSheet("Monitoring").then(() => officeWorkbook.readSheet("Pool"))
  );
  await count("monitor: write a quarter and the period", {}, () =>
    officeWorkbook.writeInputs(
      [
        { sheet: "Monitoring", at: "C6", values: [[1, 2]], ask: true },
        { sheet: "Pool", at: "B5", values: [["Quarter 1"]], ask: false },
      ],
      false
    )
  );
  await count("monitor: partner statements", {}, () =>
    officeWorkbook.writeSheets(setup.partners.map((_, i) => statementSheetPlan(setup, i, "'Pool'")))
  );
  await count("monitor: board report", {}, () =>
    officeWorkbook.writeSheet(boardReportPlan(setup, 1, "'Pool'", "'Monitoring'"))
  );
  await count("monitor: start next year", { sheets: ["Pool", "Monitoring"] }, () =>
    officeWorkbook.writeSheets(
      poolWorkbookPlans({ ...setup, year: "2026/27" }, undefined, " 2026-27")
    )
  );
  const answers = ["pool", "pool", "pool", "", "pool", "", "", "pool"] as const;
  await count("record align-or-pool decision", {}, () =>
    officeWorkbook.writeSheet(
      decisionSheetPlan([...answers], alignVsPool([...answers].map((a) => a || null)), {
        partnership: "Health",
      })
    )
  );
  await count(
    "prepare to share",
    {
      sheets: ["Pool"],
      used: {
        address: "Pool!A1:B1",
        values: [["Share", 0.5]],
        formulas: [["Share", "=POOL.POOLSHARE(C1:C2)"]],
      },
    },
    () => officeWorkbook.shareCopies(["Pool"], "24/11/2026, 18:00")
  );
  await count("check workbook: list sheets", { sheets: ["Budget", "Pool"] }, () =>
    officeWorkbook.sheetNames()
  );
  await count(
    "check workbook: scan sheet",
    {
      used: {
        address: "Budget!A1:B2",
        values: [
          ["a", 1],
          ["Total", 1],
        ],
        formulas: [
          ["a", 1],
          ["Total", 1],
        ],
      },
    },
    () => officeWorkbook.readSheet("Budget")
  );
  await count("go to cell", {}, () => officeWorkbook.select("Budget", "B2"));
  await count(
    "use selected cells",
    { selection: { address: "A2:C4", values: [["x", 1, 2]] } },
    () => officeWorkbook.readSelection()
  );
  await count(
    "explain this figure",
    {
      activeCell: {
        address: "Pool!H17",
        formulas: [[""]],
        values: [[514285.71]],
        spillParent: { address: "Pool!H16", formulas: [["=POOL.DEFICITSPLIT($B$7,$E$16:$E$17)"]] },
      },
    },
    () => officeWorkbook.readFormulaSource()
  );
  await count("explain this figure: put in a note", {}, () =>
    officeWorkbook.writeNote("Pool", "H17", "Working", false)
  );
  return out;
}
