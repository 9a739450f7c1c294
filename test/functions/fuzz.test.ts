import fc from "fast-check";
import { alignVsPool } from "../../src/functions/alignVsPool";
import { deficitSplit } from "../../src/functions/deficitSplit";
import { finYear } from "../../src/functions/finYear";
import { poolShare } from "../../src/functions/poolShare";
import { reallocate } from "../../src/functions/reallocate";
import { riskShare } from "../../src/functions/riskShare";

/**
 * Whatever Excel hands a function (numbers huge and tiny, NaN, Infinity, text, booleans,
 * blanks, ragged or empty ranges), it must return a result or a CustomFunctions.Error,
 * never throw, and finish promptly.
 */
const cellValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  fc.string(),
  fc.constantFrom(
    "£20,000",
    "(5,000)",
    " 1 200 ",
    "20,000.50",
    "50%",
    "pool",
    "align",
    "capped",
    "host",
    "tiered",
    "01/04/2003",
    "TRUE",
    "Host bears it all",
    "equal",
    "proportional",
    ""
  ),
  fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);
const grid = fc.oneof(
  fc.array(fc.array(cellValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
  fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 4 }) // ragged or empty
);
const arg = fc.oneof(cellValue, grid);

function isExcelResult(result: unknown): boolean {
  if (!Array.isArray(result) || result.length === 0) return false;
  return result.every(
    (row) =>
      Array.isArray(row) &&
      row.every(
        (v) => v instanceof CustomFunctions.Error || typeof v === "number" || typeof v === "string"
      )
  );
}

const call = (f: (...a: never[]) => unknown, args: unknown[]) => {
  const started = Date.now();
  const result = (f as (...a: unknown[]) => unknown)(...args);
  expect(Date.now() - started).toBeLessThan(2000); // a hang would be caught here, not as a speed target
  return result;
};

describe("every custom function survives random input", () => {
  const runs = { numRuns: 400 };

  it("POOL.POOLSHARE", () => {
    fc.assert(
      fc.property(grid, arg, arg, arg, (a, b, c, d) =>
        expect(isExcelResult(call(poolShare, [a, b, c, d]))).toBe(true)
      ),
      runs
    );
  });

  it("POOL.DEFICITSPLIT", () => {
    fc.assert(
      fc.property(arg, grid, arg, arg, arg, arg, arg, (a, b, c, d, e, f, g) =>
        expect(isExcelResult(call(deficitSplit, [a, b, c, d, e, f, g]))).toBe(true)
      ),
      runs
    );
  });

  it("POOL.ALIGNVSPOOL", () => {
    fc.assert(
      fc.property(grid, arg, arg, arg, (a, b, c, d) =>
        expect(isExcelResult(call(alignVsPool, [a, b, c, d]))).toBe(true)
      ),
      runs
    );
  });

  it("POOL.RISKSHARE", () => {
    fc.assert(
      fc.property(arg, grid, grid, arg, (a, b, c, d) =>
        expect(isExcelResult(call(riskShare, [a, b, c, d]))).toBe(true)
      ),
      runs
    );
  });

  it("POOL.REALLOCATE", () => {
    fc.assert(
      fc.property(arg, grid, grid, arg, (a, b, c, d) =>
        expect(isExcelResult(call(reallocate, [a, b, c, d]))).toBe(true)
      ),
      runs
    );
  });

  it("POOL.FINYEAR", () => {
    fc.assert(
      fc.property(arg, arg, (a, b) => expect(isExcelResult(call(finYear, [a, b]))).toBe(true)),
      runs
    );
  });

  it("numbers that come back are finite", () => {
    fc.assert(
      fc.property(grid, arg, (a, b) => {
        for (const row of call(deficitSplit, [b, a]) as unknown[][])
          for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        for (const row of call(poolShare, [a, b]) as unknown[][])
          for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }),
      runs
    );
  });
});
