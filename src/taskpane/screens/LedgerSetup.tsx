import * as React from "react";
import { ScreenTitle } from "../components/ScreenTitle";
import { Steps } from "../components/Steps";
import { ledgerReducer, newLedgerForm, STEPS } from "../ledger/ledgerForm";
import { LinesStep } from "../ledger/LinesStep";
import { PartnersStep } from "../ledger/PartnersStep";
import { ReviewStep } from "../ledger/ReviewStep";
import { RulesStep } from "../ledger/RulesStep";
import { SchemesStep } from "../ledger/SchemesStep";

const BODIES = [PartnersStep, LinesStep, SchemesStep, RulesStep, ReviewStep];

/**
 * Set up a pool ledger, in steps that fit the pane: partners, contribution lines, schemes,
 * the contingency and rules, then the check and the write.
 */
export default function LedgerSetup() {
  const [form, dispatch] = React.useReducer(ledgerReducer, undefined, newLedgerForm);
  const Step = BODIES[form.step];
  return (
    <>
      <ScreenTitle help="guide-ledger">Set up a pool ledger</ScreenTitle>
      <Steps
        names={STEPS}
        step={form.step}
        onStep={(step) => dispatch({ type: "set", patch: { step } })}
      >
        <Step form={form} dispatch={dispatch} />
      </Steps>
    </>
  );
}
