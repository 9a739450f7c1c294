import type * as React from "react";
import type { LedgerAction, LedgerForm } from "./ledgerForm";

/** What every step of the ledger set-up is given: the form and the way to change it. */
export interface StepProps {
  form: LedgerForm;
  dispatch: React.Dispatch<LedgerAction>;
}

/** A partner's name as the pane shows it before one is typed. */
export const partnerLabel = (form: LedgerForm, i: number) =>
  form.partners[i]?.name.trim() || `Partner ${i + 1}`;

/** A line as the pane names it: "Northshire ICB: NHS minimum contribution". */
export const lineLabel = (form: LedgerForm, i: number) =>
  `${partnerLabel(form, form.lines[i].partner)}: ${form.lines[i].source.trim() || `line ${i + 1}`}`;
