import { poolShare } from "../../src/functions/poolShare";
import { reallocate } from "../../src/functions/reallocate";
import { riskShare } from "../../src/functions/riskShare";
import { errorOf } from "./errorOf";

describe("=POOL.POOLSHARE with fixed shares", () => {
  it("reads 50% or 0.5, blanks sharing the rest, in the partners' direction", () => {
    const basis = [
      [0, 0],
      [600000, "30,000,000"],
      [400000, 50e6],
    ];
    expect(poolShare(basis, 160e6, [[0.5, 0.5]], [["50%"], [null], [""]])).toEqual([
      [80e6],
      [39e6],
      [41e6],
    ]);
    expect(poolShare([[60, 10, 10]], null, null as never, [[0.5, null, null]])).toEqual([
      [0.5, 0.25, 0.25],
    ]);
  });

  it("returns #VALUE! saying the fixed shares are over 100%", () => {
    const e = errorOf(poolShare([[1], [1]], 100, null as never, [["70%"], ["50%"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("The fixed shares add up to 120.00%, more than 100%.");
  });
});

describe("=POOL.RISKSHARE", () => {
  // Council £20m and ICB £8m down a column; bands: £500k to the council, £1m 50/50, the rest.
  const contributions = [[20e6], [8e6]];
  const bands = [
    [500000, "100%", 0],
    ["£1,000,000", "50%", "50%"],
    [null, null, null],
  ];

  it("splits a £1.8m overspend through the bands, in the contributions' shape", () => {
    expect(riskShare(1.8e6, contributions, bands)).toEqual([[1214285.71], [585714.29]]);
    expect(riskShare(1.8e6, [[20e6, 8e6]], bands)).toEqual([[1214285.71, 585714.29]]);
  });

  it("returns an underspend in proportion, or through the bands when asked", () => {
    expect(riskShare(-1.4e6, contributions, bands)).toEqual([[-1e6], [-0.4e6]]);
    expect(riskShare(-600000, contributions, bands, "bands")).toEqual([[-550000], [-50000]]);
    expect(errorOf(riskShare(-1, contributions, bands, "halves")).message).toMatch(
      /Use "proportional" or "bands"/
    );
  });

  it("names the band whose shares do not make 100%, and a bands range of the wrong width", () => {
    expect(errorOf(riskShare(1, contributions, [[10, "60%", "30%"]])).message).toBe(
      "Band 1's shares add up to 90.00%, not 100%; leave them all blank to share the band in proportion to contributions."
    );
    expect(errorOf(riskShare(1, contributions, [[10, 1]])).message).toMatch(
      /a size column and one column of shares for each of the 2 partners \(3 columns\); the range given has 2/
    );
  });
});

describe("=POOL.REALLOCATE", () => {
  it("returns the new allocation and the gain or loss for each area, within ±10%", () => {
    expect(reallocate(600, [[200], [200], [200]], [[1], [2], [3]], "10%")).toEqual([
      [180, -20],
      [200, 0],
      [220, 20],
    ]);
    expect(reallocate(600, [[200, 200, 200]], [[1, 2, 3]])).toEqual([
      [100, -100],
      [200, 0],
      [300, 100],
    ]);
  });

  it("returns #VALUE! saying by how much the limits fall short", () => {
    expect(errorOf(reallocate(1000, [[200], [200], [200]], [[1], [2], [3]], 0.1)).message).toMatch(
      /at most £660.00, £340.00 less than the total/
    );
  });
});
