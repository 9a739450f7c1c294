import { apportion } from "../apportion";
import { quarterStarts } from "./calendar";
import { Instalment, Ledger, lineAnnual } from "./model";

/**
 * The instalments each line is paid in: as the agreement lists them, or four equal
 * quarterly payments in advance (the earlier instalments take the odd penny).
 */
export function instalmentsOf(ledger: Ledger): Instalment[] {
  if (ledger.instalments) return ledger.instalments;
  return ledger.lines.flatMap((l, line) =>
    patternInstalments(ledger.year, line, l.annual, "quarterly")
  );
}

/** How a line is paid through the year, where the agreement sets a pattern rather than dates. */
export type InstalmentPattern = "quarterly" | "half-yearly" | "annual";

/** The patterns in the pane's words, short enough for its drop-down. */
export const PATTERN_WORDS: Record<InstalmentPattern, string> = {
  quarterly: "Quarterly, in advance",
  "half-yearly": "Half-yearly, April and October",
  annual: "Once, in April",
};

/**
 * A line's instalments in the year under a pattern: equal payments on the first day of
 * each quarter, of April and October, or of April alone (earlier ones take the odd penny).
 */
export function patternInstalments(
  year: string,
  line: number,
  annual: number,
  pattern: InstalmentPattern
): Instalment[] {
  const [apr, jul, oct, jan] = quarterStarts(year);
  const dates =
    pattern === "annual" ? [apr] : pattern === "half-yearly" ? [apr, oct] : [apr, jul, oct, jan];
  return apportion(
    annual,
    dates.map(() => 1)
  ).map((amount, k) => ({ line, date: dates[k], amount }));
}

/** What is due on a line by `asAt`: its instalments and variations dated on or before it. */
export function dueBy(ledger: Ledger, line: number, asAt: string): number {
  const instalments = instalmentsOf(ledger)
    .filter((i) => i.line === line && i.date <= asAt)
    .reduce((a, i) => a + i.amount, 0);
  return instalments + lineAnnual(ledger, line, asAt) - ledger.lines[line].annual;
}
