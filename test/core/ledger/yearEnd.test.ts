import {
  balances,
  drawable,
  isFundingStream,
  statements,
  yearPosition,
} from "../../../src/core/ledger";
import { BCF, BCF_BANDED, p, QUARTER_1, QUARTER_2, YEAR_END } from "./bcfPool";

// Figures worked by hand in bcfPool.ts's terms: lines 0 ICB NHS minimum (£20m), 1 council
// BCF grant (£8m), 2 council additional (£2m, +£0.1m from 14 Nov), 3 DFG (£3m, ring-fenced).

describe("the BCF pool at year end", () => {
  const year = yearPosition(BCF, YEAR_END);

  it("charges each scheme's spending to its lines, never beyond what a line gave", () => {
    expect(year.schemes.map((s) => s.variance)).toEqual([
      p(-200_000),
      p(800_000), // £8.3m spent less £0.1m income, on £7.4m
      p(900_000),
      p(-400_000),
    ]);
    expect(year.schemes[1].charges).toEqual([
      { line: 0, amount: p(4_400_000) },
      { line: 1, amount: p(3_000_000) },
    ]);
    expect(year.schemes[0].charges).toEqual([{ line: 0, amount: p(14_800_000) }]);
    expect(year.overspend).toBe(p(1_700_000));
  });

  it("applies the order of draw step by step", () => {
    const [underspends, contingency, riskShare] = year.steps;
    // 1. Underspends elsewhere: the ICB's £0.2m on community health and the council's
    //    £0.1m variation, unallocated; the DFG's £0.4m is ring-fenced and not drawn.
    expect(underspends).toEqual({
      step: "underspends",
      before: p(1_700_000),
      amount: p(300_000),
      parts: [p(200_000), 0, p(100_000), 0],
    });
    // 2. The contingency, as it was funded: £0.6m ICB, £0.4m council.
    expect(contingency).toEqual({
      step: "contingency",
      before: p(1_400_000),
      amount: p(1_000_000),
      parts: [p(600_000), 0, p(400_000), 0],
    });
    // 3. £0.4m left, in proportion to own contributions: ICB £20m, council £2.1m (its
    //    grants bear nothing). 40,000,000p × 20/22.1 = 36,199,095.02p, the council's
    //    3,800,904.98p takes the leftover penny.
    expect(riskShare).toEqual({
      step: "risk share",
      before: p(400_000),
      amount: p(400_000),
      parts: [p(361_990.95), p(38_009.05)],
    });
    expect(year.invoices).toEqual([p(361_990.95), p(38_009.05)]);
  });

  it("keeps the DFG's unspent balance on the DFG line", () => {
    const dfg = year.lines[3];
    expect(dfg).toMatchObject({
      schemes: p(2_600_000),
      drawn: 0,
      contingency: 0,
      balance: p(400_000),
    });
    expect(year.lines.map((l) => l.balance)).toEqual([0, 0, 0, p(400_000)]);
  });

  it("lets no funding stream bear an overspend", () => {
    BCF.lines.forEach((line, l) => {
      if (!line.grant && !isFundingStream(BCF.partners[line.partner])) return;
      const position = year.lines[l];
      expect(drawable(BCF, l)).toBe(false);
      expect(position.drawn + position.contingency).toBe(0);
      // A grant line pays only for the schemes it funds, and never more than it gave them.
      const given = BCF.schemes.flatMap((s) => s.funding).filter((f) => f.line === l);
      expect(position.schemes).toBeLessThanOrEqual(given.reduce((a, f) => a + f.amount, 0));
    });
  });

  it("adds the partners' balances up to the pool's", () => {
    // Net spending £33.1m against £33.1m in the pool: no variance overall, yet the DFG's
    // £0.4m stays on the DFG, so partners are invoiced £0.4m for the others' overspend.
    expect(year.variance).toBe(0);
    const balance = year.lines.reduce((a, l) => a + l.balance, 0);
    const invoiced = year.invoices.reduce((a, b) => a + b, 0);
    expect(invoiced - balance).toBe(year.variance);
    const s = statements(BCF, year);
    const carried = s
      .flatMap((x) => x.lines)
      .reduce((a, l) => a + l.carriedForward + l.returned, 0);
    expect(carried).toBe(balance);
  });

  it("gives each partner a memorandum that reconciles by source", () => {
    const [icb, council] = statements(BCF, year);
    expect(icb.title).toBe("Memorandum of accounts");
    expect(icb.reconciles && council.reconciles).toBe(true);
    for (const l of [...icb.lines, ...council.lines]) {
      // brought forward + received − share of spending = carried forward
      expect(l.broughtForward + l.received - l.spending).toBe(l.carriedForward);
      expect(l.outstanding).toBe(0);
    }
    expect(council.lines.map((l) => [l.source, l.spending, l.carriedForward])).toEqual([
      ["Local authority BCF grant", p(8_000_000), 0],
      ["Additional contribution", p(2_100_000), 0],
      ["Disabled Facilities Grant", p(2_600_000), p(400_000)],
    ]);
    expect(icb.shareOfOverspend).toBe(p(361_990.95));
  });

  it("gives the agreement of balances: the ICB owes the host its invoice", () => {
    expect(balances(BCF, year)).toEqual([
      {
        partner: 0,
        name: "Northshire ICB",
        owedToHost: p(361_990.95),
        owedByHost: 0,
        heldByHost: 0,
      },
    ]);
  });

  it("returns a ring-fenced balance to its source when the agreement says so", () => {
    const returning = { ...BCF, rules: { ...BCF.rules, ringFenced: "return" as const } };
    const council = statements(returning, yearPosition(returning, YEAR_END))[1];
    expect(council.lines[2]).toMatchObject({ carriedForward: 0, returned: p(400_000) });
    expect(council.reconciles).toBe(true);
  });
});

describe("the BCF pool in year", () => {
  it("at Quarter 2 forecasts the year-end position, with what is due kept apart from what is not yet", () => {
    const q2 = yearPosition(BCF, QUARTER_2);
    // Social care has no forecast yet and counts at its budget, £6.6m.
    expect(q2.schemes[2]).toMatchObject({ atBudget: true, spend: p(6_600_000), variance: 0 });
    // £0.5m over on intermediate care: no spare money outside the DFG, so the contingency
    // meets it (£0.3m ICB, £0.2m council) and nothing is left for the risk share.
    expect(q2.steps.map((s) => [s.step, s.amount])).toEqual([
      ["underspends", 0],
      ["contingency", p(500_000)],
      ["risk share", 0],
    ]);
    expect(q2.steps[1].parts).toEqual([p(300_000), 0, p(200_000), 0]);
    // The November variation is not yet agreed at 30 September.
    expect(q2.lines[2].contribution).toBe(p(2_000_000));
    expect(q2.variance).toBe(p(-700_000));
    const [icb] = statements(BCF, q2);
    expect(icb.title).toBe("Forecast year-end position");
    expect(icb.lines[0]).toMatchObject({
      due: p(10_000_000), // April and July instalments
      received: p(7_500_000),
      outstanding: p(2_500_000),
      notYetDue: p(10_000_000),
      spending: p(19_700_000),
      carriedForward: p(300_000),
    });
    expect(icb.reconciles).toBe(true);
  });

  it("at Quarter 1 counts every scheme not yet forecast at its budget", () => {
    const q1 = yearPosition(BCF, QUARTER_1);
    expect(q1.schemes.map((s) => s.atBudget)).toEqual([false, true, true, true]);
    // On budget everywhere: the unused contingency is the forecast underspend.
    expect(q1.variance).toBe(p(-1_000_000));
    expect(q1.lines.map((l) => l.balance)).toEqual([p(600_000), 0, p(400_000), 0]);
  });
});

describe("other risk-share rules", () => {
  it("puts what the draws leave on the lead commissioner of each overspent scheme", () => {
    const year = yearPosition(
      { ...BCF, rules: { ...BCF.rules, riskShare: { kind: "commissioner" } } },
      YEAR_END
    );
    // Both overspent schemes are the council's.
    expect(year.invoices).toEqual([0, p(400_000)]);
  });

  it("splits through risk-share bands between partners", () => {
    const year = yearPosition(BCF_BANDED, YEAR_END);
    // £125k each from the first band; the last £150k in proportion 20 : 2.1.
    // 15,000,000p × 20/22.1 = 13,574,660.63p; the council's 1,425,339.37p.
    expect(year.invoices).toEqual([p(125_000 + 135_746.61), p(125_000 + 14_253.39)]);
  });

  it("meets the overspend from the contingency first when the agreement orders it so", () => {
    const year = yearPosition(
      { ...BCF, rules: { ...BCF.rules, draws: ["contingency", "underspends"] } },
      YEAR_END
    );
    expect(year.steps.map((s) => [s.step, s.before, s.amount])).toEqual([
      ["contingency", p(1_700_000), p(1_000_000)],
      ["underspends", p(700_000), p(300_000)],
      ["risk share", p(400_000), p(400_000)],
    ]);
  });
});

describe("a pool whose schemes do not use all its money", () => {
  it("shows the unallocated money and the underspend it makes", () => {
    // £30m in the pool, £28m of schemes, all spent: a £2m underspend, not none.
    const ledger = {
      ...BCF,
      lines: [{ partner: 0, source: "NHS minimum contribution", annual: p(30_000_000) }],
      variations: [],
      contingency: [],
      schemes: [
        {
          name: "Community health services",
          commissioner: 0,
          funding: [{ line: 0, amount: p(28_000_000) }],
        },
      ],
    };
    const year = yearPosition(ledger, {
      ...YEAR_END,
      spend: [p(28_000_000)],
      income: [],
      received: [p(30_000_000)],
    });
    expect(year.unallocated).toEqual([{ line: 0, amount: p(2_000_000) }]);
    expect(year.variance).toBe(p(-2_000_000));
    expect(year.lines[0].balance).toBe(p(2_000_000));
  });
});
