import type { Ledger, PeriodFigures } from "../../../src/core/ledger";

/** Pounds to pence for the worked figures. */
export const p = (pounds: number) => Math.round(pounds * 100);

/**
 * A Better Care Fund-like pool to check by hand: the ICB's NHS minimum contribution, the
 * council's BCF grant and an additional contribution, a ring-fenced Disabled Facilities
 * Grant, a £1m contingency and four schemes with lead commissioners. The council hosts.
 */
export const BCF: Ledger = {
  name: "Northshire Better Care Fund",
  year: "2025/26",
  partners: [
    { name: "Northshire ICB", bodyType: "icb" },
    { name: "Northshire County Council", bodyType: "council" },
  ],
  host: 1,
  lines: [
    { partner: 0, source: "NHS minimum contribution", annual: p(20_000_000) },
    { partner: 1, source: "Local authority BCF grant", grant: true, annual: p(8_000_000) },
    { partner: 1, source: "Additional contribution", annual: p(2_000_000) },
    {
      partner: 1,
      source: "Disabled Facilities Grant",
      grant: true,
      ringFenced: true,
      annual: p(3_000_000),
    },
  ],
  variations: [{ line: 2, date: "2025-11-14", amount: p(100_000), reason: "Winter pressures" }],
  contingency: [
    { line: 0, amount: p(600_000) },
    { line: 2, amount: p(400_000) },
  ],
  schemes: [
    {
      name: "Community health services",
      commissioner: 0,
      funding: [{ line: 0, amount: p(15_000_000) }],
    },
    {
      name: "Intermediate care and reablement",
      commissioner: 1,
      funding: [
        { line: 0, amount: p(4_400_000) },
        { line: 1, amount: p(3_000_000) },
      ],
    },
    {
      name: "Adult social care packages",
      commissioner: 1,
      funding: [
        { line: 1, amount: p(5_000_000) },
        { line: 2, amount: p(1_600_000) },
      ],
    },
    { name: "Home adaptations", commissioner: 1, funding: [{ line: 3, amount: p(3_000_000) }] },
  ],
  rules: {
    draws: ["underspends", "contingency"],
    riskShare: { kind: "split", method: "proportional" },
    ringFenced: "carry forward",
    other: "carry forward",
  },
};

/** The same pool with a risk-share schedule: the first £250,000 shared 50 : 50, the rest in proportion. */
export const BCF_BANDED: Ledger = {
  ...BCF,
  rules: {
    ...BCF.rules,
    riskShare: {
      kind: "bands",
      bands: [
        { size: 250_000, shares: [0.5, 0.5] },
        { size: null, shares: null },
      ],
    },
  },
};

/** Quarter 2: intermediate care forecast £0.5m over, social care not yet forecast, the DFG £0.2m under; the ICB has paid £2.5m less than due. */
export const QUARTER_2: PeriodFigures = {
  asAt: "2025-09-30",
  final: false,
  spend: [p(15_000_000), p(7_900_000), null, p(2_800_000)],
  received: [p(7_500_000), p(4_000_000), p(1_000_000), p(1_500_000)],
};

/** Quarter 1: only community health has a forecast yet (on budget). */
export const QUARTER_1: PeriodFigures = {
  asAt: "2025-06-30",
  final: false,
  spend: [p(15_000_000), null, null, null],
  received: [p(5_000_000), p(2_000_000), p(500_000), p(750_000)],
};

/** Year end: community health £0.2m under, intermediate care £0.8m over after £0.1m income, social care £0.9m over, the DFG £0.4m under. */
export const YEAR_END: PeriodFigures = {
  asAt: "2026-03-31",
  final: true,
  spend: [p(14_800_000), p(8_300_000), p(7_500_000), p(2_600_000)],
  income: [0, p(100_000), 0, 0],
  received: [p(20_000_000), p(8_000_000), p(2_100_000), p(3_000_000)],
};
