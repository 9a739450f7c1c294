import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { formatPence } from "../../core";
import { MONTH_NAMES } from "../../core/months";
import { lineLabel, type Ledger, type YearPosition } from "../../core/ledger";
import { useFieldStyles } from "../components/fieldStyles";

/** "2025-09-30" as officers write it: 30 September 2025. */
export const dateWords = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
};

/**
 * The pool's position as the Ledger sheet stands: the over/(under)spend, how an overspend
 * is met in the agreed order, each partner's share of what the draws leave, and what each
 * line has left. Forecast in year; the outturn at year end.
 */
export function LedgerPosition({ ledger, position }: { ledger: Ledger; position: YearPosition }) {
  const field = useFieldStyles();
  const atYearEnd = position.final;
  const invoiced = position.invoices.reduce((a, b) => a + b, 0);
  const kept = position.lines.reduce((a, l) => a + Math.max(0, l.balance), 0);
  return (
    <>
      <Body1>
        {atYearEnd ? "Outturn" : "Forecast"} over/(under)spend for the pool:{" "}
        {formatPence(position.variance)}, as at {dateWords(position.asAt)}.
      </Body1>
      {position.overspend > 0 && (
        <table className={field.table} aria-label="How the overspend is met">
          <caption>
            <Body1>Overspends of {formatPence(position.overspend)}, met in the agreed order</Body1>
          </caption>
          <tbody>
            {position.steps.map((s, t) => (
              <tr key={t}>
                <th scope="row">
                  {t + 1}.{" "}
                  {s.step === "underspends"
                    ? "Underspends elsewhere"
                    : s.step === "contingency"
                      ? "The contingency"
                      : "The risk share"}
                </th>
                <td className="num">{formatPence(s.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {invoiced > 0 && kept > 0 && (
        <Body1>
          {formatPence(kept)} is left on lines that may not meet another scheme&apos;s overspend
          (ring-fenced lines and grants). It stays on its lines, so the partners meet what the draws
          leave, {formatPence(invoiced)}, even where the pool as a whole is in balance.
        </Body1>
      )}
      <table className={field.table} aria-label="Each partner's share of what the draws leave">
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col" className="num">
              {atYearEnd ? "Invoice" : "Forecast share"}
            </th>
          </tr>
        </thead>
        <tbody>
          {ledger.partners.map((p, i) => (
            <tr key={p.name}>
              <th scope="row">{p.name}</th>
              <td className="num">{formatPence(position.invoices[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={field.table} aria-label="What each line has left">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="num">
              Left {atYearEnd ? "at year end" : "(forecast)"}
            </th>
          </tr>
        </thead>
        <tbody>
          {position.lines.map((l) => (
            <tr key={l.line}>
              <th scope="row">{lineLabel(ledger, l.line)}</th>
              <td className="num">
                {formatPence(l.balance)}
                {l.balance !== 0 && l.treatment === "return" ? " (returned)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
