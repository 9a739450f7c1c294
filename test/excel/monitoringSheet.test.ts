import { forecastVariance, SchemeFigures } from "../../src/core";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { monitoringSheetPlan } from "../../src/excel/plans/monitoringSheet";
import { poolSheetPlan } from "../../src/excel/plans/poolSheet";
import { sheetRef } from "../../src/excel/plans/sheetRefs";
import { HERTS, poolWithMonitoring, SCHEMES, TWO_QUARTERS } from "./hertsPool";
import { CalculatedBook } from "./hyperBook";

describe("the Monitoring sheet written beside the Pool sheet", () => {
  it("is named and cross-referenced with the names the sheets were given", async () => {
    const wb = new MemoryWorkbook([{ name: "Pool", rows: [["taken"]] }]);
    const names = await wb.writeSheets([
      poolSheetPlan(HERTS, { variance: `=${sheetRef("Monitoring")}!$B$14` }),
      monitoringSheetPlan(HERTS, SCHEMES, sheetRef("Pool")),
    ]);
    expect(names).toEqual(["Pool (2)", "Monitoring"]);
    expect(wb.cell("Pool (2)", "B7")?.formula).toBe("='Monitoring'!$B$14");
    expect(wb.cell("Monitoring", "A1")?.formula).toBe(
      `="Monitoring: Joint commissioning, "&'Pool (2)'!$B$4&", "&'Pool (2)'!$B$5`
    );
  });

  it("forecasts the variance from two quarters and splits it by the agreed rule, native fallback beside it", async () => {
    const { wb, names, M, P } = await poolWithMonitoring();
    const book = new CalculatedBook(wb);
    const mon = book.for(names[1]);
    const pool = book.for(names[0]);
    // Quarter 1 and 2: spend to date and forecast outturn for each scheme.
    for (const [q, k, actual, forecast] of TWO_QUARTERS) {
      mon.set(`${M.actualCol(q)}${M.first + k}`, actual);
      mon.set(`${M.forecastCol(q)}${M.first + k}`, forecast);
    }
    expect(mon.value(M.variance)).toBe(1000000);
    // Spend to date against half the budget after two quarters: 9.1m less 9m, 5m less 5m.
    expect(mon.value(`M${M.first}`)).toBe(100000);
    expect(mon.value(`M${M.first + 1}`)).toBe(0);
    expect(mon.value(`M${M.total}`)).toBe(100000);
    // The engine agrees with the sheet's formulas.
    const figures: SchemeFigures[] = [
      {
        name: "IC",
        budget: 18e6,
        quarters: [
          { actual: 4.4e6, forecast: 18.5e6 },
          { actual: 9.1e6, forecast: 18.9e6 },
          { actual: null, forecast: null },
          { actual: null, forecast: null },
        ],
      },
      {
        name: "CE",
        budget: 10e6,
        quarters: [
          { actual: 2.4e6, forecast: 9.9e6 },
          { actual: 5e6, forecast: 10.1e6 },
          { actual: null, forecast: null },
          { actual: null, forecast: null },
        ],
      },
    ];
    expect(forecastVariance(figures)).toBe(1000000);
    expect(mon.value(`C${M.splitFirst}`)).toBe(714285.71);
    expect(mon.value(`C${M.splitFirst + 1}`)).toBe(285714.29);
    expect(mon.value(`C${M.splitTotal + 1}`)).toBe(0);
    expect(mon.value(`D${M.splitFirst}`)).toBe(714285.71);
    // Quarter by quarter: budget against forecast outturn, blank before any forecast.
    expect(mon.value(`C${M.quarterFirst}`)).toBe(28400000);
    expect(mon.value(`C${M.quarterFirst + 1}`)).toBe(29000000);
    expect(mon.value(`C${M.quarterFirst + 2}`)).toBe("");
    expect(mon.value(`D${M.quarterFirst + 1}`)).toBe(1000000);
    // The Pool sheet reads the forecast: its split and memorandum follow.
    expect(pool.value("B7")).toBe(1000000);
    expect(pool.value(`H${P.first + 1}`)).toBe(285714.29);
    expect(pool.value(`F${P.memoFirst + 1}`)).toBe(285714.29);
  });

  it("follows a change of rule on the Pool sheet, and a scheme with no forecast counts at budget", async () => {
    const { wb, names, M } = await poolWithMonitoring();
    const book = new CalculatedBook(wb);
    const mon = book.for(names[1]);
    mon.set(`${M.forecastCol(1)}${M.first}`, 18100000.01);
    expect(mon.value(M.variance)).toBe(100000.01);
    expect(mon.value(`C${M.quarterFirst}`)).toBe(28100000.01);
    book.for(names[0]).set("B10", "Host bears it all");
    expect(mon.value(`C${M.splitFirst}`)).toBe(100000.01);
    expect(mon.value(`C${M.splitFirst + 1}`)).toBe(0);
    // The native proportional column would contradict the host's split: it goes blank.
    expect(mon.value(`D${M.splitFirst}`)).toBe("");
    expect(mon.value(`D${M.splitTotal}`)).toBe("");
    book.for(names[0]).set("B10", "In proportion to contributions");
    expect(mon.value(`D${M.splitFirst}`)).toBe(71428.58);
  });

  it("counts each scheme at its latest forecast in every quarter's row, and at budget before any", async () => {
    const { wb, names, M } = await poolWithMonitoring();
    const mon = new CalculatedBook(wb).for(names[1]);
    // Intermediate care (£18m) re-forecast in both quarters; community equipment (£10m) only in Q1.
    mon.set(`${M.forecastCol(1)}${M.first}`, 18500000);
    mon.set(`${M.forecastCol(1)}${M.first + 1}`, 9900000);
    mon.set(`${M.forecastCol(2)}${M.first}`, 18900000);
    expect(mon.value(`C${M.quarterFirst}`)).toBe(18500000 + 9900000);
    // Quarter 2 keeps community equipment at its Q1 forecast, not its £10m budget.
    expect(mon.value(`C${M.quarterFirst + 1}`)).toBe(18900000 + 9900000);
    expect(mon.value(`D${M.quarterFirst + 1}`)).toBe(800000);
    // The year's variance agrees with the latest quarter's row.
    expect(mon.value(M.variance)).toBe(800000);
    expect(mon.value(`C${M.quarterFirst + 2}`)).toBe("");
  });

  it("prints on A4 landscape with the pool in the header", () => {
    const plan = monitoringSheetPlan(HERTS, SCHEMES, "Pool");
    expect(plan.print).toMatchObject({
      orientation: "landscape",
      header: "Monitoring: Joint commissioning",
    });
  });
});
