import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { alignVsPool, agreementSchedule, METHOD_DESCRIPTIONS } from "../../src/core";
import type { PoolSetup } from "../../src/core";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { officeWorkbook } from "../../src/excel/officeWorkbook";
import { agreementSheetPlan } from "../../src/excel/plans/agreementSheet";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { decisionSheetPlan } from "../../src/excel/plans/decisionSheet";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { statementSheetPlan } from "../../src/excel/plans/statementSheet";
import { ledgerSheetPlan } from "../../src/excel/plans/ledgerSheet";
import { ledgerStatementPlan } from "../../src/excel/plans/ledgerStatement";
import { ledgerBalancesPlan } from "../../src/excel/plans/ledgerBalances";
import { BCF, BCF_BANDED } from "../core/ledger/bcfPool";
import type { SheetPlan } from "../../src/excel/types";
import { TEMPLATE_BUILDERS } from "../../src/templates/catalog";
import { workbookBuffer } from "../../src/templates/xlsxWriter";
import { installExcelMock } from "../excel/excelMock";
import JSZip from "jszip";
import { saveXlsx } from "../../src/excel/memory/saveXlsx";
import {
  definedNameProblems,
  headerFooterProblems,
  overlapsAmong,
  sheetNameProblems,
  validationOverlaps,
} from "./xlsxRules";

/** A pool whose names carry everything Excel treats specially. */
const TRICKY: PoolSetup = {
  name: "H&F and B&NES",
  partners: [
    { name: "Hertfordshire County Council", bodyType: "council", contribution: 20e6 },
    { name: "Hertfordshire County NHS Trust", bodyType: "nhs-trust", contribution: 8e6 },
    { name: "'Quoted'", bodyType: "council", contribution: 1e6 },
    { name: "Brent & Harrow [North]: Q1/Q2?", bodyType: "council", contribution: 1e6 },
  ],
  host: 0,
  method: "proportional",
  power: "s75",
  year: "2025/26",
  period: "Quarter 2",
};

function everyPlan(): SheetPlan[] {
  const answers = ["pool", "pool", "pool", "pool", "pool", "", "", "pool"] as const;
  const schedule = agreementSchedule(
    "POOL",
    {},
    {
      name: TRICKY.name,
      partners: TRICKY.partners,
      host: 0,
      ruleLabel: "In proportion to contributions",
      ruleDescription: METHOD_DESCRIPTIONS.proportional,
      year: "2025/26",
    }
  );
  return [
    ...poolWorkbookPlans(TRICKY, [
      { name: "Intermediate care", budget: 18e6 },
      { name: "Community equipment", budget: 12e6 },
    ]),
    ...TRICKY.partners.map((_, i) => statementSheetPlan(TRICKY, i, "'Pool'")),
    boardReportPlan(TRICKY, 2, "'Pool'", "'Monitoring'"),
    decisionSheetPlan([...answers], alignVsPool([...answers].map((a) => a || null)), {
      partnership: TRICKY.name,
    }),
    agreementSheetPlan(schedule, TRICKY.name),
    ledgerSheetPlan(BCF, "Quarter 2"),
    ledgerSheetPlan(BCF_BANDED, "Year end", "Ledger banded"),
    ...BCF.partners.map((_, i) => ledgerStatementPlan(BCF, i, "'Ledger'")),
    ledgerBalancesPlan(BCF, "'Ledger'"),
  ];
}

describe("data validations Excel opens without repairing", () => {
  it("every typed drop-down list is one Excel can hold: no item with a comma, 255 characters at most", () => {
    const problems = everyPlan().flatMap((plan) =>
      (plan.validations ?? []).flatMap((v) =>
        "list" in v && (v.list.some((item) => item.includes(",")) || v.list.join(",").length > 255)
          ? [`${plan.baseName} ${v.range}: ${v.list.join(" | ")}`]
          : []
      )
    );
    expect(problems).toEqual([]);
  });

  it.each(TEMPLATE_BUILDERS.map((b) => [b().id, b]))(
    "template %s has no two validations on the same cells",
    async (_, build) => {
      expect(await validationOverlaps(await workbookBuffer(build()))).toEqual([]);
    }
  );

  it("the built template files in generated/ have none either, and their print areas are absolute", async () => {
    const dir = join(__dirname, "..", "..", "generated", "templates");
    if (!existsSync(dir))
      throw new Error("generated/templates is missing: run `npm run templates` first.");
    const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBe(TEMPLATE_BUILDERS.length);
    for (const f of files) {
      expect(await validationOverlaps(readFileSync(join(dir, f)))).toEqual([]);
      expect(await definedNameProblems(readFileSync(join(dir, f)))).toEqual([]);
    }
  });

  it("no sheet plan puts two validations on the same cells, as written through Office.js", async () => {
    for (const plan of everyPlan()) {
      expect(overlapsAmong((plan.validations ?? []).map((v) => v.range))).toEqual([]);
    }
    const rec = installExcelMock({ sheets: ["Sheet1"] });
    await officeWorkbook.writeSheets(everyPlan());
    const bySheet = new Map<string, string[]>();
    for (const v of rec.validations)
      bySheet.set(v.sheet, [...(bySheet.get(v.sheet) ?? []), v.address]);
    expect(rec.validations.length).toBeGreaterThan(3);
    for (const [sheet, ranges] of bySheet)
      expect([sheet, overlapsAmong(ranges)]).toEqual([sheet, []]);
  });

  it("no merged cells overlap each other or a table, which Excel would repair", () => {
    const plans = everyPlan();
    expect(plans.some((p) => (p.merges ?? []).length > 0)).toBe(true);
    for (const plan of plans) {
      const ranges = [...(plan.merges ?? []), ...(plan.tables ?? []).map((t) => t.range)];
      expect([plan.baseName, overlapsAmong(ranges)]).toEqual([plan.baseName, []]);
    }
  });

  it("the check itself finds overlapping ranges", () => {
    expect(overlapsAmong(["B10:B19", "B4:B19"])).toEqual(["B10:B19 and B4:B19"]);
    expect(overlapsAmong(["A1:A3 C1", "B1:B3"])).toEqual([]);
  });
});

describe("defined names Excel reads as meant", () => {
  it.each(TEMPLATE_BUILDERS.map((b) => [b().id, b]))(
    "template %s: print areas absolute and scoped to their sheets",
    async (_, build) => {
      const bytes = await workbookBuffer(build());
      expect(await definedNameProblems(bytes)).toEqual([]);
      expect(await workbookXml(bytes)).toMatch(
        /<definedName name="_xlnm.Print_Area" localSheetId="0">'[^']+'!\$A\$1:\$[A-Z]+\$\d+</
      );
    }
  );

  it("every sheet the add-in writes, saved from the preview: names, print areas and titles, even on 'Quoted' sheets", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(everyPlan());
    const bytes = await saveXlsx(wb);
    expect(await definedNameProblems(bytes)).toEqual([]);
    const xml = await workbookXml(bytes);
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${wb.sheets.findIndex((s) => s.name === "Ledger")}">'Ledger'!$A:$A,'Ledger'!$1:$1</definedName>`
    );
    expect(xml).toMatch(/'Statement ''Quoted'!\$A\$1:\$[A-Z]+\$\d+/);
  });

  it("the check itself finds a half-relative print area, an unscoped one and a missing sheet", async () => {
    const zip = new JSZip();
    zip.file(
      "xl/workbook.xml",
      `<workbook><sheets><sheet name="Ledger" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
        `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Ledger&apos;!$A1:$N83</definedName>` +
        `<definedName name="_xlnm.Print_Area">Ledger!$A$1:$B$2</definedName>` +
        `<definedName name="Pool_Title">&apos;Pool&apos;!$A$1</definedName></definedNames></workbook>`
    );
    expect(await definedNameProblems(await zip.generateAsync({ type: "uint8array" }))).toEqual([
      "_xlnm.Print_Area: 'Ledger'!$A1:$N83 is not absolute",
      "_xlnm.Print_Area: Ledger!$A$1:$B$2 is not scoped to its sheet",
      "Pool_Title: no sheet 'Pool'",
    ]);
  });
});

async function workbookXml(bytes: Uint8Array | Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return xml.replace(/&apos;/g, "'");
}

describe("headers and footers", () => {
  it("escape every name, so 'H&F and B&NES' prints as written", () => {
    const prints = everyPlan().flatMap((p) => (p.print ? [p.print] : []));
    expect(prints.length).toBeGreaterThan(5);
    for (const p of prints) {
      expect(headerFooterProblems(p.header)).toEqual([]);
      expect(headerFooterProblems(p.footer)).toEqual([]);
    }
    expect(prints[0].header).toBe("Pool: H&&F and B&&NES");
  });

  it("the check itself finds a stray ampersand", () => {
    expect(headerFooterProblems("Pool: Brent & Harrow")).toHaveLength(1);
    expect(headerFooterProblems("&P of &N")).toEqual([]);
  });
});

describe("sheet names", () => {
  it("every sheet the add-in writes obeys Excel's rules, partners apart by more than (2)", async () => {
    const wb = new MemoryWorkbook();
    const names = await wb.writeSheets(everyPlan());
    for (const n of names) expect([n, sheetNameProblems(n)]).toEqual([n, []]);
    const statements = names.filter((n) => n.startsWith("Statement"));
    expect(statements).toEqual([
      "Statement Hertfordshire…Council",
      "Statement Hertfordshire…Trust",
      "Statement 'Quoted",
      "Statement Brent & Harrow North",
      "Statement Northshire ICB",
      "Statement Northshire County",
    ]);
    expect(names.some((n) => /\(2\)$/.test(n))).toBe(false);
  });

  it("a shared copy of a long sheet always says (shared), with no trailing space", async () => {
    const wb = new MemoryWorkbook();
    const [statement] = await wb.writeSheets([statementSheetPlan(TRICKY, 0, "'Pool'")]);
    const [copy] = await wb.shareCopies([statement], "x");
    expect(copy.to).toMatch(/ \(shared\)$/);
    expect(sheetNameProblems(copy.to)).toEqual([]);
  });

  it("a partner named 'Quoted' reads back as written", async () => {
    const wb = new MemoryWorkbook();
    const [pool] = await wb.writeSheets(poolWorkbookPlans(TRICKY));
    const cells = [...wb.sheet(pool).cells.values()].map((c) => c.value);
    expect(cells).toContain("'Quoted'");
    const rec = installExcelMock({ sheets: ["Sheet1"] });
    await officeWorkbook.writeSheets(poolWorkbookPlans(TRICKY));
    // Through Office.js the text goes with Excel's text marker, which Excel does not show.
    const written = rec.writes.flatMap((w) => (w.formulas ?? []).flat());
    expect(written).toContain("''Quoted'");
  });
});
