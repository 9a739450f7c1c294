import { colLetter } from "../../core/a1";
import type { Ledger } from "../../core/ledger";

/** Blank rows under the variations, for those agreed after the sheet is written. */
export const SPARE_VARIATIONS = 3;

/**
 * Where everything sits on the Ledger sheet, worked from the pool's shape; the plans that
 * write it and read it, and the tests, all take positions from here.
 */
export function ledgerLayout(ledger: Ledger) {
  const n = ledger.partners.length;
  const m = ledger.lines.length;
  const s = ledger.schemes.length;
  const v = (ledger.variations?.length ?? 0) + SPARE_VARIATIONS;
  const table = (head: number, rows: number) => ({
    head,
    first: head + 1,
    last: head + rows,
    total: head + rows + 1,
  });
  const partners = table(16, n);
  // A risk-share schedule, where the rule has one: a row per band, below the partners.
  const bandRows =
    ledger.rules.riskShare.kind === "bands" ? ledger.rules.riskShare.bands.length : 0;
  const bands = table(partners.total + 4, bandRows);
  const lines = table(bandRows ? bands.last + 4 : partners.total + 4, m);
  const went = table(lines.total + 4, m);
  const instalments = table(went.total + 4, m);
  const variations = table(instalments.last + 4, v);
  const schemes = table(variations.last + 4, s);
  const contingencyRow = schemes.total + 1;
  const charges = table(contingencyRow + 4, s);
  const draw = table(charges.last + 4, ledger.rules.draws.length + 1);
  const fund = (i: number) => colLetter(3 + i);
  const after = (k: number) => colLetter(3 + m + k);
  const col = (letter: string, t: { first: number; last: number }) =>
    `$${letter}$${t.first}:$${letter}$${t.last}`;
  return {
    year: "B4",
    period: "B5",
    asAt: "B6",
    host: "B7",
    rule: "B8",
    threshold: "B9",
    order: "B10",
    ringFenced: "B11",
    other: "B12",
    partners,
    bands,
    bandRows,
    lines,
    went,
    instalments,
    variations,
    schemes,
    contingencyRow,
    charges,
    draw,
    /** The risk share's row in the order of draw: what the draws leave. */
    leftRow: draw.last,
    summary: draw.last + 2,
    /** The rule drop-down's list, below the print area. */
    ruleList: draw.last + 9,
    /** Scheme and contingency funding from line i, and the charge matrix's column for it. */
    fund,
    lastFund: fund(m - 1),
    budget: after(0),
    spend: after(1),
    income: after(2),
    counted: after(3),
    net: after(4),
    variance: after(5),
    overspend: after(6),
    shareLeft: after(7),
    /** Each scheme's over/(under) budget as it stood when the period last moved on: the board report's movement. */
    lastVariance: after(8),
    lastSchemeCol: after(8),
    col,
  };
}

export type LedgerLayout = ReturnType<typeof ledgerLayout>;
