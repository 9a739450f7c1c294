import { formatPence, fromPence, parseAmount, toPence } from "../../core";
import type { PeriodFigures } from "../../core/ledger";
import type { LedgerRead } from "../../excel/plans/readLedger";
import type { InputWrite, Scalar } from "../../excel/types";

/** A period's figures as typed in the pane: each line's received, each scheme's spending and income. */
export interface LedgerEntry {
  received: string[];
  spend: string[];
  income: string[];
}

const shown = (pence: number | null) => (pence === null ? "" : formatPence(pence));

/** The sheet's figures as the pane shows them to change, thousands separated. */
export function entryOf(read: LedgerRead): LedgerEntry {
  const { figures } = read;
  return {
    received: figures.received.map(shown),
    spend: figures.spend.map(shown),
    income: (figures.income ?? []).map((x) => (x ? formatPence(x) : "")),
  };
}

/**
 * The typed figures read as the period's figures, or the ones that are not amounts named
 * ("£20,000", "(5,000)" and blanks all read; a blank spending counts at budget).
 */
export function figuresOf(
  read: LedgerRead,
  entry: LedgerEntry
): { figures: PeriodFigures } | { error: string } {
  const bad: string[] = [];
  const { ledger } = read;
  const pence = (text: string, what: string, blank: number | null) => {
    const v = parseAmount(text, false);
    if (v === null) return blank;
    if (typeof v !== "number") {
      bad.push(`${what} (“${text}”)`);
      return blank;
    }
    try {
      return toPence(v, what);
    } catch {
      bad.push(`${what} (“${text}”, not whole pence)`);
      return blank;
    }
  };
  const lineName = (i: number) =>
    `${ledger.partners[ledger.lines[i].partner].name}: ${ledger.lines[i].source}`;
  const figures: PeriodFigures = {
    ...read.figures,
    received: entry.received.map((t, i) => pence(t, `${lineName(i)} received`, 0) ?? 0),
    spend: entry.spend.map((t, k) => pence(t, `${ledger.schemes[k].name} spending`, null)),
    income: entry.income.map((t, k) => pence(t, `${ledger.schemes[k].name} income`, 0) ?? 0),
  };
  if (bad.length) {
    return {
      error: `These are not amounts: ${bad.join("; ")}. Use figures such as 20000 or £20,000.`,
    };
  }
  return { figures };
}

/** The writes that put the figures in the Ledger's yellow cells, asking before replacing others. */
export function entryWrites(sheet: string, read: LedgerRead, figures: PeriodFigures): InputWrite[] {
  const pounds = (p: number | null): Scalar => (p === null ? null : fromPence(p));
  return [
    ...read.cells.received.map((at, i) => ({
      sheet,
      at,
      values: [[pounds(figures.received[i])]],
      ask: true,
    })),
    ...read.cells.spend.map((at, k) => ({
      sheet,
      at,
      // Spending and income side by side; nil income left blank, as the host leaves it.
      values: [[pounds(figures.spend[k]), figures.income?.[k] ? pounds(figures.income[k]) : null]],
      ask: true,
    })),
  ];
}
