import { coerceAmounts, isBlank, parseAmount, PoolError } from "../../src/core";

describe("parseAmount reads cells the way finance officers type them", () => {
  it.each([
    [20000, 20000],
    ["£20,000", 20000],
    ["20,000.50", 20000.5],
    ["(5,000)", -5000],
    ["(£5,000.00)", -5000],
    ["-£5,000", -5000],
    ["£-5,000", -5000],
    [" 1 200 ", 1200],
    ["1\u00a0200", 1200],
    ["+45", 45],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%p is %p", (cell, expected) => {
    expect(parseAmount(cell)).toBe(expected);
  });

  it("treats blanks as blank", () => {
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("   ")).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
  });

  it.each([
    "abc",
    "£",
    "1,2,3",
    "12,34",
    "TRUE",
    "5 000 £ 3",
    "--5",
    "(-5)",
    "-+5",
    "(5",
    "NaN",
    "Infinity",
  ])("rejects %p", (cell) => {
    expect(parseAmount(cell)).toBeUndefined();
  });

  it("rejects booleans and non-finite numbers", () => {
    expect(parseAmount(true)).toBeUndefined();
    expect(parseAmount(NaN)).toBeUndefined();
    expect(parseAmount(Infinity)).toBeUndefined();
  });

  it("reads percentages only when asked", () => {
    expect(parseAmount("50%", true)).toBe(0.5);
    expect(parseAmount("50%")).toBeUndefined();
  });
});

describe("coerceAmounts", () => {
  it("counts a blank contribution as zero and keeps the range's direction", () => {
    expect(coerceAmounts([[20000], [null], ["£25,500"]], "contributions")).toEqual({
      values: [20000, 0, 25500],
      orientation: "column",
      rows: 3,
      cols: 1,
    });
    expect(coerceAmounts([[1, "", 3]], "contributions").orientation).toBe("row");
  });

  it("names the cell that cannot be read", () => {
    expect(() => coerceAmounts([[1], [2], ["twenty"]], "contributions")).toThrow(
      'In the contributions, row 3 holds "twenty", which is not an amount.'
    );
    expect(() =>
      coerceAmounts(
        [
          [1, 2],
          [3, "x"],
        ],
        "basis"
      )
    ).toThrow(/row 2, column 2 holds "x"/);
    expect(() => coerceAmounts([[1, "x"]], "caps")).toThrow(/column 2 holds "x"/);
  });

  it("rejects negative amounts where they make no sense", () => {
    expect(() => coerceAmounts([["(5,000)"]], "contributions", { allowNegative: false })).toThrow(
      PoolError
    );
  });

  it("can keep blanks as missing", () => {
    expect(coerceAmounts([[1], [""]], "caps", { blank: null }).values).toEqual([1, null]);
  });

  it("reports an empty range", () => {
    expect(() => coerceAmounts([], "contributions")).toThrow(/empty/);
  });

  it("reads a column of numbers, blanks and text alike", () => {
    const plain = [[20000000], [null], [8000000.5], [undefined]];
    expect(coerceAmounts(plain, "caps", { blank: Infinity })).toEqual({
      values: [20000000, Infinity, 8000000.5, Infinity],
      orientation: "column",
      rows: 4,
      cols: 1,
    });
    expect(coerceAmounts([[20000000], [null], ["£8,000,000.50"]], "contributions").values).toEqual([
      20000000, 0, 8000000.5,
    ]);
    expect(coerceAmounts([[-5000], [1]], "variances").values).toEqual([-5000, 1]);
  });

  it("names a bad cell in a column of numbers", () => {
    expect(() => coerceAmounts([[1], [-5000]], "contributions", { allowNegative: false })).toThrow(
      "In the contributions, row 2 is negative (-5000); it must be zero or more."
    );
    expect(() => coerceAmounts([[1], [NaN]], "contributions")).toThrow(/row 2 holds NaN/);
    expect(() => coerceAmounts([[1], [Infinity]], "contributions")).toThrow(/row 2 holds Infinity/);
    expect(() => coerceAmounts([[1], [true]], "contributions")).toThrow(/row 2 holds TRUE/);
  });
});

describe("ranges that must be one row or one column", () => {
  it("refuses a block of several rows and columns, giving its size", () => {
    expect(() =>
      coerceAmounts(
        [
          [1, 2],
          [3, 4],
        ],
        "contributions",
        { list: true }
      )
    ).toThrow(
      "The contributions must be a single row or a single column; the range given is 2 rows by 2 columns."
    );
  });

  it("reads a row or a column as a list", () => {
    expect(coerceAmounts([[1, 2, 3]], "caps", { list: true }).values).toEqual([1, 2, 3]);
    expect(coerceAmounts([[1], [2]], "caps", { list: true }).orientation).toBe("column");
  });
});

describe("data types in cells", () => {
  const entity = { type: "Entity", text: "Microsoft Corp", properties: {} };
  const formatted = { type: "FormattedNumber", basicValue: 20000, numberFormat: "£#,##0" };

  it("refuses a linked data type or entity, naming the cell", () => {
    expect(() => coerceAmounts([[1], [2], [entity as never]], "contributions")).toThrow(
      /In the contributions, row 3 holds a data type, not an amount/
    );
  });

  it("reads a formatted number's value", () => {
    expect(coerceAmounts([[formatted as never], [5]], "contributions").values).toEqual([20000, 5]);
  });
});

describe("isBlank", () => {
  it.each([null, undefined, "", " ", "\t", "\u00a0", "\u2009 \u202f", "\ufeff"])(
    "%p is blank",
    (v) => expect(isBlank(v)).toBe(true)
  );
  it.each(["capped", " capped", "\u00a0x", "é", "0", 0, false])("%p is not blank", (v) =>
    expect(isBlank(v)).toBe(false)
  );
});
