import { execFileSync } from "node:child_process";
import {
  fundingProfileBlank,
  fundingProfileExample,
  MANCHESTER,
} from "../../src/templates/fundingProfile";
import { EASTBROOK, resourceMapBlank, resourceMapExample } from "../../src/templates/resourceMap";
import { poolBudgetBlank, poolBudgetExample } from "../../src/templates/poolBudget";
import { checkSheet } from "../../src/core";
import { num, recalcWithLibreOffice, rowLabelled } from "./helpers";

// Real LibreOffice Calc, installed by .ci/run; a missing soffice fails loudly, never skips.
execFileSync("soffice", ["--version"], { stdio: "pipe" });

let sheets: Awaited<ReturnType<typeof recalcWithLibreOffice>>;

beforeAll(async () => {
  sheets = await recalcWithLibreOffice([
    fundingProfileExample(),
    fundingProfileBlank(),
    resourceMapExample(),
    resourceMapBlank(),
    poolBudgetExample(),
    poolBudgetBlank(),
  ]);
}, 120_000);

describe("templates recalculated by LibreOffice Calc", () => {
  it("Manchester profile: subtotals 100,500 / 195,500 / 195,500 / 195,500 against a typed target", () => {
    const rows = sheets["funding-profile-example"]["Funding profile"];
    expect(rowLabelled(rows, "Subtotal").slice(1, 5).map(num)).toEqual(MANCHESTER.subtotals);
    expect(num(rowLabelled(rows, "Agreed target total for a full year")[1])).toBe(195500);
    // The six-month part year's target is half the full year's, so it shows £2,750 over.
    expect(
      rowLabelled(rows, "Target for the period (full-year target × months ÷ 12)")
        .slice(1, 5)
        .map(num)
    ).toEqual([97750, 195500, 195500, 195500]);
    expect(
      rowLabelled(rows, "Check: subtotal minus target (0 when on target)").slice(1, 5).map(num)
    ).toEqual([2750, 0, 0, 0]);
  });

  it("Manchester profile: the grant tapers by £50,000 a year and mainstream partners fill the gap", () => {
    const rows = sheets["funding-profile-example"]["Funding profile"];
    expect(
      rowLabelled(rows, "Months in the period (a part year has fewer than 12)").slice(1, 5).map(num)
    ).toEqual([6, 12, 12, 12]);
    // Scaled to a year, the six-month £55,000 is £110,000 a year: 2003/04 is £40,000 more, not £95,000.
    expect(
      rowLabelled(rows, "Grant taper: change in time-limited grant on last year, a year's worth")
        .slice(2, 5)
        .map(num)
    ).toEqual([40000, -50000, -50000]);
    expect(
      rowLabelled(rows, "Mainstream increase on last year, a year's worth").slice(2, 5).map(num)
    ).toEqual([-45500, 50000, 50000]);
    expect(
      rowLabelled(rows, "Gap mainstream partners must fill as the grant falls").slice(2, 5).map(num)
    ).toEqual([0, 50000, 50000]);
    expect(rowLabelled(rows, "Gap still unfilled").slice(2, 5).map(num)).toEqual([0, 0, 0]);
    const share = rowLabelled(rows, "Mainstream share of the total").slice(1, 5).map(num);
    expect(share[3]).toBeCloseTo(145500 / 195500, 9);
  });

  it("blank profile: year labels and the table's headers follow the start date", () => {
    const rows = sheets["funding-profile-blank"]["Funding profile"];
    const labels = ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"];
    expect(rowLabelled(rows, "Financial year").slice(1, 6)).toEqual(labels);
    expect(rowLabelled(rows, "Source").slice(1, 6)).toEqual(labels);
    expect(
      rowLabelled(rows, "Check: subtotal minus target (0 when on target)").slice(1, 6).map(num)
    ).toEqual([0, 0, 0, 0, 0]);
  });

  it("blank profile starting in October: a six-month part year, labelled as the reports do", async () => {
    const october = await recalcWithLibreOffice([fundingProfileBlank("2002-10-01")]);
    const rows = october["funding-profile-blank"]["Funding profile"];
    const labels = ["10/02-03/03", "2003/04", "2004/05", "2005/06", "2006/07"];
    expect(rowLabelled(rows, "Financial year").slice(1, 6)).toEqual(labels);
    expect(rowLabelled(rows, "Source").slice(1, 6)).toEqual(labels);
    expect(
      rowLabelled(rows, "Months in the period (a part year has fewer than 12)").slice(1, 6).map(num)
    ).toEqual([6, 12, 12, 12, 12]);
  }, 120_000);

  it("resource map: both maps add up to the streams total", () => {
    const map = sheets["resource-map-example"].Map;
    const streamsTotal = EASTBROOK.streams.reduce(
      (a, s) => a + s.amounts.reduce((x, y) => x + y, 0),
      0
    );
    expect(num(rowLabelled(map, "Total of all funding streams")[1])).toBe(streamsTotal);
    expect(num(rowLabelled(map, "Partner-by-theme map total")[1])).toBe(streamsTotal);
    expect(num(rowLabelled(map, "Area-by-theme map total")[1])).toBe(streamsTotal);
    expect(rowLabelled(map, "Difference (should be 0)").slice(1, 3)).toEqual([
      "0",
      "Map totals equal the streams total",
    ]);
  });

  it("resource map: £ per head is a year's money (Northgate about £269, not three years' £808)", () => {
    const summary = sheets["resource-map-example"].Summary;
    expect(num(rowLabelled(summary, "Northgate")[3])).toBeCloseTo(19380000 / 24000 / 3, 6);
    // Whole-area money counts in the locality total but not per head.
    expect(num(rowLabelled(summary, "Whole area")[1])).toBe(1200000);
    expect(num(rowLabelled(summary, "Locality")[3])).toBeCloseTo(
      (71050000 - 1200000) / 100000 / 3,
      6
    );
  });

  it("resource map: flags funding not following need, and reverse bending on mainstream money alone", () => {
    const summary = sheets["resource-map-example"].Summary;
    const southmoor = rowLabelled(summary, "Southmoor");
    expect(num(southmoor[5])).toBeLessThan(0.8);
    expect(southmoor[6]).toBe("Under 80% of the locality's money per head for its need");
    // Southmoor's police and social care fall by £80,000 while the NRF arrives there.
    expect(num(southmoor[7])).toBe(-80000);
    expect(southmoor[8]).toMatch(/possible reverse bending/);
    // Northgate has a grant too, but its mainstream money grew.
    expect(num(rowLabelled(summary, "Northgate")[7])).toBe(320000);
    expect(rowLabelled(summary, "Northgate")[8]).toBe("");
    expect(rowLabelled(summary, "Eastfield")[6]).toBe("");
  });

  it("resource map: partner shares add up to 100%; time-limited, committed and capital money by year", () => {
    const summary = sheets["resource-map-example"].Summary;
    const shares = EASTBROOK.partners.map((p) => num(rowLabelled(summary, p.name)[2]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const first = EASTBROOK.streams.filter((x) => x.amounts[0] > 0);
    const sum = (f: (x: (typeof first)[number]) => boolean) =>
      first.filter(f).reduce((a, x) => a + x.amounts[0], 0);
    const year = rowLabelled(summary, "2008/09").map(num);
    expect(year[2]).toBe(sum((x) => x.kind === "Time-limited"));
    expect(year[2]).toBe(600000 + 350000 + 120000 + 250000);
    expect(year[4]).toBe(sum((x) => x.commitment === "Committed"));
    expect(year[5]).toBe(600000);
    expect(year[7]).toBe(250000);
    expect(year[6] + year[7]).toBe(year[1]);
    expect(summary.map((r) => r[0])).toContain("Government departments' direct spend in Eastbrook");
  });

  it("resource map: whole-area spend is mapped, so the map check passes", () => {
    const map = sheets["resource-map-example"].Map;
    expect(rowLabelled(map, "Whole area")[0]).toBe("Whole area");
    expect(rowLabelled(map, "Difference (should be 0)")[2]).toBe(
      "Map totals equal the streams total"
    );
  });

  it("blank resource map calculates to zero without errors", () => {
    for (const [name, rows] of Object.entries(sheets["resource-map-blank"])) {
      for (const row of rows)
        for (const c of row) expect(`${name}: ${c}`).not.toMatch(/#(VALUE|REF|NAME|DIV|N\/A)|Err:/);
    }
    expect(num(rowLabelled(sheets["resource-map-blank"].Map, "Difference (should be 0)")[1])).toBe(
      0
    );
  });

  it("Check this workbook reads the recalculated Summary without faulting 'Time-limited share'", () => {
    const rows = sheets["resource-map-example"].Summary;
    const values = rows.map((r) =>
      r.map((c) => (c === "" ? null : /^-?\d+(\.\d+)?%?$/.test(c) ? num(c) : c))
    );
    const findings = checkSheet({
      sheet: "Summary",
      originRow: 1,
      originCol: 1,
      values,
      formulas: values,
    });
    expect(rows.some((r) => r.includes("Time-limited share"))).toBe(true);
    expect(findings.filter((f) => f.kind === "shares")).toEqual([]);
  });

  it("pool budget: contributions uplifted less savings, year by year, and the running balance", () => {
    const rows = sheets["pool-budget-example"]["Pool budget"];
    const row = (label: string, from = 0) =>
      rows
        .filter((r) => r[0] === label)
        [from].slice(1, 4)
        .map(num);
    // Council: £20m, then × 1.02 less £150,000 each year; PCT: £8m × 1.015.
    expect(row("Swindon Borough Council", 1)).toEqual([20000000, 20250000, 20505000]);
    expect(row("Swindon PCT (now the ICB)", 1)).toEqual([8000000, 8120000, 8241800]);
    expect(row("Total contributions")).toEqual([28000000, 28370000, 28746800]);
    expect(row("Surplus (deficit) for the year")).toEqual([100000, 70000, 46800]);
    expect(row("Balance brought forward")).toEqual([250000, 350000, 420000]);
    expect(row("Balance carried forward")).toEqual([350000, 420000, 466800]);
    const council = row("Swindon Borough Council", 2);
    expect(council[0]).toBeCloseTo(20 / 28, 9);
    expect(row("Total")).toEqual([1, 1, 1]);
  });

  it("blank pool budget: five years from the start date, calculating to zero without errors", () => {
    const rows = sheets["pool-budget-blank"]["Pool budget"];
    expect(rows.find((r) => r[0] === "Partner" && r[1] === "2026/27")?.slice(1, 6)).toEqual([
      "2026/27",
      "2027/28",
      "2028/29",
      "2029/30",
      "2030/31",
    ]);
    for (const r of rows)
      for (const c of r) expect(c).not.toMatch(/#(VALUE|REF|NAME|DIV|N\/A)|Err:/);
    expect(rowLabelled(rows, "Balance carried forward").slice(1, 6).map(num)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});
