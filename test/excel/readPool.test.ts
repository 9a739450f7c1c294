import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { readMonitoringSheet, readPoolSheet } from "../../src/excel/plans/readPool";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { HERTS, HERTS_BANDED, poolWithMonitoring, SCHEMES } from "./hertsPool";

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

  it("refuses a sheet that is not one of the add-in's, in words", async () => {
    const wb = new MemoryWorkbook([{ name: "Budget", rows: [["Partner", 1]] }]);
    const snap = await wb.readSheet("Budget");
    expect(() => readPoolSheet(snap)).toThrow('"Budget" is not a Pool sheet written by the add-in');
    expect(() => readMonitoringSheet(snap, 2)).toThrow(/is not a Monitoring sheet/);
  });

  it("refuses, saying why, a Pool sheet with a row inserted above its partners table", async () => {
    const { wb, names, P } = await poolWithMonitoring();
    // The host inserts a row for a note above the table: everything from row 14 moves down.
    const sheet = wb.sheet(names[0]);
    const moved = new Map(
      [...sheet.cells].map(([at, c]) => {
        const m = /^([A-Z]+)(\d+)$/.exec(at)!;
        const row = Number(m[2]);
        return [row >= P.head - 1 ? `${m[1]}${row + 1}` : at, c];
      })
    );
    sheet.cells = moved;
    const snap = await wb.readSheet(names[0]);
    expect(() => readPoolSheet(snap)).toThrow(
      'Rows have been inserted or deleted above the partners table on "Pool" (its heading is now on row 16, not 15).'
    );
  });
});
