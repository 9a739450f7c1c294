import { readFileSync } from "node:fs";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { poolSheetPlan } from "../../src/excel/plans/poolSheet";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { decisionSheetPlan } from "../../src/excel/plans/decisionSheet";
import {
  uniqueSheetName,
  uniqueSheetNames,
  cleanSheetName,
  splitQualified,
} from "../../src/excel/names";
import { alignVsPool, METHOD_LABELS, questionsFor, SPLIT_METHODS } from "../../src/core";
import { expand } from "../../src/core/a1";
import { fundingProfileExample } from "../../src/templates/fundingProfile";
import { workbookBuffer } from "../../src/templates/xlsxWriter";
import { asTemplateFile } from "../../src/taskpane/templateFiles";

describe("sheet names", () => {
  it("numbers a clash the way Excel does, ignoring case", () => {
    expect(uniqueSheetName("Pool", ["Sheet1"])).toBe("Pool");
    expect(uniqueSheetName("Pool", ["pool", "Pool (2)"])).toBe("Pool (3)");
    expect(uniqueSheetNames(["Guide", "Guide"], ["Guide"])).toEqual(["Guide (2)", "Guide (3)"]);
  });

  it("keeps names within Excel's rules", () => {
    expect(cleanSheetName("Q1/Q2: [draft]?")).toBe("Q1 Q2 draft");
    expect(uniqueSheetName("A".repeat(40), ["A".repeat(31)])).toBe(`${"A".repeat(27)} (2)`);
  });

  it("splits a sheet-qualified address", () => {
    expect(splitQualified("'Bob''s sheet'!A1:B2")).toEqual({
      sheet: "Bob's sheet",
      address: "A1:B2",
    });
  });
});

describe("in-memory workbook", () => {
  const swindon = {
    name: "Swindon children's services",
    partners: [
      { name: "Swindon Borough Council", bodyType: "council" as const, contribution: 20e6 },
      { name: "Swindon PCT", bodyType: "icb" as const, contribution: 8e6 },
    ],
    host: 0,
    method: "capped" as const,
    power: "s75" as const,
    year: "2025/26",
    period: "Quarter 2",
  };

  it("holds the Pool sheet's table, live formulas and memorandum", async () => {
    const wb = new MemoryWorkbook([{ name: "Pool", rows: [["existing"]] }]);
    const name = await wb.writeSheet(poolSheetPlan(swindon));
    expect(name).toBe("Pool (2)");
    expect(wb.cell("Pool", "A1")?.value).toBe("existing");
    const L = poolLayout(2);
    expect(wb.cell(name, `A${L.first}`)?.value).toBe("Swindon Borough Council");
    expect(wb.cell(name, `C${L.first + 1}`)?.value).toBe(8e6);
    expect(wb.cell(name, L.share)?.formula).toBe("=POOL.POOLSHARE($C$16:$C$17)");
    expect(wb.cell(name, L.split)?.formula).toBe(
      "=POOL.DEFICITSPLIT($B$7,$E$16:$E$17,$B$10,$D$16:$D$17,$B$9,$B$11)"
    );
    expect(wb.sheet(name).tables).toEqual([{ name: "PoolPartners", range: "A15:E17" }]);
  });

  it("starts with no invented variance: the cell is blank and labelled as the figure to enter", async () => {
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(poolSheetPlan(swindon));
    const L = poolLayout(2);
    expect(wb.cell(name, L.variance)).toBeUndefined();
    expect(wb.cell(name, "A7")?.value).toMatch(/^Variance for the year to enter/);
    // Nor are any memorandum figures filled in for the host.
    for (const a of [L.income, L.expenditure, L.assets, L.liabilities])
      expect(wb.cell(name, a)).toBeUndefined();
  });

  it("puts the financial year and period on the sheet, in the title and the memorandum", async () => {
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(poolSheetPlan(swindon));
    const L = poolLayout(2);
    expect(wb.cell(name, L.year)?.value).toBe("2025/26");
    expect(wb.cell(name, L.period)?.value).toBe("Quarter 2");
    expect(wb.cell(name, "A1")?.formula).toBe(
      `="Pool: Swindon children's services, "&$B$4&", "&$B$5`
    );
    expect(wb.cell(name, `A${L.memo}`)?.formula).toBe(`="Memorandum of accounts, "&$B$4&", "&$B$5`);
    expect(wb.sheet(name).print).toMatchObject({ orientation: "landscape", area: "A1:J31" });
  });

  it("makes the rule a drop-down of the rules in plain words, which the split formula reads", async () => {
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(poolSheetPlan({ ...swindon, method: "host" }));
    const L = poolLayout(2);
    expect(wb.cell(name, L.rule)?.value).toBe("Host bears it all");
    expect(wb.sheet(name).validations).toContainEqual({ range: L.rule, listFrom: L.ruleList });
    const listed = expand(L.ruleList.replace(/\$/g, "")).map((a) => wb.cell(name, a)?.value);
    expect(listed).toEqual(SPLIT_METHODS.map((m) => METHOD_LABELS[m]));
    expect(wb.cell(name, L.ruleText)?.formula).toBe(
      `=INDEX(${L.ruleTexts},MATCH($B$10,${L.ruleList},0))`
    );
  });

  it("ties the memorandum's over/(under)spend to the partners table's split, and expenditure to both", async () => {
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(poolSheetPlan(swindon));
    const L = poolLayout(2);
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map(
        (c) => wb.cell(name, `${c}${r}`)?.value ?? wb.cell(name, `${c}${r}`)?.formula ?? null
      );
    expect(row(L.memoHead)).toEqual([
      "Partner",
      "Balance brought forward",
      "Contributions received",
      "Share of other income",
      "Spending within budget",
      "Over/(under)spend (agreed rule)",
      "Share of expenditure",
      "Balance carried forward",
      "Share of assets",
      "Share of liabilities",
    ]);
    const second = L.memoFirst + 1;
    expect(row(second)).toEqual([
      `=A${L.first + 1}`,
      null,
      null,
      null,
      null,
      `=H${L.first + 1}`,
      `=ROUND(E${second}+F${second},2)`,
      `=ROUND(N(B${second})+N(C${second})+D${second}-G${second},2)`,
      null,
      null,
    ]);
    expect(wb.cell(name, `E${L.memoFirst}`)?.formula).toBe(
      `=POOL.POOLSHARE($C$16:$C$17,N($B$23)-N($B$7))`
    );
    expect(wb.cell(name, `A${L.memoTotal}`)?.value).toBe("Total");
    expect(wb.cell(name, `H${L.memoTotal}`)?.formula).toBe(`=SUM($H$28:$H$29)`);
  });

  it("inserts a real template file, numbering clashing sheets", async () => {
    const def = fundingProfileExample();
    const base64 = (await workbookBuffer(def)).toString("base64");
    const wb = new MemoryWorkbook([{ name: "Funding profile", rows: [["mine"]] }]);
    const names = await wb.insertTemplate(asTemplateFile(def, async () => base64));
    expect(names).toEqual(["Funding profile (2)"]);
    expect(wb.cell("Funding profile", "A1")?.value).toBe("mine");
    expect(wb.cell(names[0], "A5")?.value).toBe("Neighbourhood Renewal Fund");
    expect(wb.cell(names[0], "B8")?.formula).toBe("=SUBTOTAL(109,FundingSources[10/02-03/03])");
    expect(wb.sheet(names[0]).tables.map((t) => t.name)).toEqual(["FundingSources"]);
    expect(wb.sheet(names[0]).charts).toEqual([
      {
        type: "ColumnStacked",
        range: "A4:E7",
        title: "Funding by source and year",
        at: def.chart!.at,
      },
    ]);
  });

  it("refuses a file that does not hold the template's sheets", async () => {
    const base64 = readFileSync(__filename).toString("base64");
    const wb = new MemoryWorkbook();
    await expect(
      wb.insertTemplate({ id: "x", title: "x", sheetNames: ["Guide"], load: async () => base64 })
    ).rejects.toThrow();
    expect(wb.sheets).toEqual([]);
  });

  it("reads the selection and used range as Excel would", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "Budget",
        rows: [
          [null, null],
          [null, "Council", 70000],
          [null, "PCTs", "=B2*2"],
        ],
      },
    ]);
    wb.selectRange("Budget", "B2:C3");
    expect(await wb.readSelection()).toEqual({
      sheet: "Budget",
      address: "B2:C3",
      values: [
        ["Council", 70000],
        ["PCTs", ""],
      ],
    });
    expect(await wb.readSheet("Budget")).toEqual({
      sheet: "Budget",
      origin: "B2",
      values: [
        ["Council", 70000],
        ["PCTs", ""],
      ],
      formulas: [
        ["Council", 70000],
        ["PCTs", "=B2*2"],
      ],
      names: {},
    });
  });

  it("records the align-or-pool decision with a live ALIGNVSPOOL formula and the checklist", async () => {
    const answers = ["pool", "pool", "pool", "pool", "pool", "", "", "pool"] as const;
    const result = alignVsPool([...answers].map((a) => a || null));
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(
      decisionSheetPlan([...answers], result, {
        partnership: "Health and social care",
        settled: { [questionsFor("POOL")[0].question]: true },
      })
    );
    expect(name).toBe("Align or pool");
    expect(wb.cell(name, "D7")?.value).toBe("pool");
    expect(wb.cell(name, "A17")?.formula).toBe("=POOL.ALIGNVSPOOL(D7:D14,,TRUE)");
    expect(wb.cell(name, "B18")?.value).toBe("POOL");
    const texts = [...wb.sheet(name).cells.values()].map((c) => c.value);
    // The Table 12 ticks are saved as ticked: the first question Yes, the rest No.
    const questions = questionsFor("POOL").map((q) => q.question);
    const settledColumn = [...wb.sheet(name).cells.entries()]
      .filter(([, c]) => questions.includes(c.value as string))
      .map(([address, c]) => [c.value, wb.cell(name, address.replace(/^A/, "D"))?.value]);
    expect(settledColumn).toEqual(questions.map((q, i) => [q, i === 0 ? "Yes" : "No"]));
    expect(texts).toContainEqual(
      expect.stringMatching(/^The score is this add-in's own rule, not the Audit Commission's/)
    );
    expect(texts).toContain("Which partner is the named accountable host?");
    expect(texts).not.toContain("How are contributions varied?");
  });

  it("passes the statutory power to the sheet's ALIGNVSPOOL, so test 3 can rule pooling out", async () => {
    const answers = ["pool", "pool", "align", "pool", "pool", "pool", "pool", "pool"] as const;
    const result = alignVsPool([...answers], undefined, { statutory: true });
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(
      decisionSheetPlan([...answers], result, { partnership: "Youth", statutory: true })
    );
    expect(wb.cell(name, "A17")?.formula).toBe("=POOL.ALIGNVSPOOL(D7:D14,,TRUE,TRUE)");
    expect(wb.cell(name, "B18")?.value).toBe("ALIGN");
  });
});

describe("in-memory workbook: what Explain this figure reads", () => {
  const seeded = () =>
    new MemoryWorkbook([
      {
        name: "Split",
        rows: [
          ["Partner", "Contribution", "Part"],
          ["Swindon Borough Council", 20000000, "=POOL.DEFICITSPLIT(Inputs!A1,B2:B3)"],
          ["Swindon PCT", 8000000, null],
        ],
      },
      { name: "Inputs", rows: [[1800000]] },
    ]);

  it("takes an empty cell under a POOL formula as part of its spill, and reads every range", async () => {
    const wb = seeded();
    wb.selectRange("Split", "C3");
    expect(await wb.readFormulaSource()).toEqual({
      sheet: "Split",
      anchor: "C2",
      address: "C3",
      formula: "=POOL.DEFICITSPLIT(Inputs!A1,B2:B3)",
      offset: { row: 1, col: 0 },
      shown: null,
      inputs: [
        { sheet: "Inputs", address: "A1", values: [[1800000]] },
        { sheet: "Split", address: "B2:B3", values: [[20000000], [8000000]] },
        {
          sheet: "Split",
          address: "A2:A3",
          values: [["Swindon Borough Council"], ["Swindon PCT"]],
        },
      ],
    });
  });

  it("gives a cell holding a value no formula", async () => {
    const wb = seeded();
    wb.selectRange("Split", "B3");
    const src = await wb.readFormulaSource();
    expect(src.formula).toBe("");
    expect(src.inputs).toEqual([]);
  });

  it("keeps a note a cell already has unless told to replace it", async () => {
    const wb = seeded();
    expect(await wb.writeNote("Split", "C3", "First", false)).toEqual({ written: true });
    expect(await wb.writeNote("Split", "C3", "Second", false)).toEqual({
      written: false,
      existing: "First",
    });
    expect(wb.sheet("Split").notes.get("C3")).toBe("First");
    expect(await wb.writeNote("Split", "C3", "Second", true)).toEqual({ written: true });
    expect(wb.sheet("Split").notes.get("C3")).toBe("Second");
  });
});

describe("in-memory workbook: the Pool sheet explained in the preview", () => {
  it("works out the plain formulas a POOL formula reads, so the preview can explain it", async () => {
    const wb = new MemoryWorkbook();
    const name = await wb.writeSheet(
      poolSheetPlan({
        name: "Income maximisation",
        partners: [
          { name: "Neighbourhood Renewal Fund", bodyType: "funding-stream", contribution: 50000 },
          { name: "Manchester City Council", bodyType: "council", contribution: 70000 },
          { name: "PCTs", bodyType: "icb", contribution: 75500 },
        ],
        host: 1,
        method: "proportional",
        power: "s75",
        year: "2005/06",
        period: "Year end",
      })
    );
    wb.sheet(name).cells.set("B7", { value: 20000 });
    wb.selectRange(name, "H18");
    const src = await wb.readFormulaSource();
    expect(src.anchor).toBe("H16");
    expect(src.inputs.find((x) => x.address === "E16:E18")?.values).toEqual([
      [0],
      [70000],
      [75500],
    ]);
    expect(src.inputs.find((x) => x.address === "B10")?.values).toEqual([
      ["In proportion to contributions"],
    ]);
  });
});

describe("in-memory workbook: the Monitoring sheet's split explained in the preview", () => {
  it("works out the forecast variance and the partners' figures across sheets", async () => {
    const { poolWorkbookPlans } = await import("../../src/excel/plans/poolWorkbook");
    const { monitoringLayout } = await import("../../src/excel/plans/monitoringSheet");
    const { explainFormula } = await import("../../src/functions/explainFormula");
    const wb = new MemoryWorkbook();
    const setup = {
      name: "Joint commissioning",
      partners: [
        { name: "Council", bodyType: "council" as const, contribution: 20000000 },
        { name: "ICB", bodyType: "icb" as const, contribution: 8000000 },
      ],
      host: 0,
      method: "proportional" as const,
      year: "2025/26",
      period: "Quarter 2",
    };
    await wb.writeSheets(poolWorkbookPlans(setup, [{ name: "Intermediate care", budget: 28e6 }]));
    const M = monitoringLayout(1, 2);
    wb.sheet("Monitoring").cells.set(`${M.forecastCol(1)}${M.first}`, { value: 29000000.01 });
    wb.selectRange("Monitoring", `C${M.splitFirst + 1}`);
    const r = explainFormula(await wb.readFormulaSource());
    expect(r.ok && r.explanation.summary).toBe(
      "ICB funds £285,714.29 of the £1,000,000.01 overspend."
    );
  });
});
