import { checkLedger, instalmentsOf, nextLedger, yearPosition } from "../../../src/core/ledger";
import { BCF, p, QUARTER_2, YEAR_END } from "./bcfPool";

describe("next year's ledger", () => {
  const yearEnd = yearPosition(BCF, YEAR_END);

  it("uplifts each line, brings forward what the DFG kept, and scales each line's funding to the penny", () => {
    const next = nextLedger(BCF, yearEnd, [0.025, 0.017, 0, 0]);
    expect(next.year).toBe("2026/27");
    expect(next.lines.map((l) => l.annual)).toEqual([
      p(20_500_000),
      p(8_136_000),
      p(2_000_000),
      p(3_000_000),
    ]);
    // The DFG's £400,000 stays on its line; the other lines ended the year with nothing left.
    expect(next.lines.map((l) => l.broughtForward ?? 0)).toEqual([0, 0, 0, p(400_000)]);
    // The ICB's £20m went 15m, 4.4m and 0.6m to the contingency: at £20.5m, 15.375m, 4.51m, 0.615m.
    expect(next.schemes[0].funding).toEqual([{ line: 0, amount: p(15_375_000) }]);
    expect(next.schemes[1].funding).toEqual([
      { line: 0, amount: p(4_510_000) },
      { line: 1, amount: p(3_051_000) },
    ]);
    expect(next.contingency).toEqual([
      { line: 0, amount: p(615_000) },
      { line: 2, amount: p(400_000) },
    ]);
    // This year's winter variation does not carry; the rule chain, host and partners do.
    expect(next.variations).toBeUndefined();
    expect(next.rules).toEqual(BCF.rules);
    expect([next.host, next.partners]).toEqual([BCF.host, BCF.partners]);
    expect(() => checkLedger(next)).not.toThrow();
  });

  it("keeps an agreed instalment schedule, a year on, adding up to each line's new contribution", () => {
    const scheduled = { ...BCF, instalments: instalmentsOf(BCF), power: "s75" as const };
    const next = nextLedger(scheduled, yearPosition(scheduled, YEAR_END), [0.025, 0, 0, 0]);
    expect(next.power).toBe("s75");
    const icb = next.instalments!.filter((x) => x.line === 0);
    expect(icb.map((x) => x.date)).toEqual([
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
      "2027-01-01",
    ]);
    expect(icb.map((x) => x.amount)).toEqual([
      p(5_125_000),
      p(5_125_000),
      p(5_125_000),
      p(5_125_000),
    ]);
    for (const [line, l] of next.lines.entries()) {
      const paid = next
        .instalments!.filter((x) => x.line === line)
        .reduce((a, x) => a + x.amount, 0);
      expect(paid).toBe(l.annual);
    }
  });

  it("starts a line whose balance was returned at nothing, and waits for the year end", () => {
    const returning = { ...BCF, rules: { ...BCF.rules, ringFenced: "return" as const } };
    const next = nextLedger(returning, yearPosition(returning, YEAR_END), [0, 0, 0, 0]);
    expect(next.lines[3].broughtForward).toBeUndefined();
    expect(() => nextLedger(BCF, yearPosition(BCF, QUARTER_2), [0, 0, 0, 0])).toThrow(
      "Next year starts from the year's outturn"
    );
    expect(() => nextLedger(BCF, yearEnd, [-1, 0, 0, 0])).toThrow(
      "Northshire ICB: NHS minimum contribution's uplift"
    );
  });
});
