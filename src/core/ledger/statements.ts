import { isFundingStream, Ledger } from "./model";
import { YearPosition } from "./yearPosition";

/** One source on a partner's statement. */
export interface StatementLine {
  source: string;
  ringFenced: boolean;
  grant: boolean;
  broughtForward: number;
  contribution: number;
  due: number;
  received: number;
  outstanding: number;
  /** Instalments not yet due (in year): neither received nor outstanding. */
  notYetDue: number;
  spending: number;
  /** Left on the line at year end (forecast in year), kept in the pool. */
  carriedForward: number;
  /** Left on the line and paid back to the partner. */
  returned: number;
}

export interface PartnerStatement {
  partner: number;
  name: string;
  /** In year the same lines are a forecast; the memorandum is a year-end document. */
  title: "Forecast year-end position" | "Memorandum of accounts";
  asAt: string;
  lines: StatementLine[];
  /** Its share of the overspend the draws did not meet: an invoice at year end. */
  shareOfOverspend: number;
  /**
   * Each line reconciles: brought forward + received + outstanding + not yet due −
   * spending = carried forward + returned.
   */
  reconciles: boolean;
}

/** Each partner's statement by source, from the pool's position. */
export function statements(ledger: Ledger, position: YearPosition): PartnerStatement[] {
  return ledger.partners.map((p, partner) => {
    const lines = position.lines
      .filter((l) => ledger.lines[l.line].partner === partner)
      .map((l): StatementLine => {
        const source = ledger.lines[l.line];
        const kept = l.treatment === "carry forward";
        return {
          source: source.source,
          ringFenced: !!source.ringFenced,
          grant: !!source.grant || isFundingStream(p),
          broughtForward: l.broughtForward,
          contribution: l.contribution,
          due: l.due,
          received: l.received,
          outstanding: l.outstanding,
          notYetDue: l.contribution - l.due,
          spending: l.spending,
          carriedForward: kept ? l.balance : 0,
          returned: kept ? 0 : l.balance,
        };
      });
    return {
      partner,
      name: p.name,
      title: position.final ? "Memorandum of accounts" : "Forecast year-end position",
      asAt: position.asAt,
      lines,
      shareOfOverspend: position.invoices[partner],
      reconciles: lines.every(
        (l) =>
          l.broughtForward + l.received + l.outstanding + l.notYetDue - l.spending ===
          l.carriedForward + l.returned
      ),
    };
  });
}

/** One partner's balances with the host at year end, for the agreement of balances. */
export interface PartnerBalance {
  partner: number;
  name: string;
  /** Owed by the partner to the host: contributions outstanding and its invoice. */
  owedToHost: number;
  /** Owed by the host to the partner: balances returned. */
  owedByHost: number;
  /** What the host holds in the pool for the partner, carried forward. */
  heldByHost: number;
}

/**
 * Each partner other than the host: its debtor or creditor with the host (each side's
 * debtor is the other's creditor), and what the host carries forward for it.
 */
export function balances(ledger: Ledger, position: YearPosition): PartnerBalance[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return statements(ledger, position)
    .filter((s) => s.partner !== ledger.host)
    .map((s) => ({
      partner: s.partner,
      name: s.name,
      owedToHost: sum(s.lines.map((l) => l.outstanding)) + s.shareOfOverspend,
      owedByHost: sum(s.lines.map((l) => l.returned)),
      heldByHost: sum(s.lines.map((l) => l.carriedForward)),
    }));
}
