import { alignVsPool, parseAnswer, PoolError, TABLE_11 } from "../../src/core";

describe("alignVsPool (Audit Commission Table 11)", () => {
  it("has the eight tests in DOMAIN.md order", () => {
    expect(TABLE_11.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(TABLE_11[2].align).toMatch(/third-sector/);
    expect(TABLE_11[7].align).toMatch(/legal/i);
  });

  it("recommends POOL for a discrete health and social care service among statutory partners", () => {
    const r = alignVsPool(["pool", "pool", "pool", "pool", "pool", "pool", "pool", "pool"]);
    expect(r).toMatchObject({ recommendation: "POOL", score: 1, answered: 8 });
    expect(r.reasons[0]).toBe(
      "Test 1 favours pooling: there is a clear, discrete service one body can deliver best."
    );
  });

  it("recommends ALIGN for a crime and disorder partnership with third-sector partners", () => {
    const r = alignVsPool(["align", "a", "aligning", -1, "align", null, "", "pool"]);
    expect(r.recommendation).toBe("ALIGN");
    expect(r.score).toBeCloseTo(-4 / 6, 9);
    expect(r.reasons).toContain(
      "Test 3 favours aligning: private or third-sector partners are involved."
    );
  });

  it("legal constraints (test 8 answered align) force ALIGN whatever the score", () => {
    const r = alignVsPool(["pool", "pool", "pool", "pool", "pool", "pool", "pool", "align"]);
    expect(r.recommendation).toBe("ALIGN");
    expect(r.score).toBe(0.75);
    expect(r.reasons[0]).toMatch(
      /^Test 8: legal or other constraints make pooling hard or impossible/
    );
  });

  it("under a statutory power, private or third-sector partners (test 3) rule pooling out", () => {
    const answers = ["pool", "pool", "align", "pool", "pool", "pool", "pool", "pool"];
    expect(alignVsPool(answers).recommendation).toBe("POOL");
    const r = alignVsPool(answers, undefined, { statutory: true });
    expect(r.recommendation).toBe("ALIGN");
    expect(r.score).toBe(0.75);
    expect(r.reasons[0]).toMatch(
      /^Test 3: .*cannot be members of a pool made under a statutory power/
    );
    expect(r.reasons[0]).toMatch(/unlawful/);
    // Only statutory partners: the power changes nothing.
    expect(
      alignVsPool(["pool", "pool", "pool", "pool", "pool", null, null, null], undefined, {
        statutory: true,
      }).recommendation
    ).toBe("POOL");
  });

  it("weights that are all zero are an error, not EITHER", () => {
    expect(() =>
      alignVsPool(
        TABLE_11.map(() => "pool"),
        TABLE_11.map(() => 0)
      )
    ).toThrow(/weights add up to zero/);
  });

  it("fewer than five answers is INSUFFICIENT", () => {
    const r = alignVsPool(["pool", "pool", "pool", "pool", null, null, null, null]);
    expect(r.recommendation).toBe("INSUFFICIENT");
    expect(r.reasons[0]).toMatch(/Only 4 of the 8 tests/);
  });

  it("a balanced set of answers is EITHER", () => {
    const r = alignVsPool([1, -1, 1, -1, 1, -1, 0.1, 0]);
    expect(r.recommendation).toBe("EITHER");
    expect(Math.abs(r.score)).toBeLessThan(0.2);
  });

  it("treats numbers as degrees and weights the tests", () => {
    expect(alignVsPool([0.5, 0.5, 0.5, 0.5, 0.5, null, null, null]).score).toBe(0.5);
    const weighted = alignVsPool(
      ["pool", "align", "align", "align", "align", null, null, null],
      [5, 1, 1, 1, 1, 1, 1, 1]
    );
    expect(weighted.score).toBeCloseTo(1 / 9, 11);
    expect(weighted.recommendation).toBe("EITHER");
  });

  it("reads answers the way people type them", () => {
    expect(parseAnswer(" Pool ", 0)).toBe(1);
    expect(parseAnswer("ALIGN", 0)).toBe(-1);
    // TRUE and FALSE do not say which way a test points.
    expect(() => parseAnswer(true, 0)).toThrow(/Answer 1 is TRUE/);
    expect(parseAnswer("don’t know", 0)).toBeNull();
    expect(parseAnswer("-0.5", 0)).toBe(-0.5);
  });

  it("explains an answer it cannot read", () => {
    expect(() => alignVsPool(["maybe", null, null, null, null, null, null, null])).toThrow(
      'Answer 1 ("maybe") is not understood. Use "pool", "align", a number from -1 to 1, or leave it blank if unknown.'
    );
    expect(() => alignVsPool([2, null, null, null, null, null, null, null])).toThrow(PoolError);
  });

  it("asks for exactly eight answers and eight weights", () => {
    expect(() => alignVsPool(["pool"])).toThrow(/Give 8 answers/);
    expect(() => alignVsPool(new Array(8).fill("pool"), [1, 1])).toThrow(/Give 8 weights/);
    expect(() => alignVsPool(new Array(8).fill("pool"), [1, 1, 1, 1, 1, 1, 1, -1])).toThrow(
      /Weight 8/
    );
  });
});
