import type { Ledger } from "../../core/ledger";
import type { SheetPlan } from "../types";
import { ledgerBalancesPlan } from "./ledgerBalances";
import { ledgerBoardReportPlan } from "./ledgerBoardReport";
import { ledgerSheetPlan } from "./ledgerSheet";
import { ledgerStatementPlan } from "./ledgerStatement";
import { sheetRef } from "./sheetRefs";

/**
 * Everything a pool ledger writes in one batch: the Ledger sheet, a statement per partner,
 * the year-end balances and the board report, each reading the Ledger by formulas. `year`
 * ("2026-27") names a later year's sheets beside the first year's.
 */
export function ledgerWorkbookPlans(ledger: Ledger, period: string, year?: string): SheetPlan[] {
  const base = year ? `Ledger ${year}` : "Ledger";
  const ref = sheetRef(base);
  const named = (plan: SheetPlan, name: string): SheetPlan =>
    year ? { ...plan, baseName: name } : plan;
  return [
    ledgerSheetPlan(ledger, period, base),
    ...ledger.partners.map((p, i) =>
      named(ledgerStatementPlan(ledger, i, ref), `Statement ${year} ${p.name}`)
    ),
    named(ledgerBalancesPlan(ledger, ref), `Year-end balances ${year}`),
    named(ledgerBoardReportPlan(ledger, ref), `Board report ${year}`),
  ];
}
