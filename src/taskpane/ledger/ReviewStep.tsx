import * as React from "react";
import { Outcome } from "../components/Outcome";
import { Body1, Button } from "@fluentui/react-components";
import { formatPence } from "../../core";
import { schemeBudget } from "../../core/ledger";
import { ledgerWorkbookPlans } from "../../excel/plans/ledgerWorkbook";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import { useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";
import { readLedgerForm } from "./ledgerForm";
import { lineLabel, StepProps } from "./stepProps";

/** Step 5: the ledger checked, what each line gives and has left unallocated, and the write. */
export function ReviewStep({ form }: StepProps) {
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const reading = React.useMemo(() => readLedgerForm(form), [form]);
  const write = useAction(async () => {
    const ledger = reading.ledger;
    if (!ledger) throw new WorkbookError(reading.error ?? "The ledger is not complete yet.");
    const names = await workbook.writeSheets(ledgerWorkbookPlans(ledger, form.period));
    return `Added the sheets ${names.map((n) => `“${n}”`).join(", ")}. Type each period's received to date and each scheme's latest forecast in the yellow cells of “${names[0]}”.`;
  });
  const ledger = reading.ledger;
  return (
    <>
      {reading.error && <Notice intent="error">{reading.error}</Notice>}
      {ledger && (
        <>
          <table className={field.table} aria-label="Contribution lines">
            <thead>
              <tr>
                <th>Line</th>
                <th className="num">Annual</th>
                <th className="num">Unallocated</th>
              </tr>
            </thead>
            <tbody>
              {ledger.lines.map((l, i) => (
                <tr key={i}>
                  <td>{lineLabel(form, i)}</td>
                  <td className="num">{formatPence(l.annual)}</td>
                  <td className="num">
                    {formatPence(reading.unallocated.find((u) => u.line === i)?.amount ?? 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Body1>
            {ledger.schemes.length} schemes with budgets of{" "}
            {formatPence(ledger.schemes.reduce((a, s) => a + schemeBudget(s), 0))}.
          </Body1>
          {reading.unallocated.length > 0 && (
            <Notice intent="warning">
              Money no scheme or the contingency uses is unallocated: it shows as an underspend on
              its line until a scheme is given it.
            </Notice>
          )}
        </>
      )}
      <Button appearance="primary" disabled={!ledger || write.busy} onClick={() => write.run()}>
        Write the Ledger, statements, balances and board report
      </Button>
      <Outcome of={write} />
    </>
  );
}
