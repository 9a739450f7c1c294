import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { poolSheetPlan } from "../../src/excel/plans/poolSheet";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { PoolSetup } from "../../src/core";
import { checkSheet, METHOD_LABELS } from "../../src/core";
import { address } from "../../src/core/a1";
import { CalculatedBook, CalculatedSheet } from "./hyperBook";

// Swindon's section 75 figures (DOMAIN.md): council £20m, PCT £8m a year.
const swindon: PoolSetup = {
  name: "Swindon children's services",
  partners: [
    { name: "Swindon Borough Council", bodyType: "council", contribution: 20e6 },
    { name: "Swindon PCT", bodyType: "icb", contribution: 8e6 },
  ],
  host: 0,
  method: "host",
  power: "s75",
  year: "2025/26",
  period: "Year end",
};

async function calculated(setup: PoolSetup) {
  const wb = new MemoryWorkbook();
  const name = await wb.writeSheet(poolSheetPlan(setup));
  return {
    ev: new CalculatedBook(wb).for(name),
    L: poolLayout(setup.partners.length, setup.bands?.length ?? 0),
    wb,
    name,
  };
}

/** One memorandum row, by its column letters. */
const memoRow = (ev: CalculatedSheet, row: number) =>
  ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => ev.value(`${c}${row}`));

describe("the Pool sheet, calculated", () => {
  it("puts the year and period in the title and the memorandum heading", async () => {
    const { ev, L } = await calculated(swindon);
    expect(ev.value("A1")).toBe("Pool: Swindon children's services, 2025/26, Year end");
    expect(ev.value(`A${L.memo}`)).toBe("Memorandum of accounts, 2025/26, Year end");
    expect(ev.value(L.hostName)).toBe("Swindon Borough Council");
    expect(ev.value(L.ruleText)).toMatch(/^The host partner bears the whole overspend/);
  });

  it("splits nothing until the host enters a variance", async () => {
    const { ev, L } = await calculated(swindon);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([0, 0]);
    expect(ev.value(`H${L.checkRow}`)).toBe(0);
  });

  it("under 'host bears it all' the memorandum gives the council the whole £2.8m overspend", async () => {
    const { ev, L } = await calculated(swindon);
    ev.set(L.variance, 2.8e6);
    ev.set(L.expenditure, 30.8e6);
    ev.set(`C${L.memoFirst}`, 20e6);
    ev.set(`C${L.memoFirst + 1}`, 8e6);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([2.8e6, 0]);
    expect(memoRow(ev, L.memoFirst)).toEqual([
      "Swindon Borough Council",
      null,
      20e6,
      0,
      20e6,
      2.8e6,
      22.8e6,
      -2.8e6,
    ]);
    expect(memoRow(ev, L.memoFirst + 1)).toEqual(["Swindon PCT", null, 8e6, 0, 8e6, 0, 8e6, 0]);
    // Totals are native sums and agree with the pool's own figures.
    expect(ev.value(`F${L.memoTotal}`)).toBe(2.8e6);
    expect(ev.value(`G${L.memoTotal}`)).toBe(30.8e6);
    expect(ev.value(`H${L.checkRow}`)).toBe(0);
  });

  it("changing the rule cell changes the split and the memorandum with it", async () => {
    const { ev, L } = await calculated(swindon);
    ev.set(L.variance, 2.8e6);
    ev.set(L.expenditure, 30.8e6);
    ev.set(L.rule, METHOD_LABELS.proportional);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([2e6, 0.8e6]);
    expect([ev.value(`G${L.memoFirst}`), ev.value(`G${L.memoFirst + 1}`)]).toEqual([22e6, 8.8e6]);
    ev.set(L.rule, METHOD_LABELS.equal);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([1.4e6, 1.4e6]);
    // Host first, then shared: the host's threshold comes from its own cell.
    ev.set(L.rule, METHOD_LABELS.tiered);
    ev.set(L.threshold, 500000);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([2142857.14, 657142.86]);
    // Moving the host moves the split.
    ev.set(L.rule, METHOD_LABELS.host);
    ev.set(L.hostPosition, 2);
    expect(ev.value(L.hostName)).toBe("Swindon PCT");
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([0, 2.8e6]);
  });

  it("caps typed on the sheet bind under the capped rule", async () => {
    const { ev, L } = await calculated({ ...swindon, method: "capped" });
    ev.set(L.variance, 2.8e6);
    ev.set(`D${L.first}`, 1.5e6);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([1.5e6, 1.3e6]);
  });

  it("leaves a funding stream out of the variance: Manchester's NRF funds no overspend", async () => {
    const { ev, L } = await calculated({
      ...swindon,
      name: "Income maximisation",
      method: "proportional",
      host: 1,
      partners: [
        { name: "Neighbourhood Renewal Fund", bodyType: "funding-stream", contribution: 50000 },
        { name: "Manchester City Council", bodyType: "council", contribution: 70000 },
        { name: "PCTs", bodyType: "icb", contribution: 75500 },
      ],
    });
    ev.set(L.variance, 10000);
    expect([0, 1, 2].map((i) => ev.value(`H${L.first + i}`))).toEqual([0, 4811, 5189]);
    expect(ev.value(L.total)).toBe(195500);
  });

  it("shares other income, assets and liabilities in proportion and carries balances forward", async () => {
    const { ev, L } = await calculated({ ...swindon, method: "proportional" });
    ev.set(`B${L.memoFirst}`, 150000);
    ev.set(`C${L.memoFirst}`, 20e6);
    ev.set(L.income, 280000);
    ev.set(L.expenditure, 28.28e6);
    ev.set(L.assets, 1.4e6);
    ev.set(L.liabilities, 700000);
    expect(memoRow(ev, L.memoFirst)).toEqual([
      "Swindon Borough Council",
      150000,
      20e6,
      200000,
      20.2e6,
      0,
      20.2e6,
      150000,
    ]);
    expect([ev.value(`I${L.memoFirst}`), ev.value(`J${L.memoFirst}`)]).toEqual([1e6, 500000]);
  });

  it("Check this workbook understands the sheet: money columns headed 'share of ...' are not shares", async () => {
    const { ev, L, wb, name } = await calculated({ ...swindon, method: "proportional" });
    ev.set(L.variance, 2.8e6);
    ev.set(L.income, 280000);
    ev.set(L.expenditure, 30.8e6);
    ev.set(`C${L.memoFirst}`, 20e6);
    ev.set(`C${L.memoFirst + 1}`, 8e6);
    // The sheet as Excel would hold it: every cell calculated, formulas beside.
    const rows = L.memoTotal + 1;
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 13 }, (_, c) => ev.value(address(c + 1, r + 1)))
    );
    const formulas = values.map((row, r) =>
      row.map((v, c) => wb.sheet(name).cells.get(address(c + 1, r + 1))?.formula ?? v)
    );
    expect(ev.value(`H${L.memoFirst}`)).toBe(-1.8e6); // owed to the pool: its share of the overspend less its income share
    expect(checkSheet({ sheet: name, originRow: 1, originCol: 1, values, formulas })).toEqual([]);
  });

  it("with a risk-share schedule, the rule cell chooses POOL.RISKSHARE over the bands table", async () => {
    const { ev, L } = await calculated({
      ...swindon,
      method: "proportional",
      partners: [
        { name: "Swindon Borough Council", bodyType: "council", contribution: 20e6 },
        { name: "Swindon ICB", bodyType: "icb", contribution: 8e6 },
      ],
      bands: [
        { size: 500000, shares: [1, 0] },
        { size: 1000000, shares: [0.5, 0.5] },
        { size: null, shares: null },
      ],
    });
    expect(L.bandsFirst).toBeGreaterThan(L.checkRow);
    expect(ev.value(L.rule)).toBe("Risk-share bands");
    expect(ev.value(L.ruleText)).toMatch(/risk-share table below/);
    expect([ev.value(`B${L.bandsHead}`), ev.value(`C${L.bandsHead}`)]).toEqual([
      "Swindon Borough Council",
      "Swindon ICB",
    ]);
    ev.set(L.variance, 1.8e6);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([1214285.71, 585714.29]);
    expect(ev.value(`H${L.checkRow}`)).toBe(0);
    // Editing a band on the sheet changes the split: the council now takes the first £800,000.
    ev.set(`A${L.bandsFirst}`, 800000);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([1300000, 500000]);
    // Choosing another rule from the list leaves the bands aside.
    ev.set(L.rule, METHOD_LABELS.proportional);
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([1285714.29, 514285.71]);
    // The memorandum follows whichever rule is chosen.
    expect(ev.value(`F${L.memoFirst}`)).toBe(1285714.29);
    // An underspend under the bands goes back in proportion, or through the bands when the
    // cell says so: then the first £800,000 back is all the council's.
    ev.set(L.rule, "Risk-share bands");
    ev.set(L.variance, -600000);
    expect(ev.value(L.bandUnderspend)).toBe("In proportion to contributions");
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([
      -428571.43, -171428.57,
    ]);
    ev.set(L.bandUnderspend, "Through the same bands");
    expect([ev.value(`H${L.first}`), ev.value(`H${L.first + 1}`)]).toEqual([-600000, 0]);
  });
});
