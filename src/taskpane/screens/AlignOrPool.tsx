import * as React from "react";
import { Tick } from "../components/Tick";
import { Choice } from "../components/Choice";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  RadioGroup,
  Subtitle2,
  Title3,
  makeStyles,
} from "@fluentui/react-components";
import { alignVsPool, questionsFor, SCORING_RULE, TABLE_11 } from "../../core";
import { AnswerChoice, decisionSheetPlan } from "../../excel/plans/decisionSheet";
import { Notice } from "../components/Notice";
import { useAction } from "../useAction";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { useWorkbook } from "../workbookContext";
import { usePlans } from "../planContext";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "20px" },
});

const VERDICT: Record<string, string> = {
  POOL: "Pooling suits this arrangement",
  ALIGN: "Aligning suits this arrangement",
  EITHER: "Either could work",
  INSUFFICIENT: "Not enough answers yet",
};

export default function AlignOrPool() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [partnership, setPartnership] = React.useState("");
  const [answers, setAnswers] = React.useState<AnswerChoice[]>(() => TABLE_11.map(() => ""));
  const [settled, setSettled] = React.useState<Record<string, boolean>>({});
  const [statutory, setStatutory] = React.useState(true);
  const result = React.useMemo(
    () =>
      alignVsPool(
        answers.map((a) => a || null),
        undefined,
        { statutory }
      ),
    [answers, statutory]
  );
  const questions = questionsFor(result.recommendation);
  const { update: updatePlans } = usePlans();
  React.useEffect(() => {
    updatePlans({ recommendation: result.recommendation });
  }, [result.recommendation, updatePlans]);
  const write = useAction(() =>
    workbook.writeSheet(decisionSheetPlan(answers, result, { partnership, settled, statutory }))
  );

  return (
    <>
      <ScreenTitle help="guide-decide">Align or pool?</ScreenTitle>
      <Body1 as="p">
        For each test, pick the statement that is nearer the truth for your partnership, or leave it
        as don’t know.
      </Body1>
      <Field label="Partnership or arrangement">
        <Input
          className={field.full}
          value={partnership}
          onChange={(_, d) => setPartnership(d.value)}
          placeholder="e.g. Community safety partnership"
        />
      </Field>
      <Tick
        label="The pool would be made under a statutory power (NHS Act section 75 or Children Act section 10)"
        checked={statutory}
        onChange={(_, d) => setStatutory(!!d.checked)}
      />
      {TABLE_11.map((t, i) => (
        <fieldset key={t.number} className={field.group}>
          <legend>
            <Subtitle2>
              Test {t.number}: {t.topic}
            </Subtitle2>
          </legend>
          <RadioGroup
            aria-label={`Test ${t.number}: ${t.topic}`}
            value={answers[i] || "unknown"}
            onChange={(_, d) =>
              setAnswers((a) =>
                a.map((x, j) =>
                  j === i ? ((d.value === "unknown" ? "" : d.value) as AnswerChoice) : x
                )
              )
            }
          >
            <Choice value="align" label={t.align} />
            <Choice value="pool" label={t.pool} />
            <Choice value="unknown" label="Don't know" />
          </RadioGroup>
        </fieldset>
      ))}

      <section className={field.section} aria-labelledby="result-h" aria-live="polite">
        <Title3 as="h2" id="result-h">
          {VERDICT[result.recommendation]}
        </Title3>
        <Body1>
          Recommendation: {result.recommendation}. Score {result.score.toFixed(2)} on a scale from
          −1 (align) to +1 (pool); {result.answered} of 8 tests answered.
        </Body1>
        <Caption1>{SCORING_RULE}</Caption1>
        <ul className={styles.list}>
          {result.reasons.map((r) => (
            <li key={r}>
              <Body1>{r}</Body1>
            </li>
          ))}
        </ul>
      </section>

      <section className={field.section} aria-labelledby="checklist-h">
        <Subtitle2 as="h2" id="checklist-h">
          Settle before the agreement (
          {result.recommendation === "POOL"
            ? "pooled"
            : result.recommendation === "ALIGN"
              ? "aligned"
              : "either route"}
          )
        </Subtitle2>
        {questions.map((q) => (
          <Tick
            key={q.question}
            label={q.question}
            checked={!!settled[q.question]}
            onChange={(_, d) => setSettled((s) => ({ ...s, [q.question]: !!d.checked }))}
          />
        ))}
      </section>

      <Button appearance="primary" disabled={write.busy} onClick={() => write.run()}>
        Write to sheet
      </Button>
      {write.result && (
        <Notice intent="success">
          Recorded the answers and a live =POOL.ALIGNVSPOOL formula on the sheet “{write.result}”.
        </Notice>
      )}
      {write.error && <Notice intent="error">{write.error}</Notice>}
    </>
  );
}
