import * as React from "react";
import { Outcome } from "../components/Outcome";
import { Body1, Button, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { nextYearLabel, upliftFromText, YEAR_END } from "../../core";
import { lineLabel, nextLedger, type YearPosition } from "../../core/ledger";
import type { LedgerRead } from "../../excel/plans/readLedger";
import { ledgerWorkbookPlans } from "../../excel/plans/ledgerWorkbook";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import { useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";
import { notYetYearEnd } from "../yearEndWords";

/**
 * Start next year from the ledger's outturn: an uplift per line, then next year's Ledger
 * sheet (the rule chain, instalment pattern, schemes and legal basis kept, each line's
 * balance brought forward as agreed), a statement per partner and the balances sheet.
 */
export function NextLedgerYear({ read, position }: { read: LedgerRead; position: YearPosition }) {
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const { ledger } = read;
  const [uplift, setUplift] = React.useState<string[]>(() => ledger.lines.map(() => "0%"));
  const label = nextYearLabel(ledger.year);
  const tag = label.replace("/", "-");
  const start = useAction(async () => {
    if (read.period !== YEAR_END) throw new WorkbookError(notYetYearEnd("Ledger", read.period));
    const bad: string[] = [];
    const rates = uplift.map((u, i) => {
      const v = upliftFromText(u);
      if (v === undefined) bad.push(`${lineLabel(ledger, i)} (“${u}”)`);
      return v ?? 0;
    });
    if (bad.length) {
      throw new WorkbookError(`These uplifts are not percentages: ${bad.join("; ")}. Use 2.5%.`);
    }
    const next = nextLedger(ledger, position, rates);
    const plans = ledgerWorkbookPlans(next, "Quarter 1", tag);
    const names = await workbook.writeSheets(plans);
    return `Added ${names.map((n) => `“${n}”`).join(", ")} for ${label}: each line's balance brought forward as agreed, the rules and schemes kept.`;
  });
  return (
    <section className={field.section} aria-labelledby="next-ledger-h">
      <Subtitle2 as="h2" id="next-ledger-h">
        Start next year ({label})
      </Subtitle2>
      {read.period !== YEAR_END && (
        <Notice intent="info">{notYetYearEnd("Ledger", read.period)}</Notice>
      )}
      <Body1>
        Each line&apos;s contribution next year, uplifted by its own percentage; its funding of
        schemes and the contingency grows with it.
      </Body1>
      {ledger.lines.map((_, i) => (
        <Field key={i} label={`${lineLabel(ledger, i)}: uplift`}>
          <Input
            className={field.full}
            value={uplift[i]}
            onChange={(_, d) => setUplift((u) => u.map((x, j) => (j === i ? d.value : x)))}
          />
        </Field>
      ))}
      <Button
        appearance="primary"
        disabled={read.period !== YEAR_END || start.busy}
        onClick={() => start.run()}
      >
        Start next year
      </Button>
      <Outcome of={start} />
    </section>
  );
}
