import { checkLedger, dueBy, instalmentsOf, Ledger, periodEnd } from "../../../src/core/ledger";
import { BCF, p } from "./bcfPool";

const withRule = (riskShare: Ledger["rules"]["riskShare"]): Ledger => ({
  ...BCF,
  rules: { ...BCF.rules, riskShare },
});

/** The BCF pool with its council grant joining as a party of its own. */
const GRANT_AS_PARTY: Ledger = {
  ...BCF,
  partners: [...BCF.partners, { name: "Better Care grant", bodyType: "funding-stream" }],
  lines: BCF.lines.map((l, i) => (i === 1 ? { ...l, partner: 2 } : l)),
};

describe("checking a ledger", () => {
  it("accepts the BCF pool and shows the winter variation as unallocated", () => {
    expect(checkLedger(BCF).filter((u) => u.amount)).toEqual([{ line: 2, amount: p(100_000) }]);
  });

  it("shows money no scheme or contingency uses as unallocated", () => {
    const more = {
      ...BCF,
      lines: BCF.lines.map((l, i) => (i === 0 ? { ...l, annual: p(20_500_000) } : l)),
    };
    expect(checkLedger(more).filter((u) => u.amount)).toEqual([
      { line: 0, amount: p(500_000) },
      { line: 2, amount: p(100_000) },
    ]);
  });

  it("refuses scheme funding beyond what a line has, naming it", () => {
    const over = {
      ...BCF,
      schemes: BCF.schemes.map((s, i) =>
        i === 3 ? { ...s, funding: [{ line: 3, amount: p(3_200_000) }] } : s
      ),
    };
    expect(() => checkLedger(over)).toThrow(
      "Schemes and the contingency are given £3,200,000.00 from Northshire County Council: Disabled Facilities Grant, which has only £3,000,000.00."
    );
  });

  it("refuses a contingency funded from a ring-fenced or grant line", () => {
    expect(() => checkLedger({ ...BCF, contingency: [{ line: 3, amount: p(100_000) }] })).toThrow(
      /Disabled Facilities Grant, which is ring-fenced/
    );
    expect(() => checkLedger({ ...BCF, contingency: [{ line: 1, amount: p(100_000) }] })).toThrow(
      /BCF grant, which is a funding stream/
    );
  });

  it("refuses any rule that would charge a funding stream, naming the rule or band", () => {
    expect(() =>
      checkLedger({
        ...GRANT_AS_PARTY,
        rules: { ...BCF.rules, riskShare: { kind: "split", method: "equal" } },
      })
    ).toThrow('The rule "Equal parts" would charge Better Care grant, a funding stream');
    expect(() =>
      checkLedger({
        ...GRANT_AS_PARTY,
        rules: { ...BCF.rules, riskShare: { kind: "split", method: "host", host: 2 } },
      })
    ).toThrow('The rule "Host bears it all" would charge Better Care grant');
    expect(() =>
      checkLedger({
        ...GRANT_AS_PARTY,
        rules: {
          ...BCF.rules,
          riskShare: {
            kind: "bands",
            bands: [
              { size: 100_000, shares: [0.5, 0.3, 0.2] },
              { size: null, shares: null },
            ],
          },
        },
      })
    ).toThrow(
      "Band 1 of the risk-share schedule gives Better Care grant, a funding stream, a share"
    );
    // In proportion: the grant weighs nothing, so it is accepted.
    expect(() => checkLedger(GRANT_AS_PARTY)).not.toThrow();
    expect(() => checkLedger(withRule({ kind: "split", method: "equal" }))).not.toThrow();
  });

  it("refuses a funding stream as a scheme's lead commissioner or the host", () => {
    const schemes = BCF.schemes.map((s, i) => (i === 2 ? { ...s, commissioner: 2 } : s));
    expect(() => checkLedger({ ...GRANT_AS_PARTY, schemes })).toThrow(
      "Adult social care packages names Better Care grant as its lead commissioner"
    );
    expect(() => checkLedger({ ...GRANT_AS_PARTY, host: 2 })).toThrow("cannot host the pool");
  });

  it("refuses references to nothing, amounts that are not pence, and variations without a reason", () => {
    expect(() => checkLedger({ ...BCF, host: 5 })).toThrow(
      "The host names partner 6, but there are only 2."
    );
    expect(() =>
      checkLedger({ ...BCF, lines: [...BCF.lines, { partner: 0, source: "Extra", annual: 10.5 }] })
    ).toThrow("Northshire ICB: Extra's annual contribution (10.5) must be a whole number of pence");
    expect(() =>
      checkLedger({
        ...BCF,
        variations: [{ line: 2, date: "2025-11-14", amount: 100, reason: " " }],
      })
    ).toThrow("needs a reason");
    expect(() =>
      checkLedger({
        ...BCF,
        variations: [{ line: 2, date: "14/11/2025", amount: 100, reason: "Winter" }],
      })
    ).toThrow("write it as 2025-04-01");
  });

  it("refuses instalments that do not add up to the contribution", () => {
    const instalments = instalmentsOf(BCF).map((i, k) =>
      k === 0 ? { ...i, amount: i.amount - 1 } : i
    );
    expect(() => checkLedger({ ...BCF, instalments })).toThrow(
      "The instalments for Northshire ICB: NHS minimum contribution add up to £19,999,999.99, not its annual contribution of £20,000,000.00."
    );
  });
});

describe("instalments and periods", () => {
  it("pays four equal quarterly instalments in advance, the odd pence first", () => {
    const one = { ...BCF, lines: [{ partner: 0, source: "Odd", annual: 1_000_003 }] };
    expect(instalmentsOf(one)).toEqual([
      { line: 0, date: "2025-04-01", amount: 250_001 },
      { line: 0, date: "2025-07-01", amount: 250_001 },
      { line: 0, date: "2025-10-01", amount: 250_001 },
      { line: 0, date: "2026-01-01", amount: 250_000 },
    ]);
  });

  it("counts instalments and variations due by a date", () => {
    expect(dueBy(BCF, 2, "2025-09-30")).toBe(p(1_000_000));
    expect(dueBy(BCF, 2, "2025-11-14")).toBe(p(1_600_000)); // three instalments and the variation
    expect(dueBy(BCF, 2, "2026-03-31")).toBe(p(2_100_000));
  });

  it("ends each period on its last day, months and quarters alike", () => {
    expect(periodEnd("2025/26", "Quarter 2")).toBe("2025-09-30");
    expect(periodEnd("2025-26", "Month 6")).toBe("2025-09-30");
    expect(periodEnd("2025/26", "Month 11")).toBe("2026-02-28");
    expect(periodEnd("2027/28", "Month 11")).toBe("2028-02-29");
    expect(periodEnd("2025/26", "Year end")).toBe("2026-03-31");
    expect(() => periodEnd("2025/26", "Month 13")).toThrow("is not a reporting period");
  });
});
