import { alignVsPool } from "../../src/functions/alignVsPool";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { finYear } from "../../src/functions/finYear";
import { poolShare } from "../../src/functions/poolShare";
import { errorOf } from "./errorOf";

describe("=POOL.POOLSHARE", () => {
  it("returns a column of shares for a column of partners, reading messy cells", () => {
    expect(poolShare([[20000], ["£20,000"], [" 40,000 "]])).toEqual([[0.25], [0.25], [0.5]]);
  });

  it("returns a row for a row, and treats a blank as zero", () => {
    expect(poolShare([[3000, "", 1000]], 100)).toEqual([[75, 0, 25]]);
  });

  it("splits the Manchester 2004/05 subtotal of £195,500 by its three sources", () => {
    expect(poolShare([[100000], [70000], [25500]], 195500)).toEqual([[100000], [70000], [25500]]);
  });

  it("blends two basis columns with a weights row", () => {
    expect(
      poolShare(
        [
          [300, 25],
          [100, 75],
        ],
        null as never,
        [[0.5, 0.5]]
      )
    ).toEqual([[0.5], [0.5]]);
    expect(
      poolShare(
        [
          [300, 25],
          [100, 75],
        ],
        "",
        [["75%", "25%"]]
      )
    ).toEqual([[0.625], [0.375]]);
  });

  it("takes a single-cell amount however Excel passes it", () => {
    expect(poolShare([[1], [3]], "£1,000")).toEqual([[250], [750]]);
  });

  it("returns #VALUE! naming the cell when a basis cell is text", () => {
    const e = errorOf(poolShare([[1], ["n/a"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      'In the basis, row 2 holds "n/a", which is not an amount. Use a number such as 20000, £20,000 or (5,000).'
    );
  });

  it("returns #VALUE! when every basis figure is zero or blank", () => {
    expect(errorOf(poolShare([[0], [null]])).message).toMatch(/add up to zero/);
  });

  it("returns #VALUE! for a negative basis figure and for bad weights", () => {
    expect(errorOf(poolShare([["(5,000)"], [1]])).code).toBe("#VALUE!");
    expect(errorOf(poolShare([[1, 2]], null as never, [[1, 2]])).code).toBe("#VALUE!");
    expect(
      errorOf(
        poolShare(
          [
            [1, 2],
            [3, 4],
          ],
          null as never,
          [["x", 2]]
        )
      ).message
    ).toMatch(/weights/);
  });

  it("returns #NUM! for an amount too large to split to the penny", () => {
    expect(errorOf(poolShare([[1]], 1e300)).code).toBe("#NUM!");
  });

  it("returns #N/A for an empty range", () => {
    expect(errorOf(poolShare([])).code).toBe("#N/A");
  });

  it("names an Excel error held in a range, not 'Error'", () => {
    const div0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    const e = errorOf(poolShare([[div0 as never], [8e6]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("In the basis, row 1 holds #DIV/0!; correct that cell first.");
    expect(errorOf(deficitSplit(1000, [[20e6], [div0 as never]])).message).toBe(
      "In the contributions, row 2 holds #DIV/0!; correct that cell first."
    );
    expect(errorOf(deficitSplit(div0 as never, [[20e6], [8e6]])).message).toMatch(/#DIV\/0!/);
  });
});

describe("=POOL.DEFICITSPLIT", () => {
  it("splits a Swindon overspend in proportion, in the contributions' shape", () => {
    expect(deficitSplit(1400000, [["£20,000,000"], [8000000]])).toEqual([[1000000], [400000]]);
    expect(deficitSplit("(28,000)", [[20000000, 8000000]])).toEqual([[-20000, -8000]]);
  });

  it("counts the host from 1, as Excel users do", () => {
    expect(deficitSplit(5000, [[20], [8]], "host", null as never, 2)).toEqual([[0], [5000]]);
    expect(deficitSplit(5000, [[20], [8]], "HOST", null as never, 1)).toEqual([[5000], [0]]);
  });

  it("caps with a blank cap meaning no cap", () => {
    expect(deficitSplit(1000, [[50], [30], [20]], "capped", [[100], [""], [null]])).toEqual([
      [100],
      [540],
      [360],
    ]);
  });

  it("tiered: host bears the threshold first", () => {
    expect(deficitSplit(1500, [[20], [8]], "tiered", null as never, 2, 100)).toEqual([
      [1000],
      [500],
    ]);
  });

  it("reads the Pool sheet's rule words, and returns underspends equally under equal parts", () => {
    expect(deficitSplit(5000, [[20], [8]], "Host bears it all", null as never, 2)).toEqual([
      [0],
      [5000],
    ]);
    expect(deficitSplit(-7000, [[60000], [10000]], "equal")).toEqual([[-3500], [-3500]]);
    expect(
      deficitSplit(-7000, [[60000], [10000]], "equal", null as never, null, null, "proportional")
    ).toEqual([[-6000], [-1000]]);
    expect(
      errorOf(deficitSplit(-7, [[6], [1]], "equal", null as never, null, null, "halves")).message
    ).toMatch(/"halves" is not a way to return an underspend/);
  });

  it("treats a blank method as proportional and a blank variance as zero", () => {
    expect(deficitSplit(28, [[20], [8]], "")).toEqual([[20], [8]]);
    expect(deficitSplit(null, [[20], [8]])).toEqual([[0], [0]]);
  });

  it("explains caps that cannot cover the overspend", () => {
    const e = errorOf(deficitSplit(100, [[1], [1]], "capped", [[40], [40]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Caps cover £80.00 of the £100.00 overspend; raise them by £20.00.");
  });

  it.each<[string, unknown[], string, RegExp]>([
    ["an unknown method", [100, [[1], [1]], "sideways"], "#VALUE!", /not a split method/],
    ["a host method without a host", [100, [[1], [1]], "host"], "#N/A", /needs the host partner/],
    ["a host beyond the range", [100, [[1], [1]], "host", null, 3], "#VALUE!", /position 1 to 2/],
    ["a fractional host", [100, [[1], [1]], "host", null, 1.5], "#VALUE!", /whole number/],
    ["a negative contribution", [100, [["(5,000)"], [1]]], "#VALUE!", /negative/],
    ["a text variance", [["lots"], [[1], [1]]], "#VALUE!", /variance/],
    [
      "caps of the wrong size",
      [100, [[1], [1]], "capped", [[1]]],
      "#VALUE!",
      /one cap per partner/,
    ],
    ["a negative threshold", [100, [[1], [1]], "tiered", null, 1, -5], "#VALUE!", /threshold/],
  ])("returns an error for %s", (_name, args, code, message) => {
    const e = errorOf((deficitSplit as (...a: unknown[]) => unknown[][])(...args));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe("=POOL.ALIGNVSPOOL", () => {
  const statutoryHealth = [
    ["pool"],
    ["pool"],
    ["pool"],
    ["pool"],
    ["pool"],
    [""],
    [null],
    ["pool"],
  ];

  it("returns #VALUE! when every weight is zero", () => {
    const e = errorOf(
      alignVsPool(
        [["pool"], ["pool"], ["pool"], ["pool"], ["pool"], [""], [""], [""]],
        [[0, 0, 0, 0, 0, 0, 0, 0]]
      )
    );
    expect(e.message).toMatch(/weights add up to zero/);
  });

  it("under a statutory power, third-sector partners (test 3) make it ALIGN", () => {
    const answers = [
      ["pool"],
      ["pool"],
      ["align"],
      ["pool"],
      ["pool"],
      ["pool"],
      ["pool"],
      ["pool"],
    ];
    expect(alignVsPool(answers)[0][0]).toBe("POOL");
    expect(alignVsPool(answers, null as never, false, true)[0][0]).toBe("ALIGN");
    expect(alignVsPool(answers, null as never, "TRUE", "TRUE")[0][2]).toMatch(/unlawful/);
  });

  it("returns a 1x2 row: recommendation and score", () => {
    expect(alignVsPool(statutoryHealth)).toEqual([["POOL", 1]]);
  });

  it("adds the reasons as a third column when asked", () => {
    const [row] = alignVsPool(statutoryHealth, null as never, true);
    expect(row).toHaveLength(3);
    expect(row[2]).toMatch(/^Test 1 favours pooling/);
  });

  it("accepts a row of answers and weights", () => {
    expect(
      alignVsPool([["a", "a", "a", "a", "a", "a", "a", "p"]], [[1, 1, 1, 1, 1, 1, 1, 1]])[0][0]
    ).toBe("ALIGN");
  });

  it("returns #N/A when the range is not eight cells", () => {
    expect(errorOf(alignVsPool([["pool"], ["pool"]])).code).toBe("#N/A");
  });

  it("returns #VALUE! for an answer it cannot read", () => {
    expect(
      errorOf(alignVsPool([["pool"], ["perhaps"], [""], [""], [""], [""], [""], [""]])).message
    ).toMatch(/Answer 2/);
  });
});

describe("=POOL.FINYEAR", () => {
  it("labels a date serial and UK text dates", () => {
    expect(finYear([[37712]])).toEqual([["2003/04"]]);
    expect(finYear([["01/10/2002"], ["31/03/2006"]])).toEqual([["2002/03"], ["2005/06"]]);
  });

  it("takes a start month", () => {
    expect(finYear([[37712]], 1)).toEqual([["2003"]]);
  });

  it("marks only the bad cell of a range", () => {
    const [[good], [bad]] = finYear([[37712], ["someday"]]);
    expect(good).toBe("2003/04");
    expect(bad).toBeInstanceOf(CustomFunctions.Error);
    expect((bad as { message: string }).message).toMatch(/"someday" is not a date/);
  });

  it("returns one #VALUE! for a bad start month", () => {
    expect(errorOf(finYear([[37712], [37713]], 13)).message).toMatch(/start month/);
  });
});

describe("unexpected failures", () => {
  it("never show internals", () => {
    // A row whose cells are not arrays is the closest thing to a malformed call from Excel.
    const e = errorOf(
      poolShare([
        [
          {
            toString: () => {
              throw new Error("boom at src/x.ts:1");
            },
          },
        ],
      ] as never)
    );
    expect(e.message).not.toMatch(/src|boom|stack/);
  });
});
