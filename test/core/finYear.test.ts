import {
  finYear,
  finYearSeries,
  fromSerial,
  parseDateText,
  PoolError,
  toSerial,
} from "../../src/core";

describe("financial years", () => {
  it("labels 1 April 2003 to 31 March 2004 as 2003/04", () => {
    expect(finYear({ year: 2003, month: 4, day: 1 })).toBe("2003/04");
    expect(finYear({ year: 2004, month: 3, day: 31 })).toBe("2003/04");
    expect(finYear({ year: 2002, month: 10, day: 1 })).toBe("2002/03");
  });

  it("pads the century turn: 1999/00 and 2009/10", () => {
    expect(finYear({ year: 1999, month: 6, day: 1 })).toBe("1999/00");
    expect(finYear({ year: 2009, month: 4, day: 1 })).toBe("2009/10");
  });

  it("honours another start month, and January gives calendar years", () => {
    expect(finYear({ year: 2003, month: 8, day: 1 }, 9)).toBe("2002/03");
    expect(finYear({ year: 2003, month: 8, day: 1 }, 1)).toBe("2003");
    expect(() => finYear({ year: 2003, month: 8, day: 1 }, 13)).toThrow(PoolError);
  });

  it("reads Excel date serials", () => {
    expect(fromSerial(37712)).toEqual({ year: 2003, month: 4, day: 1 });
    expect(toSerial({ year: 2003, month: 4, day: 1 })).toBe(37712);
    expect(() => fromSerial(10)).toThrow(/not a date/);
  });

  it("reads UK text dates", () => {
    expect(parseDateText("01/04/2003")).toEqual({ year: 2003, month: 4, day: 1 });
    expect(parseDateText("2003-04-01")).toEqual({ year: 2003, month: 4, day: 1 });
    expect(parseDateText("1 October 2002")).toEqual({ year: 2002, month: 10, day: 1 });
    expect(parseDateText("31/02/2003")).toBeUndefined();
    expect(parseDateText("soon")).toBeUndefined();
  });

  it("makes the Manchester profile's year columns from October 2002", () => {
    expect(finYearSeries({ year: 2002, month: 10, day: 1 }, 4)).toEqual([
      "2002/03",
      "2003/04",
      "2004/05",
      "2005/06",
    ]);
  });
});
