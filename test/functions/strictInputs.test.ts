import { alignVsPool } from "../../src/functions/alignVsPool";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { poolShare } from "../../src/functions/poolShare";
import { reallocate } from "../../src/functions/reallocate";
import { riskShare } from "../../src/functions/riskShare";
import { errorOf } from "./errorOf";

// Swindon's section 75 figures (DOMAIN.md): council £20m, PCT £8m.
const swindon = [[20e6], [8e6]];
const block = [
  [20e6, 1],
  [8e6, 2],
];

describe("ranges that must be a row or a column", () => {
  it.each([
    ["DEFICITSPLIT's contributions", () => deficitSplit(1400000, block)],
    ["DEFICITSPLIT's caps", () => deficitSplit(1400000, [[1], [2]], "capped", block)],
    ["RISKSHARE's contributions", () => riskShare(1400000, block, [[null, null, null]])],
    ["REALLOCATE's current allocations", () => reallocate(100, block, [[1], [2]])],
    ["REALLOCATE's need figures", () => reallocate(100, [[1], [2]], block)],
  ])("%s refuse a block of rows and columns", (_, call) => {
    const e = errorOf(call());
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /must be a single row or a single column; the range given is 2 rows by 2 columns/
    );
  });

  it("POOLSHARE's basis stays rows of partners by columns of bases", () => {
    expect(poolShare(block, 28e6)).toHaveLength(2);
  });
});

describe("fractions of a penny", () => {
  it.each([
    ["DEFICITSPLIT's variance", () => deficitSplit(100.005, swindon), "variance, £100.005"],
    ["POOLSHARE's amount", () => poolShare(swindon, 100.005), "amount to share, £100.005"],
    [
      "RISKSHARE's variance",
      () => riskShare(100.005, swindon, [[null, null, null]]),
      "variance, £100.005",
    ],
    ["REALLOCATE's total", () => reallocate(100.005, swindon, [[1], [1]]), "total, £100.005"],
    [
      "a cap of £33.335",
      () => deficitSplit(100, [[1], [1], [1]], "capped", [[33.335], [null], [null]]),
      "cap, £33.335",
    ],
  ])("%s is refused, not rounded", (_, call, named) => {
    const e = errorOf(call());
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(named);
    expect(e.message).toMatch(/is not a whole number of pence; round it with ROUND\(…, 2\)\.$/);
  });

  it("reads floating-point noise as the penny it means: =0.1+0.2 is 30p", () => {
    expect(deficitSplit(0.1 + 0.2, [[1], [2]])).toEqual([[0.1], [0.2]]);
  });
});

describe("data types in cells", () => {
  const stock = {
    type: "Entity",
    text: "Microsoft Corp",
    properties: { Price: { type: "Double", basicValue: 420.5 } },
  };

  it("DEFICITSPLIT names a cell holding a linked data type", () => {
    const e = errorOf(deficitSplit(1000, [[20e6], [8e6], [stock]]));
    expect(e.message).toMatch(/In the contributions, row 3 holds a data type, not an amount/);
  });

  it("reads a formatted number's value", () => {
    const formatted = { type: "FormattedNumber", basicValue: 8e6, numberFormat: "£#,##0" };
    expect(deficitSplit(1400000, [[20e6], [formatted]])).toEqual([[1e6], [4e5]]);
  });
});

describe("=POOL.ALIGNVSPOOL's answers", () => {
  it("refuses TRUE or FALSE as an answer, naming the test", () => {
    const e = errorOf(
      alignVsPool([["pool"], ["pool"], [true], ["pool"], ["pool"], [""], [""], ["pool"]])
    );
    expect(e.message).toMatch(/^Answer 3 is TRUE, which does not say which way test 3 points/);
  });

  it("counts a score of exactly +0.2 or -0.2 as EITHER", () => {
    // Three pool, two align: (3 - 2) / 5 = 0.2.
    const up = alignVsPool([["pool"], ["pool"], ["pool"], ["align"], ["align"], [""], [""], [""]]);
    expect(up[0].slice(0, 2)).toEqual(["EITHER", 0.2]);
    const down = alignVsPool([
      ["align"],
      ["align"],
      ["align"],
      ["pool"],
      ["pool"],
      [""],
      [""],
      ["pool"],
    ]);
    expect(down[0].slice(0, 2)).toEqual(["EITHER", 0]);
    const minus = alignVsPool([
      ["align"],
      ["align"],
      ["align"],
      ["pool"],
      ["pool"],
      [""],
      [""],
      [""],
    ]);
    expect(minus[0].slice(0, 2)).toEqual(["EITHER", -0.2]);
  });
});
