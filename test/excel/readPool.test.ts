import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { CalculatedBook } from "./hyperBook";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { readMonitoringSheet, readPoolSheet } from "../../src/excel/plans/readPool";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { statementSheetPlan, STATEMENT_ROWS as R } from "../../src/excel/plans/statementSheet";
import { loadPool } from "../../src/taskpane/monitor/monitorState";
import { HERTS, HERTS_BANDED, monitoredPool, poolWithMonitoring, SCHEMES } from "./hertsPool";

describe("reading back a pool the add-in wrote", () => {
  it("gives the set-up, the memorandum's inputs and the schemes, by the layout written", async () => {
    const { wb, names, M, P } = await poolWithMonitoring();
    wb.sheet(names[0]).cells.set(`C${P.memoFirst + 1}`, { value: 7500000 });
    wb.sheet(names[1]).cells.set(`${M.forecastCol(2)}${M.first}`, { value: "£18,900,000" });
    const pool = readPoolSheet(await wb.readSheet(names[0]));
    expect(pool.setup).toEqual({
      name: "Joint commissioning",
      // The legal basis carries into next year's Pool sheet.
      power: "s75",
      partners: HERTS.partners.map((p) => ({ ...p, cap: null })),
      host: 0,
      method: "proportional",
      threshold: 0,
      year: "2025/26",
      period: "Quarter 2",
    });
    expect(pool.inputs).toEqual({
      broughtForward: [0, 0],
      received: [0, 7500000],
      income: 0,
      assets: 0,
      liabilities: 0,
    });
    const mon = readMonitoringSheet(await wb.readSheet(names[1]), 2);
    expect(mon.poolSheet).toBe("Pool");
    expect(mon.planned).toBe(2);
    expect(mon.rows.map((r) => [r.name, r.budget])).toEqual([
      ...SCHEMES.map((s) => [s.name, s.budget]),
      ["", 0],
      ["", 0],
      ["", 0],
      ["", 0],
    ]);
    expect(mon.rows[0].quarters[1]).toEqual({ actual: null, forecast: 18900000 });
  });

  it("reads the risk-share bands and a Pool sheet renamed by a clash", async () => {
    const wb = new MemoryWorkbook([{ name: "Pool", rows: [["taken"]] }]);
    const setup = {
      ...HERTS,
      bands: [
        { size: 500000, shares: [1, 0] },
        { size: 1000000, shares: [0.5, 0.5] },
        { size: null, shares: null },
      ],
    };
    const names = await wb.writeSheets(poolWorkbookPlans(setup));
    // The last band, left blank ("everything beyond"), is read back as the band it is.
    expect(readPoolSheet(await wb.readSheet(names[0])).setup.bands).toEqual([
      { size: 500000, shares: [1, 0] },
      { size: 1000000, shares: [0.5, 0.5] },
      { size: null, shares: null },
    ]);
    const mon = readMonitoringSheet(await wb.readSheet(names[1]), 2);
    expect(mon.poolSheet).toBe("Pool (2)");
    // One scheme carries the whole pool until the host adds the real ones.
    expect(mon.rows[0]).toMatchObject({ name: "Joint commissioning", budget: 28000000 });
  });

  it("reads each partner's own memorandum row when the last band is left blank", async () => {
    const wb = new MemoryWorkbook();
    const setup = HERTS_BANDED;
    const [pool] = await wb.writeSheets(poolWorkbookPlans(setup));
    const P = poolLayout(2, 2);
    wb.sheet(pool).cells.set(`C${P.memoFirst}`, { value: 20000000 });
    wb.sheet(pool).cells.set(`C${P.memoFirst + 1}`, { value: 7500000 });
    wb.sheet(pool).cells.set(P.income, { value: 280000 });
    const read = readPoolSheet(await wb.readSheet(pool));
    // Not the row above: the ICB's received is its own £7.5m, the council's its £20m.
    expect(read.inputs.received).toEqual([20000000, 7500000]);
    expect(read.inputs.income).toBe(280000);
  });

  it("follows the risk-share table through a row inserted above it, its blank last band kept", async () => {
    const wb = new MemoryWorkbook();
    const [pool] = await wb.writeSheets(poolWorkbookPlans(HERTS_BANDED, SCHEMES));
    const book = new CalculatedBook(wb);
    const P = poolLayout(2, 2);
    book.for(pool).set(`C${P.memoFirst + 1}`, 7500000);
    book.insertRows(pool, P.bandsHead);
    const read = readPoolSheet(await wb.readSheet(pool));
    expect(read.setup.bands).toEqual(HERTS_BANDED.bands);
    expect(read.layout.bandsHead).toBe(P.bandsHead + 1);
    expect(read.inputs.received).toEqual([0, 7500000]);
  });

  it("refuses a sheet that is not one of the add-in's, in words", async () => {
    const wb = new MemoryWorkbook([{ name: "Budget", rows: [["Partner", 1]] }]);
    const snap = await wb.readSheet("Budget");
    expect(() => readPoolSheet(snap)).toThrow('"Budget" is not a Pool sheet written by the add-in');
    expect(() => readMonitoringSheet(snap, 2)).toThrow(/is not a Monitoring sheet/);
  });

  it("follows a Pool sheet's names through inserted rows and a rename: statements and writes land on each partner's own row", async () => {
    const { wb, book } = await monitoredPool();
    // In Excel (here HyperFormula, which moves cells, formulas and names as Excel does) the
    // host adds a row above the settings, two above the partners table and one above the
    // memorandum, renames the Pool sheet, and adds a row above the Monitoring sheet's table.
    book.insertRows("Pool", 3);
    book.insertRows("Pool", 16, 2);
    book.insertRows("Pool", 24);
    book.renameSheet("Pool", "Pool 2025-26");
    book.insertRows("Monitoring", 4);

    const pool = await loadPool(wb, "Monitoring");
    expect(pool.pool).toBe("Pool 2025-26");
    expect(pool.setup.partners.map((p) => [p.name, p.contribution])).toEqual([
      ["Hertfordshire County Council", 20000000],
      ["Hertfordshire ICB", 8000000],
    ]);
    expect(pool.setup.period).toBe("Quarter 2");
    expect(pool.inputs.received).toEqual([20000000, 7500000]);
    expect(pool.inputs.income).toBe(280000);
    expect([pool.layouts.pool.period, pool.layouts.pool.head, pool.layouts.pool.memo]).toEqual([
      "B6",
      18,
      25,
    ]);
    expect(pool.rows.map((r) => r.quarters[1].forecast).slice(0, 2)).toEqual([18900000, 10100000]);

    // Statements, as Monitor this pool writes them, read the moved rows.
    const written = await wb.writeSheets(
      pool.setup.partners.map((_, i) =>
        statementSheetPlan(pool.setup, i, `'${pool.pool}'`, pool.layouts.pool)
      )
    );
    const icb = book.for(written[1]);
    expect(icb.value("A2")).toBe("Pool: Joint commissioning, 2025/26, Quarter 2");
    expect(icb.value("A3")).toBe("Prepared by the host, Hertfordshire County Council");
    expect(icb.value(`B${R.due}`)).toBe(8000000);
    expect(icb.value(`B${R.received}`)).toBe(7500000);
    expect(icb.value(`B${R.variance}`)).toBe(285714.29);
    expect(icb.value(`B${R.carriedForward}`)).toBe(-685714.29);
    expect(icb.value(`B${R.check}`)).toBe(0);
    expect(book.for(written[0]).value(`B${R.received}`)).toBe(20000000);

    const report = book.for(
      await wb.writeSheet(
        boardReportPlan(
          pool.setup,
          pool.planned,
          `'${pool.pool}'`,
          "Monitoring",
          pool.layouts.pool,
          pool.layouts.monitoring
        )
      )
    );
    expect([report.value("B5"), report.value("B6"), report.value("B7")]).toEqual([
      28000000, 29000000, 1000000,
    ]);

    // Quarter 3's figures and the period go where the names say, not where they first were.
    const M = pool.layouts.monitoring;
    await wb.writeInputs(
      [
        {
          sheet: "Monitoring",
          at: `${M.actualCol(3)}${M.first}`,
          values: [[13600000, 19000000]],
          ask: true,
        },
        { sheet: pool.pool, at: pool.layouts.pool.period, values: [["Quarter 3"]], ask: false },
      ],
      false
    );
    const again = await loadPool(wb, "Monitoring");
    expect(again.rows[0].quarters[2]).toEqual({ actual: 13600000, forecast: 19000000 });
    expect(again.setup.period).toBe("Quarter 3");
  });

  it("refuses, saying which, a Pool sheet with a row inserted inside one of its parts", async () => {
    const { wb, book, P } = await monitoredPool();
    // Between the memorandum's income and expenditure: the part is no longer the shape written.
    book.insertRows("Pool", P.memo + 2);
    await expect(wb.readSheet("Pool").then(readPoolSheet)).rejects.toThrow(
      'Rows have been inserted or deleted inside the memorandum of accounts on "Pool".'
    );
    book.insertRows("Pool", 6);
    await expect(wb.readSheet("Pool").then(readPoolSheet)).rejects.toThrow(
      'Rows have been inserted or deleted inside the settings at the top on "Pool".'
    );
  });

  it("still reads, or refuses in words, a Pool sheet written before it carried names", async () => {
    const { wb, names, P } = await poolWithMonitoring();
    const sheet = wb.sheet(names[0]);
    sheet.names = [];
    expect(readPoolSheet(await wb.readSheet(names[0])).setup.partners).toHaveLength(2);
    // A row inserted above the table of such a sheet moves it where nothing can follow.
    sheet.cells = new Map(
      [...sheet.cells].map(([at, c]) => {
        const m = /^([A-Z]+)(\d+)$/.exec(at)!;
        const row = Number(m[2]);
        return [row >= P.head - 1 ? `${m[1]}${row + 1}` : at, c];
      })
    );
    await expect(wb.readSheet(names[0]).then(readPoolSheet)).rejects.toThrow(
      'Rows have been inserted or deleted above the partners table on "Pool" (its heading is now on row 16, not 15)'
    );
  });
});
