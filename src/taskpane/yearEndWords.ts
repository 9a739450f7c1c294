/** Why next year cannot start yet, in the words the pane shows, for a Pool or a Ledger sheet. */
export function notYetYearEnd(sheet: "Pool" | "Ledger", period: string): string {
  return `Start next year works from the Year end period, once the year's outturn is in; the ${sheet} sheet says ${period || "no period"}. When the actual figures are in, set the period to Year end.`;
}
