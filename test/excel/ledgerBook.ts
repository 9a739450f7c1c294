import { fromPence } from "../../src/core";
import type { PeriodFigures } from "../../src/core/ledger";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { ledgerLayout, LedgerLayout } from "../../src/excel/plans/ledgerLayout";
import { ledgerWorkbookPlans } from "../../src/excel/plans/ledgerWorkbook";
import { BCF } from "../core/ledger/bcfPool";
import { CalculatedBook, CalculatedSheet } from "./hyperBook";

export const L = ledgerLayout(BCF);

/** Type a period's figures into the Ledger sheet's input cells, as the host would. */
export function enter(
  sheet: CalculatedSheet,
  period: string,
  figures: PeriodFigures,
  layout: LedgerLayout = L
): void {
  const L = layout;
  sheet.set(L.period, period);
  figures.received.forEach((r, i) => sheet.set(`K${L.lines.first + i}`, fromPence(r)));
  figures.spend.forEach((s, k) =>
    sheet.set(`${L.spend}${L.schemes.first + k}`, s === null ? null : fromPence(s))
  );
  (figures.income ?? []).forEach((x, k) =>
    sheet.set(`${L.income}${L.schemes.first + k}`, x ? fromPence(x) : null)
  );
}

/**
 * The BCF pool's Ledger sheet, a statement per partner, the year-end balances and the board report, written
 * together into `wb` with the period's figures typed in, and calculated.
 */
export async function ledgerWorkbook(
  period: string,
  figures: PeriodFigures,
  wb = new MemoryWorkbook()
) {
  const names = await wb.writeSheets(ledgerWorkbookPlans(BCF, period));
  const book = new CalculatedBook(wb);
  enter(book.for(names[0]), period, figures);
  return { wb, book, names };
}
