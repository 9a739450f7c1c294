import { apportion } from "../apportion";
import { nextYearLabel, upliftPence } from "../nextYear";
import { Refuse } from "../messages";
import { Funding, Instalment, Ledger, lineLabel } from "./model";
import type { YearPosition } from "./yearPosition";

/** The same day a year on: "2025-04-01" → "2026-04-01" (29 February → 28 February). */
function yearOn(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Next year's ledger from this year's, at year end: each line's agreed contribution uplifted
 * by its own percentage (to the penny, half up), and what the line had left brought forward
 * where the agreement carries it (a line whose balance was returned starts at nothing). The
 * partners, host, legal basis, schemes and their commissioners, the contingency and the rule
 * chain carry over; each line's funding of schemes and the contingency, and its
 * instalments, are scaled to its new contribution by largest remainder, so they add up to
 * it exactly. In-year variations belonged to this year and do not carry.
 */
export function nextLedger(ledger: Ledger, position: YearPosition, uplifts: number[]): Ledger {
  if (!position.final) throw Refuse.ledgerNotYearEnd();
  const rates = ledger.lines.map((_, i) => {
    const u = uplifts[i] ?? 0;
    if (!(u > -1) || !Number.isFinite(u)) throw Refuse.badUplift(lineLabel(ledger, i), u);
    return u;
  });
  const annual = ledger.lines.map((l, i) => upliftPence(l.annual, rates[i]));

  // Every allocation a line makes (schemes, then the contingency), rescaled line by line.
  const allocations: { scheme: number; k: number; f: Funding }[] = [];
  ledger.schemes.forEach((s, scheme) =>
    s.funding.forEach((f, k) => allocations.push({ scheme, k, f }))
  );
  (ledger.contingency ?? []).forEach((f, k) => allocations.push({ scheme: -1, k, f }));
  const scaled = new Map<string, number>();
  ledger.lines.forEach((_, line) => {
    const mine = allocations.filter((a) => a.f.line === line);
    const given = mine.reduce((a, x) => a + x.f.amount, 0);
    if (given === 0) return;
    // The line's allocations grow with it: their total by the same uplift, never beyond it.
    const parts = apportion(
      upliftPence(given, rates[line]),
      mine.map((a) => a.f.amount)
    );
    mine.forEach((a, j) => scaled.set(`${a.scheme}:${a.k}`, parts[j]));
  });
  const rescale = (scheme: number) => (f: Funding, k: number) => ({
    line: f.line,
    amount: scaled.get(`${scheme}:${k}`) ?? f.amount,
  });

  const instalments: Instalment[] | undefined =
    ledger.instalments && nextInstalments(ledger.instalments, annual);
  const next: Ledger = {
    ...ledger,
    year: nextYearLabel(ledger.year),
    lines: ledger.lines.map((l, i) => {
      const left = position.lines[i];
      const line = { ...l, annual: annual[i] };
      delete line.broughtForward;
      if (left.treatment === "carry forward" && left.balance) line.broughtForward = left.balance;
      return line;
    }),
    instalments,
    schemes: ledger.schemes.map((s, scheme) => ({ ...s, funding: s.funding.map(rescale(scheme)) })),
    ...(ledger.contingency ? { contingency: ledger.contingency.map(rescale(-1)) } : {}),
  };
  delete next.variations;
  if (!instalments) delete next.instalments;
  return next;
}

/** This year's instalment dates a year on, each line's amounts scaled to its new contribution. */
function nextInstalments(instalments: Instalment[], annual: number[]): Instalment[] {
  return annual.flatMap((total, line) => {
    const mine = instalments.filter((x) => x.line === line);
    if (mine.length === 0) return [];
    // In the same proportions as this year's; a line whose instalments were all nil, equally.
    const weights = mine.some((x) => x.amount > 0) ? mine.map((x) => x.amount) : mine.map(() => 1);
    const parts = apportion(total, weights);
    return mine.map((x, j) => ({ line, date: yearOn(x.date), amount: parts[j] }));
  });
}
