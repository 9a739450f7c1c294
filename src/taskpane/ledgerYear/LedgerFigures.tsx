import * as React from "react";
import { AskToReplace } from "../components/AskToReplace";
import { Body1, Button, Field, Input, Subtitle2, makeStyles } from "@fluentui/react-components";
import { lineLabel } from "../../core/ledger";
import type { LedgerRead } from "../../excel/plans/readLedger";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import type { LedgerEntry } from "./ledgerEntry";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
});

/**
 * The period's figures, to type or change in the pane: each line's received to date, and
 * each scheme's spending (its latest forecast, actual at year end; blank counts at budget)
 * and income. Written to the Ledger's yellow cells, asking before replacing other figures.
 */
export function LedgerFigures({
  read,
  entry,
  onEntry,
  error,
  occupied,
  busy,
  onWrite,
  onKeep,
}: {
  read: LedgerRead;
  entry: LedgerEntry;
  onEntry: (entry: LedgerEntry) => void;
  error?: string;
  occupied?: string[];
  busy: boolean;
  onWrite: (replace: boolean) => void;
  onKeep: () => void;
}) {
  const styles = useStyles();
  const field = useFieldStyles();
  const { ledger } = read;
  const set = (key: keyof LedgerEntry, i: number, text: string) =>
    onEntry({ ...entry, [key]: entry[key].map((x, j) => (j === i ? text : x)) });
  return (
    <section className={field.section} aria-labelledby="ledger-figures-h">
      <Subtitle2 as="h2" id="ledger-figures-h">
        This period&apos;s figures
      </Subtitle2>
      <fieldset className={field.group}>
        <legend>Received to date</legend>
        {ledger.lines.map((_, i) => (
          <Field key={i} label={lineLabel(ledger, i)}>
            <Input
              className={field.full}
              inputMode="decimal"
              value={entry.received[i]}
              onChange={(_, d) => set("received", i, d.value)}
            />
          </Field>
        ))}
      </fieldset>
      {ledger.schemes.map((s, k) => (
        <fieldset key={s.name} className={field.group}>
          <legend>{s.name}</legend>
          <div className={styles.pair}>
            <Field label="Spending">
              <Input
                className={field.full}
                aria-label={`${s.name}: spending`}
                inputMode="decimal"
                value={entry.spend[k]}
                onChange={(_, d) => set("spend", k, d.value)}
              />
            </Field>
            <Field label="Income">
              <Input
                className={field.full}
                aria-label={`${s.name}: income`}
                inputMode="decimal"
                value={entry.income[k]}
                onChange={(_, d) => set("income", k, d.value)}
              />
            </Field>
          </div>
        </fieldset>
      ))}
      <Body1>
        Spending is the latest forecast (actual at year end); left blank, it counts at budget.
      </Body1>
      {error && <Notice intent="warning">{error}</Notice>}
      <Button appearance="primary" disabled={!!error || busy} onClick={() => onWrite(false)}>
        Write the figures to the Ledger
      </Button>
      {occupied && (
        <AskToReplace
          title="The Ledger has other figures there"
          cells={occupied}
          onReplace={() => onWrite(true)}
          onKeep={onKeep}
        />
      )}
    </section>
  );
}
