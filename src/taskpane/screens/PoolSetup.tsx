import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { ScreenTitle } from "../components/ScreenTitle";
import { usePlans } from "../planContext";
import { evaluate } from "../pool/poolForm";
import { newPoolSetup, POOL_STEPS, poolSetupReducer } from "../pool/poolSetupReducer";
import { BasicsStep } from "../pool/steps/BasicsStep";
import { PartnersStep } from "../pool/steps/PartnersStep";
import { RulesStep } from "../pool/steps/RulesStep";
import { SchemesStep } from "../pool/steps/SchemesStep";
import { WriteStep } from "../pool/steps/WriteStep";

const useStyles = makeStyles({
  nav: { display: "flex", gap: "8px", justifyContent: "space-between" },
});

const BODIES = [BasicsStep, PartnersStep, RulesStep, SchemesStep, WriteStep];

/**
 * Set up a pool, in steps that fit the pane: the pool, its partners, the host and rules,
 * the schemes, then a preview of a sample overspend and the write.
 */
export default function PoolSetup() {
  const styles = useStyles();
  const [state, dispatch] = React.useReducer(poolSetupReducer, undefined, newPoolSetup);
  const evaluation = React.useMemo(() => evaluate(state.form), [state.form]);
  // The agreement schedule builds on the pool as last set up here.
  const { update: updatePlans } = usePlans();
  React.useEffect(() => {
    if (evaluation.setup) updatePlans({ pool: evaluation.setup });
  }, [evaluation.setup, updatePlans]);
  const Step = BODIES[state.step];
  const go = (step: number) => dispatch({ type: "step", step });
  return (
    <>
      <ScreenTitle help="guide-setup">Set up a pool</ScreenTitle>
      <Caption1>
        Step {state.step + 1} of {POOL_STEPS.length}
      </Caption1>
      <Subtitle2 as="h2">{POOL_STEPS[state.step]}</Subtitle2>
      <Step state={state} dispatch={dispatch} evaluation={evaluation} />
      <div className={styles.nav}>
        <Button disabled={state.step === 0} onClick={() => go(state.step - 1)}>
          Back
        </Button>
        <Button
          appearance="primary"
          disabled={state.step === POOL_STEPS.length - 1}
          onClick={() => go(state.step + 1)}
        >
          Next
        </Button>
      </div>
    </>
  );
}
