import { EASTBROOK, resourceMapBlank, resourceMapExample } from "../../src/templates/resourceMap";
import {
  fundingProfileBlank,
  fundingProfileExample,
  MANCHESTER,
} from "../../src/templates/fundingProfile";
import { poolBudgetBlank, poolBudgetExample } from "../../src/templates/poolBudget";
import type { TemplateDef } from "../../src/templates/model";
import { calculatedTemplate } from "./calculatedTemplate";

type Row = (string | number | boolean | null)[];

/** The template's sheets as calculated values, by sheet name. */
async function calculated(def: TemplateDef): Promise<Record<string, Row[]>> {
  const book = await calculatedTemplate(def);
  return Object.fromEntries(def.sheets.map((s) => [s.name, book.rowsOf(s.name)]));
}

function labelled(rows: Row[], label: string, nth = 0): Row {
  const found = rows.filter((r) => r[0] === label)[nth];
  if (!found) throw new Error(`No row labelled "${label}"`);
  return found;
}

const ERROR = /^#(VALUE|REF|NAME|DIV|N\/A|NUM|NULL|ERROR|SPILL|CYCLE)/;

describe("every template, calculated by HyperFormula from its generated .xlsx", () => {
  const all = [
    fundingProfileExample(),
    fundingProfileBlank(),
    resourceMapExample(),
    resourceMapBlank(),
    poolBudgetExample(),
    poolBudgetBlank(),
  ];

  it.each(all.map((d) => [d.id, d]))(
    "%s calculates without an error in any cell",
    async (_, def) => {
      const sheets = await calculated(def as TemplateDef);
      const errors = Object.entries(sheets).flatMap(([name, rows]) =>
        rows.flatMap((r, i) =>
          r.flatMap((v, j) => (ERROR.test(String(v)) ? [`${name} ${i + 1}:${j + 1} ${v}`] : []))
        )
      );
      expect(errors).toEqual([]);
    }
  );

  it("Manchester profile: subtotals 100,500 / 195,500 / 195,500 / 195,500, the part year half the target", async () => {
    const rows = (await calculated(fundingProfileExample()))["Funding profile"];
    expect(labelled(rows, "Subtotal").slice(1, 5)).toEqual(MANCHESTER.subtotals);
    expect(
      labelled(rows, "Target for the period (full-year target × months ÷ 12)").slice(1, 5)
    ).toEqual([97750, 195500, 195500, 195500]);
    expect(labelled(rows, "Check: subtotal minus target (0 when on target)").slice(1, 5)).toEqual([
      2750, 0, 0, 0,
    ]);
    expect(
      labelled(
        rows,
        "Grant taper: change in time-limited grant on last year, a year's worth"
      ).slice(2, 5)
    ).toEqual([40000, -50000, -50000]);
    expect(labelled(rows, "Gap still unfilled").slice(2, 5)).toEqual([0, 0, 0]);
  });

  it("blank profile: year labels follow the start date", async () => {
    const rows = (await calculated(fundingProfileBlank("2002-10-01")))["Funding profile"];
    expect(labelled(rows, "Financial year").slice(1, 6)).toEqual([
      "10/02-03/03",
      "2003/04",
      "2004/05",
      "2005/06",
      "2006/07",
    ]);
    expect(
      labelled(rows, "Months in the period (a part year has fewer than 12)").slice(1, 6)
    ).toEqual([6, 12, 12, 12, 12]);
  });

  it("resource map: both maps add up to the streams total, and £ per head is a year's money", async () => {
    const sheets = await calculated(resourceMapExample());
    const total = EASTBROOK.streams.reduce((a, s) => a + s.amounts.reduce((x, y) => x + y, 0), 0);
    expect(labelled(sheets.Map, "Total of all funding streams")[1]).toBe(total);
    expect(labelled(sheets.Map, "Partner-by-theme map total")[1]).toBe(total);
    expect(labelled(sheets.Map, "Area-by-theme map total")[1]).toBe(total);
    expect(labelled(sheets.Map, "Difference (should be 0)")[1]).toBe(0);
    expect(labelled(sheets.Summary, "Northgate")[3] as number).toBeCloseTo(19380000 / 24000 / 3, 6);
    const shares = EASTBROOK.partners.map((p) => labelled(sheets.Summary, p.name)[2] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(labelled(sheets.Summary, "Southmoor")[7]).toBe(-80000);
  });

  it("blank resource map: the map check is zero", async () => {
    const sheets = await calculated(resourceMapBlank());
    expect(labelled(sheets.Map, "Difference (should be 0)")[1]).toBe(0);
  });

  it("pool budget: contributions uplifted less savings, and the running balance", async () => {
    const rows = (await calculated(poolBudgetExample()))["Pool budget"];
    expect(labelled(rows, "Swindon Borough Council", 1).slice(1, 4)).toEqual([
      20000000, 20250000, 20505000,
    ]);
    expect(labelled(rows, "Total contributions").slice(1, 4)).toEqual([
      28000000, 28370000, 28746800,
    ]);
    expect(labelled(rows, "Balance carried forward").slice(1, 4)).toEqual([350000, 420000, 466800]);
    // The balance tagged to partners: £250,000 opening and £100,000 surplus at 20 : 8 in the
    // first year is £250,000 council, £100,000 PCT; each later surplus at that year's shares.
    // 2026/27: £70,000 × 20,250,000 / 28,370,000 = £49,964.75; 2027/28: £46,800 × 20,505,000
    // / 28,746,800 = £33,382.29.
    expect(labelled(rows, "Swindon Borough Council", 3).slice(1, 4)).toEqual([
      250000, 299964.75, 333347.04,
    ]);
    expect(labelled(rows, "Total: the balance carried forward").slice(1, 4)).toEqual([
      350000, 420000, 466800,
    ]);
  });

  it("blank pool budget: balances of zero for five years", async () => {
    const rows = (await calculated(poolBudgetBlank()))["Pool budget"];
    expect(labelled(rows, "Balance carried forward").slice(1, 6)).toEqual([0, 0, 0, 0, 0]);
  });
});
