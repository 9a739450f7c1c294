import fc from "fast-check";
import { Ledger, PeriodFigures, statements, yearPosition } from "../../../src/core/ledger";

// Random pools of 2 to 30 partners that pass the checks: each line's money goes to schemes
// and the contingency without exceeding it; spending anywhere from nothing to double.

const pounds = fc.integer({ min: 0, max: 5_000_000 }).map((x) => x * 100 + (x % 7));

const pool = fc
  .record({
    partners: fc.integer({ min: 2, max: 30 }),
    lines: fc.array(
      fc.record({
        annual: pounds,
        grant: fc.boolean(),
        ringFenced: fc.boolean(),
        kept: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 2, maxLength: 40 }
    ),
    reserveShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
    schemes: fc.integer({ min: 1, max: 8 }),
    spendFactor: fc.array(fc.option(fc.double({ min: 0, max: 2, noNaN: true })), {
      minLength: 8,
      maxLength: 8,
    }),
    method: fc.constantFrom("proportional", "commissioner", "host"),
    draws: fc.constantFrom(["underspends", "contingency"], ["contingency", "underspends"], []),
  })
  .map((r): { ledger: Ledger; figures: PeriodFigures } => {
    const lines = r.lines.map((l, i) => ({
      partner: i % r.partners,
      source: `Source ${i + 1}`,
      annual: l.annual,
      grant: l.grant && i % r.partners !== 0, // partner 1's first line is its own money
      ringFenced: l.ringFenced,
    }));
    const contingency = lines
      .map((l, line) => ({
        line,
        amount: l.grant || l.ringFenced ? 0 : Math.floor(l.annual * r.reserveShare),
      }))
      .filter((f) => f.amount > 0);
    const schemes = Array.from({ length: r.schemes }, (_, s) => ({
      name: `Scheme ${s + 1}`,
      commissioner: s % r.partners,
      funding: lines
        .map((l, line) => ({ line, l }))
        .filter(({ line }) => line % r.schemes === s)
        .map(({ line, l }) => {
          const reserve = contingency.find((c) => c.line === line)?.amount ?? 0;
          return { line, amount: Math.floor((l.annual - reserve) * r.lines[line].kept) };
        }),
    }));
    const ledger: Ledger = {
      name: "Random pool",
      year: "2025/26",
      partners: Array.from({ length: r.partners }, (_, i) => ({ name: `Partner ${i + 1}` })),
      host: 0,
      lines,
      contingency,
      schemes,
      rules: {
        draws: [...r.draws] as Ledger["rules"]["draws"],
        riskShare:
          r.method === "commissioner"
            ? { kind: "commissioner" }
            : { kind: "split", method: r.method === "host" ? "host" : "proportional" },
        ringFenced: "carry forward",
        other: "return",
      },
    };
    const figures: PeriodFigures = {
      asAt: "2026-03-31",
      final: true,
      spend: schemes.map((s, i) => {
        const f = r.spendFactor[i];
        const budget = s.funding.reduce((a, x) => a + x.amount, 0);
        return f === null ? null : Math.round(budget * f);
      }),
      received: lines.map((l) => l.annual),
    };
    return { ledger, figures };
  });

describe("any pool's year", () => {
  it("adds up exactly, keeps protected money on its line and reconciles every statement", () => {
    fc.assert(
      fc.property(pool, ({ ledger, figures }) => {
        const year = yearPosition(ledger, figures);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        // The steps meet the overspend exactly.
        expect(sum(year.steps.map((s) => s.amount))).toBe(year.overspend);
        year.steps.forEach((s) => expect(sum(s.parts)).toBe(s.amount));
        // The partners' balances and invoices add up to the pool's variance.
        expect(sum(year.invoices) - sum(year.lines.map((l) => l.balance))).toBe(year.variance);
        year.lines.forEach((l) => {
          const line = ledger.lines[l.line];
          expect(l.balance).toBeGreaterThanOrEqual(0);
          if (line.grant || line.ringFenced) expect(l.drawn + l.contingency).toBe(0);
        });
        // No scheme charges its lines more than they gave it.
        year.schemes.forEach((s) =>
          s.charges.forEach((c, k) =>
            expect(c.amount).toBeLessThanOrEqual(ledger.schemes[s.scheme].funding[k].amount)
          )
        );
        expect(statements(ledger, year).every((s) => s.reconciles)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});
