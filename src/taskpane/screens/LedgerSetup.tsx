import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { ScreenTitle } from "../components/ScreenTitle";
import { ledgerReducer, newLedgerForm, STEPS } from "../ledger/ledgerForm";
import { LinesStep } from "../ledger/LinesStep";
import { PartnersStep } from "../ledger/PartnersStep";
import { ReviewStep } from "../ledger/ReviewStep";
import { RulesStep } from "../ledger/RulesStep";
import { SchemesStep } from "../ledger/SchemesStep";

const useStyles = makeStyles({
  nav: { display: "flex", gap: "8px", justifyContent: "space-between" },
});

const BODIES = [PartnersStep, LinesStep, SchemesStep, RulesStep, ReviewStep];

/**
 * Set up a pool ledger, in steps that fit the pane: partners, contribution lines, schemes,
 * the contingency and rules, then the check and the write.
 */
export default function LedgerSetup() {
  const styles = useStyles();
  const [form, dispatch] = React.useReducer(ledgerReducer, undefined, newLedgerForm);
  const Step = BODIES[form.step];
  const go = (step: number) => dispatch({ type: "set", patch: { step } });
  const nav = (
    <div className={styles.nav}>
      <Button disabled={form.step === 0} onClick={() => go(form.step - 1)}>
        Back
      </Button>
      <Button
        appearance="primary"
        disabled={form.step === STEPS.length - 1}
        onClick={() => go(form.step + 1)}
      >
        Next
      </Button>
    </div>
  );
  return (
    <>
      <ScreenTitle help="guide-ledger">Set up a pool ledger</ScreenTitle>
      <Caption1>
        Step {form.step + 1} of {STEPS.length}
      </Caption1>
      <Subtitle2 as="h2">{STEPS[form.step]}</Subtitle2>
      <Step form={form} dispatch={dispatch} />
      {nav}
    </>
  );
}
