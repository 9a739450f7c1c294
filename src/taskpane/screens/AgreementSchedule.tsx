import * as React from "react";
import { Body1, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import {
  agreementSchedule,
  METHOD_DESCRIPTIONS,
  METHOD_LABELS,
  questionsFor,
  ScheduleFacts,
} from "../../core";
import { agreementSheetPlan } from "../../excel/plans/agreementSheet";
import { BANDS_LABEL, PoolSetup } from "../../core";
import { Notice } from "../components/Notice";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { usePlans } from "../planContext";
import { useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";

function factsOf(pool: PoolSetup): ScheduleFacts {
  const bands = (pool.bands?.length ?? 0) > 0;
  return {
    name: pool.name,
    partners: pool.partners,
    host: pool.host,
    ruleLabel: bands ? BANDS_LABEL : METHOD_LABELS[pool.method],
    ruleDescription: bands
      ? "each band of an overspend is shared as the risk-share schedule says; the rest in proportion to contributions"
      : METHOD_DESCRIPTIONS[pool.method],
    year: pool.year,
    power: pool.power,
  };
}

/** Draft the agreement's financial schedule from the decision and the pool set-up. */
export default function AgreementSchedule() {
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const { plans } = usePlans();
  const recommendation = plans.recommendation ?? "EITHER";
  const facts = plans.pool ? factsOf(plans.pool) : undefined;
  const [answers, setAnswers] = React.useState<Record<string, string>>({});
  const schedule = React.useMemo(
    () => agreementSchedule(recommendation, answers, facts),
    [recommendation, answers, facts]
  );
  const write = useAction(() =>
    workbook.writeSheet(agreementSheetPlan(schedule, facts?.name ?? "Partnership agreement"))
  );

  return (
    <>
      <ScreenTitle help="guide-schedule">Agreement schedule</ScreenTitle>
      <Body1 as="p">
        A draft of the agreement&apos;s financial schedule to take to the legal team: what the pool
        set-up and the align-or-pool decision settle is filled in, the rest marked “To agree”, with
        a risk register for the partners to complete.
      </Body1>
      {facts ? (
        <Notice intent="info" title="From Set up a pool">
          {facts.name}: {facts.partners.length} partners, host {facts.partners[facts.host].name},{" "}
          {facts.year}.
        </Notice>
      ) : (
        <Notice intent="info" title="No pool set up yet">
          Set up a pool first to fill in the partners, contributions, host and rule; without it they
          are marked “To agree”.
        </Notice>
      )}
      <Notice intent="info" title="Route">
        {plans.recommendation
          ? `Align or pool? recommended ${plans.recommendation}.`
          : "Align or pool? has not been answered, so every Table 12 question is listed."}
      </Notice>
      {schedule.warnings.map((w) => (
        <Notice key={w} intent="warning" title="VAT">
          {w}
        </Notice>
      ))}
      <section className={field.section} aria-labelledby="t12-h">
        <Subtitle2 as="h2" id="t12-h">
          Your answers (Table 12)
        </Subtitle2>
        {questionsFor(recommendation).map((q) => {
          const known = schedule.questions.find((x) => x.item === q.question);
          return (
            <Field key={q.question} label={q.question}>
              <Textarea
                className={field.full}
                value={answers[q.question] ?? ""}
                placeholder={known?.status === "known" ? known.value : "To agree"}
                onChange={(_, d) => setAnswers((a) => ({ ...a, [q.question]: d.value }))}
              />
            </Field>
          );
        })}
      </section>
      <Button appearance="primary" disabled={write.busy} onClick={() => write.run()}>
        Write agreement schedule
      </Button>
      {write.result && (
        <Notice intent="success">
          Added the sheet “{write.result}”:{" "}
          {schedule.financial.filter((x) => x.status === "known").length} of{" "}
          {schedule.financial.length} financial items filled in, the rest marked To agree.
        </Notice>
      )}
      {write.error && <Notice intent="error">{write.error}</Notice>}
    </>
  );
}
