import { officeWorkbook } from "../../src/excel/officeWorkbook";
import { poolSheetPlan } from "../../src/excel/plans/poolSheet";
import { WorkbookError } from "../../src/excel/types";
import { fundingProfileExample } from "../../src/templates/fundingProfile";
import { resourceMapExample } from "../../src/templates/resourceMap";
import type { TemplateDef } from "../../src/templates/model";
import { asTemplateFile } from "../../src/taskpane/templateFiles";
import { installExcelMock, setApiSupport } from "./excelMock";
import { HERTS } from "./hertsPool";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";

const swindon = poolSheetPlan({
  name: "Swindon children's services",
  partners: [
    { name: "Swindon Borough Council", bodyType: "council", contribution: 20e6 },
    { name: "Swindon PCT", bodyType: "icb", contribution: 8e6 },
  ],
  host: 0,
  method: "proportional",
  power: "s75",
  year: "2025/26",
  period: "Quarter 2",
});

const templateFile = (def: TemplateDef) => asTemplateFile(def, async () => "UEsDBA==");

describe("Office.js gateway (office-addin-mock)", () => {
  it("inserts the funding profile in 3 syncs, with its chart, protection restored", async () => {
    const rec = installExcelMock({ sheets: ["Budget"], insertedNames: ["Funding profile"] });
    const def = fundingProfileExample();
    const names = await officeWorkbook.insertTemplate(templateFile(def));
    expect(names).toEqual(["Funding profile"]);
    expect(rec.syncs).toBe(3);
    expect(rec.inserted).toEqual(["UEsDBA=="]);
    expect(rec.charts).toEqual([
      {
        sheet: "Funding profile",
        type: "ColumnStacked",
        range: def.chart!.range,
        seriesBy: "Rows",
        title: "Funding by source and year",
        at: def.chart!.at,
      },
    ]);
    expect(rec.protection).toEqual(["unprotect Funding profile", "protect Funding profile"]);
    expect(rec.activated).toEqual(["Funding profile"]);
  });

  it("never overwrites: a clashing sheet becomes a numbered copy", async () => {
    const rec = installExcelMock({
      sheets: ["Guide", "Partners", "Map"],
      insertedNames: ["Guide (2)", "Partners (2)", "Streams", "Areas", "Map (2)", "Summary"],
    });
    const def = resourceMapExample();
    const names = await officeWorkbook.insertTemplate(templateFile(def));
    expect(names).toEqual(["Guide (2)", "Partners (2)", "Streams", "Areas", "Map (2)", "Summary"]);
    expect(Object.values(rec.renamed)).toEqual(names);
    expect(rec.syncs).toBe(3);
    expect(rec.charts).toEqual([]);
  });

  it("tells the user plainly when Excel is too old to insert templates, and does nothing", async () => {
    const rec = installExcelMock();
    setApiSupport(false);
    await expect(
      officeWorkbook.insertTemplate(templateFile(fundingProfileExample()))
    ).rejects.toThrow(/Excel API 1\.13.*Download \.xlsx/);
    expect(rec.syncs).toBe(0);
  });

  it("writes the Pool sheet in 2 syncs, under a new name if Pool exists", async () => {
    const rec = installExcelMock({ sheets: ["Pool", "pool (2)"], tables: ["PoolPartners"] });
    const name = await officeWorkbook.writeSheet(swindon);
    expect(name).toBe("Pool (3)");
    expect(rec.added).toEqual(["Pool (3)"]);
    expect(rec.syncs).toBe(2);
    expect(rec.tables).toEqual([{ sheet: "Pool (3)", range: "A15:E17", name: "PoolPartners_2" }]);
    expect(rec.names.map((n) => n.name)).toEqual([
      "Pool_Title",
      "Pool_Settings",
      "Pool_Partners",
      "Pool_Memorandum",
      "Pool_Year",
      "Pool_Period",
      "Pool_Total",
      "Pool_Variance",
      "Pool_Rule",
      "Pool_Contributions",
    ]);
    const live = rec.writes.find((w) => w.address === "G15:H18")!;
    expect(live.formulas![1]).toEqual([
      "=POOL.POOLSHARE($C$16:$C$17)",
      "=POOL.DEFICITSPLIT($B$7,$E$16:$E$17,$B$10,$D$16:$D$17,$B$9,$B$11)",
    ]);
    // The rule is a drop-down of the plain-words rules listed on the sheet; the period a list.
    expect(rec.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          address: "B10",
          rule: { list: { inCellDropDown: true, source: "=$L$5:$L$9" } },
        }),
        expect.objectContaining({
          address: "B5",
          rule: {
            list: {
              inCellDropDown: true,
              // Quarters, months and the year end: a list well under Excel's 255 characters.
              source:
                "Quarter 1,Quarter 2,Quarter 3,Quarter 4,Month 1,Month 2,Month 3,Month 4,Month 5,Month 6,Month 7,Month 8,Month 9,Month 10,Month 11,Month 12,Year end",
            },
          },
        }),
        expect.objectContaining({
          address: "B9",
          rule: { wholeNumber: { formula1: 1, formula2: 2, operator: "Between" } },
        }),
      ])
    );
    // Printable as it stands: A4 landscape at 80% (columns beyond the page run on, column A
    // and the title row repeated), a print area, header and footer.
    expect(rec.print.find((p) => p.sheet === "Pool (3)")).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { scale: 80 },
      area: "A1:J31",
      titleRows: "1:1",
      titleColumns: "A:A",
      headersFooters: {
        centerHeader: "Pool: Swindon children's services",
        centerFooter: "&P of &N",
      },
    });
    // Formatting-only blocks leave cells alone: null, never "".
    expect(
      rec.writes.filter((w) => w.formulas).every((w) => w.formulas!.flat().every((c) => c !== ""))
    ).toBe(true);
  });

  it("still writes the Pool sheet on Excel too old for drop-downs and page set-up", async () => {
    const rec = installExcelMock({ sheets: ["Sheet1"] });
    setApiSupport(false);
    expect(await officeWorkbook.writeSheet(swindon)).toBe("Pool");
    expect(rec.writes.some((w) => w.address === "G15:H18")).toBe(true);
    expect(rec.validations).toEqual([]);
    expect(rec.print.find((p) => p.sheet === "Pool")).toEqual({
      sheet: "Pool",
      headersFooters: {},
    });
    await expect(officeWorkbook.shareCopies(["Pool"], "now")).rejects.toThrow(
      /needs Excel API 1.10/
    );
  });

  it("keeps text a user typed from becoming a formula", async () => {
    const rec = installExcelMock();
    await officeWorkbook.writeSheet({
      baseName: "Notes",
      blocks: [{ at: "A1", cells: [['=HYPERLINK("http://x")', "+44 1234", 5]] }],
    });
    expect(rec.writes[0].formulas).toEqual([['\'=HYPERLINK("http://x")', "'+44 1234", 5]]);
  });

  it("reads the selection in 1 sync, with its sheet and address", async () => {
    const rec = installExcelMock({
      activeSheet: "Manchester",
      selection: { address: "A2:C4", values: [["NRF", "Funding stream", 50000]] },
    });
    expect(await officeWorkbook.readSelection()).toEqual({
      sheet: "Manchester",
      address: "A2:C4",
      values: [["NRF", "Funding stream", 50000]],
    });
    expect(rec.syncs).toBe(1);
  });

  it("writes the Pool and Monitoring sheets in 2 syncs, each naming the other as Excel named it", async () => {
    const rec = installExcelMock({ sheets: ["Pool"] });
    const plans = poolWorkbookPlans(HERTS);
    const names = await officeWorkbook.writeSheets(plans);
    expect(names).toEqual(["Pool (2)", "Monitoring"]);
    expect(rec.syncs).toBe(2);
    expect(rec.added).toEqual(["Pool (2)", "Monitoring"]);
    const b7 = rec.writes.find((w) => w.sheet === "Pool (2)" && w.address === "A4:B12");
    expect(b7?.formulas?.[3][1]).toBe("='Monitoring'!$B$13");
    const title = rec.writes.find((w) => w.sheet === "Monitoring" && w.address === "A1");
    expect(title?.formulas?.[0][0]).toBe(
      `="Monitoring: Joint commissioning, "&'Pool (2)'!$B$4&", "&'Pool (2)'!$B$5`
    );
  });

  it("draws the board report's chart, clustered columns by series in columns", async () => {
    const rec = installExcelMock({});
    await officeWorkbook.writeSheet(boardReportPlan(HERTS, 2, "'Pool'", "'Monitoring'"));
    expect(rec.charts).toEqual([
      {
        sheet: "Board report",
        type: "ColumnClustered",
        range: "N4:P8",
        seriesBy: "Columns",
        title: "Budget against forecast outturn by quarter",
        at: "F4:J20",
      },
    ]);
    expect(rec.syncs).toBe(2);
  });

  it("writes a quarter and the period in 2 syncs, and asks before replacing other figures", async () => {
    let rec = installExcelMock({
      ranges: {
        "Monitoring!C6:D7": [
          ["", ""],
          [100, ""],
        ],
      },
    });
    const writes = [
      {
        sheet: "Monitoring",
        at: "C6",
        values: [
          [4400000, 18500000],
          [2400000, 9900000],
        ],
        ask: true,
      },
      { sheet: "Pool", at: "B5", values: [["Quarter 1"]], ask: false },
    ];
    expect(await officeWorkbook.writeInputs(writes, false)).toEqual({
      written: false,
      occupied: ["C7"],
    });
    expect(rec.syncs).toBe(1);
    rec = installExcelMock({
      ranges: {
        "Monitoring!C6:D7": [
          ["", ""],
          [100, ""],
        ],
      },
    });
    expect(await officeWorkbook.writeInputs(writes, true)).toEqual({ written: true, occupied: [] });
    expect(rec.syncs).toBe(2);
  });

  it("reads a spilled cell's formula and every range it refers to in 2 syncs", async () => {
    const formula = "=POOL.DEFICITSPLIT($B$7,$E$16:$E$17)";
    const rec = installExcelMock({
      activeCell: {
        address: "'Pool (2)'!H17",
        formulas: [[""]],
        values: [[514285.71]],
        spillParent: { address: "'Pool (2)'!H16", formulas: [[formula]] },
      },
      ranges: {
        "Pool (2)!B7": [[1800000]],
        "Pool (2)!E16:E17": [[20000000], [8000000]],
        "Pool (2)!A16:A17": [["Swindon Borough Council"], ["Swindon PCT"]],
      },
    });
    const src = await officeWorkbook.readFormulaSource();
    expect(rec.syncs).toBe(2);
    expect(src).toEqual({
      sheet: "Pool (2)",
      anchor: "H16",
      address: "H17",
      formula,
      offset: { row: 1, col: 0 },
      shown: 514285.71,
      inputs: [
        { sheet: "Pool (2)", address: "B7", values: [[1800000]] },
        { sheet: "Pool (2)", address: "E16:E17", values: [[20000000], [8000000]] },
        {
          sheet: "Pool (2)",
          address: "A16:A17",
          values: [["Swindon Borough Council"], ["Swindon PCT"]],
        },
      ],
    });
  });

  it("reads a cell with no formula in 1 sync", async () => {
    const rec = installExcelMock({
      activeCell: { address: "Pool!A1", formulas: [["Title"]], values: [["Title"]] },
    });
    expect((await officeWorkbook.readFormulaSource()).inputs).toEqual([]);
    expect(rec.syncs).toBe(1);
  });

  it("adds a note in 2 syncs, and keeps a note already there unless told to replace it", async () => {
    let rec = installExcelMock({});
    expect(await officeWorkbook.writeNote("Pool", "H17", "Working", false)).toEqual({
      written: true,
    });
    expect(rec.notes).toEqual([
      { sheet: "Pool", address: "H17", text: "Working", replaced: false },
    ]);
    expect(rec.syncs).toBe(2);

    rec = installExcelMock({ notes: { "Pool!H17": "Agreed at board" } });
    expect(await officeWorkbook.writeNote("Pool", "H17", "Working", false)).toEqual({
      written: false,
      existing: "Agreed at board",
    });
    expect(rec.notes).toEqual([]);
    expect(await officeWorkbook.writeNote("Pool", "H17", "Working", true)).toEqual({
      written: true,
    });
    expect(rec.notes).toEqual([{ sheet: "Pool", address: "H17", text: "Working", replaced: true }]);
  });

  it("says plainly when Excel is too old for notes", async () => {
    installExcelMock({});
    setApiSupport(false);
    await expect(officeWorkbook.writeNote("Pool", "H17", "x", false)).rejects.toThrow(
      /needs a newer Excel .*Copy it instead/
    );
  });

  it("reads a sheet's used range and its names in 1 sync, and an empty sheet as empty", async () => {
    let rec = installExcelMock({
      activeSheet: "Budget",
      // Where Excel has moved them; a name whose rows were deleted is #REF! and left out.
      names: {
        Budget: {
          Pool_Partners: "='Budget'!$A$16:$H$21",
          Pool_Year: "=Budget!$B$5",
          Pool_Gone: "=#REF!",
        },
      },
      used: {
        address: "Budget!B2:C3",
        values: [
          [1, 2],
          [3, 4],
        ],
        formulas: [
          [1, 2],
          [3, "=A1"],
        ],
      },
    });
    expect(await officeWorkbook.readSheet()).toEqual({
      sheet: "Budget",
      origin: "B2",
      values: [
        [1, 2],
        [3, 4],
      ],
      formulas: [
        [1, 2],
        [3, "=A1"],
      ],
      names: { Pool_Partners: "A16:H21", Pool_Year: "B5" },
    });
    expect(rec.syncs).toBe(1);
    rec = installExcelMock({ activeSheet: "Empty", used: null });
    expect(await officeWorkbook.readSheet()).toEqual({
      sheet: "Empty",
      origin: "A1",
      values: [],
      formulas: [],
      names: {},
    });
  });

  it("goes to a cell in 1 sync", async () => {
    const rec = installExcelMock();
    await officeWorkbook.select("Budget", "C8");
    expect(rec.selected).toEqual(["Budget!C8"]);
    expect(rec.syncs).toBe(1);
  });

  it("turns an Office.js error into a readable message", async () => {
    installExcelMock();
    (globalThis as unknown as { Excel: { run: unknown } }).Excel.run = async () => {
      throw Object.assign(new Error("RichApi.Error at x.js:1"), { code: "AccessDenied" });
    };
    const failure = officeWorkbook.writeSheet(swindon);
    await expect(failure).rejects.toBeInstanceOf(WorkbookError);
    await expect(failure).rejects.toThrow(/protected/);
  });
});
