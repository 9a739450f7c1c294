import * as React from "react";
import { ScreenTitle } from "../components/ScreenTitle";
import { Steps } from "../components/Steps";
import { usePlans } from "../planContext";
import { evaluate } from "../pool/poolForm";
import { newPoolSetup, POOL_STEPS, poolSetupReducer } from "../pool/poolSetupReducer";
import { BasicsStep } from "../pool/steps/BasicsStep";
import { PartnersStep } from "../pool/steps/PartnersStep";
import { RulesStep } from "../pool/steps/RulesStep";
import { SchemesStep } from "../pool/steps/SchemesStep";
import { WriteStep } from "../pool/steps/WriteStep";

const BODIES = [BasicsStep, PartnersStep, RulesStep, SchemesStep, WriteStep];

/**
 * Set up a pool, in steps that fit the pane: the pool, its partners, the host and rules,
 * the schemes, then a preview of a sample overspend and the write.
 */
export default function PoolSetup() {
  const [state, dispatch] = React.useReducer(poolSetupReducer, undefined, newPoolSetup);
  const evaluation = React.useMemo(() => evaluate(state.form), [state.form]);
  // The agreement schedule builds on the pool as last set up here.
  const { update: updatePlans } = usePlans();
  React.useEffect(() => {
    if (evaluation.setup) updatePlans({ pool: evaluation.setup });
  }, [evaluation.setup, updatePlans]);
  const Step = BODIES[state.step];
  return (
    <>
      <ScreenTitle help="guide-setup">Set up a pool</ScreenTitle>
      <Steps
        names={POOL_STEPS}
        step={state.step}
        onStep={(step) => dispatch({ type: "step", step })}
      >
        <Step state={state} dispatch={dispatch} evaluation={evaluation} />
      </Steps>
    </>
  );
}
