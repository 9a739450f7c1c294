import type { Scalar } from "../../excel/types";
import {
  emptyPartner,
  newForm,
  partnersFromSelection,
  PartnerRow,
  PoolForm,
  SelectionRead,
} from "./poolForm";

/** The steps of Set up a pool, each fitting the pane. */
export const POOL_STEPS = [
  "The pool",
  "Partners",
  "Host and rules",
  "Schemes",
  "Preview and write",
];

/**
 * Set up a pool as the pane holds it: the form as typed, the step shown, the schemes as
 * typed, and the last selection read (so another year column can be picked without
 * selecting again).
 */
export interface PoolSetupState {
  form: PoolForm;
  step: number;
  schemes: string;
  picked?: { values: Scalar[][]; read: SelectionRead };
}

export type PoolSetupAction =
  | { type: "set"; patch: Partial<PoolForm> }
  | { type: "partner"; index: number; patch: Partial<PartnerRow> }
  | { type: "addPartner" }
  | { type: "removePartner"; index: number }
  | { type: "selection"; values: Scalar[][]; read: SelectionRead }
  | { type: "column"; index: number }
  | { type: "schemes"; text: string }
  | { type: "step"; step: number };

export const newPoolSetup = (): PoolSetupState => ({ form: newForm(), step: 0, schemes: "" });

const withRead = (form: PoolForm, read: SelectionRead): PoolForm => ({
  ...form,
  partners: read.partners,
  host: read.host,
});

export function poolSetupReducer(state: PoolSetupState, action: PoolSetupAction): PoolSetupState {
  const { form } = state;
  switch (action.type) {
    case "set":
      return { ...state, form: { ...form, ...action.patch } };
    case "partner":
      return {
        ...state,
        form: {
          ...form,
          partners: form.partners.map((p, j) =>
            j === action.index ? { ...p, ...action.patch } : p
          ),
        },
      };
    case "addPartner":
      return {
        ...state,
        form: {
          ...form,
          partners: [...form.partners, emptyPartner()],
          bands: form.bands.map((b) => ({ ...b, shares: [...b.shares, ""] })),
        },
      };
    case "removePartner": {
      const i = action.index;
      if (form.partners.length <= 2) return state;
      return {
        ...state,
        form: {
          ...form,
          partners: form.partners.filter((_, j) => j !== i),
          bands: form.bands.map((b) => ({ ...b, shares: b.shares.filter((_, j) => j !== i) })),
          // The host keeps its place; removing the host makes the first partner host.
          host: form.host === i ? 0 : form.host > i ? form.host - 1 : form.host,
        },
      };
    }
    case "selection":
      return {
        ...state,
        picked: { values: action.values, read: action.read },
        form: withRead(form, action.read),
      };
    case "column": {
      if (!state.picked) return state;
      const read = partnersFromSelection(state.picked.values, action.index);
      return { ...state, picked: { ...state.picked, read }, form: withRead(form, read) };
    }
    case "schemes":
      return { ...state, schemes: action.text };
    case "step":
      return { ...state, step: Math.max(0, Math.min(POOL_STEPS.length - 1, action.step)) };
  }
}
