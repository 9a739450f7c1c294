import * as React from "react";
import { Outcome } from "../components/Outcome";
import { Choice } from "../components/Choice";
import {
  Body1,
  Button,
  Field,
  Input,
  RadioGroup,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import {
  formatPounds,
  MemorandumLine,
  nextYearLabel,
  parseAmount,
  upliftFromText,
  YEAR_END,
} from "../../core";
import { poolWorkbookPlans } from "../../excel/plans/poolWorkbook";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import { nextYearSetup } from "../pool/monitorModel";
import { useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";
import type { LoadedPool } from "./monitorState";
import { notYetYearEnd } from "../yearEndWords";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
});

/**
 * Year end: next year's Pool and Monitoring sheets (new sheets; nothing overwritten), each
 * contribution uplifted by its partner's percentage with its saving or growth, this year's
 * closing balances brought forward or returned as the agreement says, the year moved on.
 */
export function NextYear({
  pool,
  lines,
  onPeriodSet,
}: {
  pool: LoadedPool;
  lines: MemorandumLine[];
  /** The Pool sheet's period was changed here (to Year end). */
  onPeriodSet: (period: string) => void;
}) {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const n = pool.setup.partners.length;
  const [uplift, setUplift] = React.useState<string[]>(() => Array(n).fill("0%"));
  const [change, setChange] = React.useState<string[]>(() => Array(n).fill("0"));
  const [treatment, setTreatment] = React.useState<"carry" | "return">("carry");
  let label = "";
  try {
    label = nextYearLabel(pool.setup.year);
  } catch {
    label = "";
  }

  // Next year starts from the year's outturn: only once the Pool sheet says Year end.
  const atYearEnd = pool.setup.period === YEAR_END;
  const toYearEnd = useAction(async () => {
    await workbook.writeInputs(
      [{ sheet: pool.pool, at: pool.layouts.pool.period, values: [[YEAR_END]], ask: false }],
      false
    );
    onPeriodSet(YEAR_END);
  });

  const start = useAction(async () => {
    if (!atYearEnd) throw new WorkbookError(notYetYearEnd("Pool", pool.setup.period));
    const bad: string[] = [];
    const uplifts = uplift.map((u, i) => {
      const v = upliftFromText(u);
      if (v === undefined) bad.push(`${pool.setup.partners[i].name}'s uplift (“${u}”)`);
      return v ?? 0;
    });
    const changes = change.map((c, i) => {
      const v = parseAmount(c, false);
      if (v === undefined) bad.push(`${pool.setup.partners[i].name}'s saving or growth (“${c}”)`);
      return typeof v === "number" ? v : 0;
    });
    if (bad.length) throw new WorkbookError(`These are not figures: ${bad.join("; ")}.`);
    const next = nextYearSetup(pool.setup, lines, { uplifts, changes, treatment });
    const named = pool.rows.filter((r) => r.name);
    // The one scheme Set up a pool starts with follows the pool total; real schemes keep
    // their names, with next year's budgets left for the partners to agree.
    const schemes =
      named.length === 1 && named[0].name === pool.setup.name
        ? undefined
        : named.map((r) => ({ name: r.name, budget: null }));
    const names = await workbook.writeSheets(
      poolWorkbookPlans(next.setup, schemes, ` ${next.setup.year.replace("/", "-")}`)
    );
    const list = next.partners
      .map(
        (p) =>
          `${p.name} ${formatPounds(p.contribution)}${treatment === "carry" ? `, brought forward ${formatPounds(p.broughtForward)}` : `, ${formatPounds(p.returned)} to return`}`
      )
      .join("; ");
    return `Added “${names[0]}” and “${names[1]}” for ${next.setup.year}: ${list}.${schemes ? ` Enter next year's scheme budgets on “${names[1]}”.` : ""}`;
  });

  return (
    <section className={field.section} aria-labelledby="next-h">
      <Subtitle2 as="h2" id="next-h">
        Start next year{label ? ` (${label})` : ""}
      </Subtitle2>
      <Body1>
        Closing balances come from this year&apos;s figures as entered; at year end enter the actual
        outturn as quarter 4&apos;s forecast first.
      </Body1>
      {!atYearEnd && (
        <Notice intent="info" title="Not yet year end">
          <Body1 block>{notYetYearEnd("Pool", pool.setup.period)}</Body1>
          <Button disabled={toYearEnd.busy} onClick={() => toYearEnd.run()}>
            Set the period to Year end
          </Button>
        </Notice>
      )}
      {toYearEnd.error && <Notice intent="error">{toYearEnd.error}</Notice>}
      {pool.setup.partners.map((p, i) => (
        <fieldset key={p.name} className={field.group}>
          <legend>
            {p.name}: closes at {formatPounds(lines[i].carriedForward)}
          </legend>
          <div className={styles.pair}>
            <Field label="Uplift">
              <Input
                className={field.full}
                aria-label={`${p.name}: uplift`}
                value={uplift[i]}
                onChange={(_, d) => setUplift((u) => u.map((x, k) => (k === i ? d.value : x)))}
              />
            </Field>
            <Field label="Saving (−) or growth (£)">
              <Input
                className={field.full}
                aria-label={`${p.name}: saving or growth`}
                value={change[i]}
                onChange={(_, d) => setChange((c) => c.map((x, k) => (k === i ? d.value : x)))}
              />
            </Field>
          </div>
        </fieldset>
      ))}
      <Field label="Balances at year end, as the agreement says">
        <RadioGroup
          value={treatment}
          onChange={(_, d) => setTreatment(d.value as "carry" | "return")}
        >
          <Choice value="carry" label="Carried forward into next year" />
          <Choice value="return" label="Returned to the partners" />
        </RadioGroup>
      </Field>
      <Button
        appearance="primary"
        disabled={start.busy || !label || !atYearEnd}
        onClick={() => start.run()}
      >
        Start next year
      </Button>
      <Outcome of={start} />
    </section>
  );
}
