import { memorandum } from "../../src/core";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { statementSheetPlan, STATEMENT_ROWS as R } from "../../src/excel/plans/statementSheet";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { readPoolSheet } from "../../src/excel/plans/readPool";
import { HERTS, HERTS_BANDED, monitoredPool, poolWithMonitoring, SCHEMES } from "./hertsPool";
import { CalculatedBook } from "./hyperBook";

describe("partner statements", () => {
  it("give each partner's lines from the Pool sheet, reconciling to the engine's memorandum", async () => {
    const { wb, book, names } = await monitoredPool();
    const written = await wb.writeSheets(
      HERTS.partners.map((_, i) => statementSheetPlan(HERTS, i, `'${names[0]}'`))
    );
    expect(written).toEqual(["Statement Hertfordshire County", "Statement Hertfordshire ICB"]);
    const icb = book.for(written[1]);
    expect(wb.cell(written[1], "A1")?.value).toBe("Statement of account: Hertfordshire ICB");
    expect(icb.value("A2")).toBe("Pool: Joint commissioning, 2025/26, Quarter 2");
    const line = (r: number) => icb.value(`B${r}`);
    expect(line(R.broughtForward)).toBe(20000);
    expect(line(R.due)).toBe(8000000);
    expect(line(R.received)).toBe(7500000);
    expect(line(R.outstanding)).toBe(500000);
    expect(line(R.income)).toBe(80000);
    expect(line(R.withinBudget)).toBe(8000000);
    expect(line(R.variance)).toBe(285714.29);
    expect(line(R.expenditure)).toBe(8285714.29);
    // Rounded to the penny on the sheet: exactly -£685,714.29, not -685714.2900000001.
    expect(line(R.carriedForward)).toBe(-685714.29);
    expect(line(R.check)).toBe(0);
    // The engine's memorandum, from the same inputs, closes each partner at the same balance.
    const memo = memorandum(
      HERTS.partners.map((p, i) => ({
        name: p.name,
        contribution: p.contribution,
        broughtForward: [50000, 20000][i],
        received: [20000000, 7500000][i],
      })),
      { income: 280000, expenditure: 29000000, variance: 1000000 }
    );
    written.forEach((name, i) =>
      expect(book.for(name).value(`B${R.carriedForward}`)).toBeCloseTo(memo[i].carriedForward, 6)
    );
    expect(wb.sheet(written[1]).print).toEqual({
      onePage: true,
      orientation: "portrait",
      area: "A1:B24",
      header: "Pool: Joint commissioning",
      footer: "Statement for Hertfordshire ICB",
    });
  });
});

describe("board report before every scheme is forecast", () => {
  it("counts a scheme with no forecast at its budget, so outturn and variance agree with the summary", async () => {
    const { wb, names, M } = await poolWithMonitoring();
    const book = new CalculatedBook(wb);
    book.for(names[1]).set(`${M.forecastCol(1)}${M.first}`, 18500000);
    const name = await wb.writeSheet(boardReportPlan(HERTS, 2, `'${names[0]}'`, `'${names[1]}'`));
    const r = book.for(name);
    expect([r.value("B5"), r.value("B6"), r.value("B7")]).toEqual([28000000, 28500000, 500000]);
    expect([r.value("A11"), r.value("C11"), r.value("D11")]).toEqual([
      "Community equipment",
      10000000,
      0,
    ]);
    expect(r.value("C16")).toBe(r.value("B6"));
  });
});

describe("statements from a pool read back from its sheet", () => {
  it("read the partner's own row when the risk-share table's last band is left blank", async () => {
    const wb = new MemoryWorkbook();
    const setup = HERTS_BANDED;
    const [pool] = await wb.writeSheets(poolWorkbookPlans(setup, SCHEMES));
    const book = new CalculatedBook(wb);
    const P = poolLayout(2, 2);
    book.for(pool).set(`C${P.memoFirst}`, 20000000);
    book.for(pool).set(`C${P.memoFirst + 1}`, 7500000);
    // As Monitor this pool does: read the set-up back from the sheet, then write statements.
    const { setup: read } = readPoolSheet(await wb.readSheet(pool));
    const written = await wb.writeSheets(
      read.partners.map((_, i) => statementSheetPlan(read, i, `'${pool}'`))
    );
    const icb = book.for(written[1]);
    expect(icb.value(`B${R.received}`)).toBe(7500000);
    expect(icb.value(`B${R.due}`)).toBe(8000000);
    expect(icb.value(`B${R.check}`)).toBe(0);
    expect(book.for(written[0]).value(`B${R.received}`)).toBe(20000000);
  });
});

describe("board report", () => {
  it("summarises budget, outturn and variance by scheme and partner, with a chart by quarter", async () => {
    const { wb, book, names } = await monitoredPool();
    const name = await wb.writeSheet(boardReportPlan(HERTS, 2, `'${names[0]}'`, `'${names[1]}'`));
    const r = book.for(name);
    expect(r.value("A1")).toBe("Board report: Joint commissioning, 2025/26, Quarter 2");
    expect([r.value("B5"), r.value("B6"), r.value("B7")]).toEqual([28000000, 29000000, 1000000]);
    expect([r.value("A10"), r.value("B10"), r.value("C10"), r.value("D10")]).toEqual([
      "Intermediate care",
      18000000,
      18900000,
      900000,
    ]);
    expect(r.value("A12")).toBe("");
    // Movement since the last forecast: intermediate care £18.5m at Quarter 1, £18.9m now;
    // community equipment £9.9m, then £10.1m.
    expect(r.range("E10:E11")).toEqual([[400000], [200000]]);
    expect(r.value("E16")).toBe(600000);
    // A line per scheme for the action the host reports, its variance beside it.
    expect(r.range("A37:C39")).toEqual([
      ["Scheme", "Variance", "Action or mitigation"],
      ["Intermediate care", 900000, null],
      ["Community equipment", 100000, null],
    ]);
    expect([r.value("A6"), r.value("A7"), r.value("C9")]).toEqual([
      "Forecast outturn",
      "Forecast over/(under)spend",
      "Forecast outturn",
    ]);
    // At year end the same report speaks of the outturn.
    book.for(names[0]).set("B5", "Year end");
    expect([r.value("A6"), r.value("A7"), r.value("C9")]).toEqual([
      "Outturn",
      "Over/(under)spend",
      "Outturn",
    ]);
    expect(r.value("A1")).toBe("Board report: Joint commissioning, 2025/26, Year end");
    expect(r.value("C19")).toBe(714285.71);
    expect(r.value("C20")).toBe(285714.29);
    expect(r.value("C21")).toBe(1000000);
    expect(r.value("B24")).toBe("In proportion to contributions");
    expect(wb.sheet(name).charts).toEqual([
      {
        type: "ColumnClustered",
        range: "N4:P8",
        title: "Budget against forecast outturn by quarter",
        at: "F4:J20",
      },
    ]);
    expect(wb.sheet(name).print?.orientation).toBe("landscape");
  });
});
