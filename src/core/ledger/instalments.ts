import { apportion } from "../apportion";
import { quarterStarts } from "./calendar";
import { Instalment, Ledger, lineAnnual } from "./model";

/**
 * The instalments each line is paid in: as the agreement lists them, or four equal
 * quarterly payments in advance (the earlier instalments take the odd penny).
 */
export function instalmentsOf(ledger: Ledger): Instalment[] {
  if (ledger.instalments) return ledger.instalments;
  const dates = quarterStarts(ledger.year);
  return ledger.lines.flatMap((l, line) =>
    apportion(l.annual, [1, 1, 1, 1]).map((amount, q) => ({ line, date: dates[q], amount }))
  );
}

/** What is due on a line by `asAt`: its instalments and variations dated on or before it. */
export function dueBy(ledger: Ledger, line: number, asAt: string): number {
  const instalments = instalmentsOf(ledger)
    .filter((i) => i.line === line && i.date <= asAt)
    .reduce((a, i) => a + i.amount, 0);
  return instalments + lineAnnual(ledger, line, asAt) - ledger.lines[line].annual;
}
