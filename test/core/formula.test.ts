import fc from "fast-check";
import { apportion, parseFormula, referencesIn } from "../../src/core";
import { roundingOf } from "../../src/core/explain/pennies";

describe("reading a formula for Explain this figure", () => {
  it("parses calls, omitted arguments, quoted text, arrays and sheet references", () => {
    const tree = parseFormula(
      `=POOL.DEFICITSPLIT(-$B$7*10%,'Partners'' sheet'!B2:B3,"Host ""A""",{1;2},,TRUE)`
    );
    expect(tree).toEqual({
      kind: "call",
      name: "POOL.DEFICITSPLIT",
      args: [
        {
          kind: "binary",
          op: "*",
          left: { kind: "unary", op: "-", arg: { kind: "ref", address: "B7" } },
          right: {
            kind: "binary",
            op: "/",
            left: { kind: "literal", value: 10 },
            right: { kind: "literal", value: 100 },
          },
        },
        { kind: "ref", sheet: "Partners' sheet", address: "B2:B3" },
        { kind: "literal", value: 'Host "A"' },
        { kind: "array", rows: [[1], [2]] },
        { kind: "blank" },
        { kind: "literal", value: true },
      ],
    });
    expect(referencesIn(tree)).toEqual([
      { sheet: undefined, address: "B7" },
      { sheet: "Partners' sheet", address: "B2:B3" },
    ]);
  });

  it("tells a function name from a cell reference (LOG10 is a function, AB12 a cell)", () => {
    expect(parseFormula("=LOG10(AB12)")).toEqual({
      kind: "call",
      name: "LOG10",
      args: [{ kind: "ref", address: "AB12" }],
    });
  });

  it("refuses what it cannot read, with the reason", () => {
    expect(() => parseFormula("=POOL.POOLSHARE(B2:B3")).toThrow(
      /could not be read: "\)" was expected/
    );
    expect(() => parseFormula("=1 2")).toThrow(/"2" was not expected/);
  });
});

describe("the leftover pennies an explanation reports", () => {
  it("are exactly the pennies largest remainder gave, and each went to a remainder no smaller than any left out (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1e10 }),
        (weights, total) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = Array.from(apportion(total, weights));
          const r = weights.map((_, i) => roundingOf(total, weights, parts, i));
          const extras = r.reduce((a, x) => a + x.extra, 0);
          expect(extras).toBe(r[0].leftover);
          r.forEach((x, i) => {
            expect(x.floor + x.extra).toBe(parts[i]);
            if (x.extra === 0 && weights[i] > 0 && extras > 0)
              expect(x.remainder).toBeLessThanOrEqual(x.cutoff + 1e-6);
          });
        }
      ),
      { numRuns: 300 }
    );
  });
});
