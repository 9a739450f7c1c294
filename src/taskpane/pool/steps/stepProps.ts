import type * as React from "react";
import type { Evaluation } from "../poolForm";
import type { PoolSetupAction, PoolSetupState } from "../poolSetupReducer";

/** What every step of Set up a pool is given: the state, the way to change it, the check so far. */
export interface PoolStepProps {
  state: PoolSetupState;
  dispatch: React.Dispatch<PoolSetupAction>;
  evaluation: Evaluation;
}
