import type { Recommendation } from "./alignVsPool";

/** Audit Commission Table 12: what to settle before an agreement, and for which route. */
export interface AgreementQuestion {
  question: string;
  appliesTo: "both" | "pooled" | "aligned";
}

export const TABLE_12: readonly AgreementQuestion[] = [
  { question: "Who are the parties to the agreement?", appliesTo: "both" },
  { question: "What outcomes are the partners seeking?", appliesTo: "both" },
  { question: "What will be done to achieve them?", appliesTo: "both" },
  { question: "Who benefits, and how are they involved?", appliesTo: "both" },
  { question: "How will the arrangement be monitored and reported?", appliesTo: "both" },
  { question: "What other (non-cash) resources does each partner bring?", appliesTo: "both" },
  { question: "How long will it run, and how is it ended or extended?", appliesTo: "both" },
  { question: "What cash does each partner contribute?", appliesTo: "pooled" },
  { question: "How are payments into the pool varied?", appliesTo: "pooled" },
  { question: "How is an overspend or underspend accounted for?", appliesTo: "pooled" },
  { question: "Which partner is the named accountable host?", appliesTo: "pooled" },
  { question: "How are contributions varied?", appliesTo: "aligned" },
];

/** The checklist for a recommendation: EITHER and INSUFFICIENT show every question. */
export function questionsFor(recommendation: Recommendation): AgreementQuestion[] {
  if (recommendation === "POOL") return TABLE_12.filter((q) => q.appliesTo !== "aligned");
  if (recommendation === "ALIGN") return TABLE_12.filter((q) => q.appliesTo !== "pooled");
  return [...TABLE_12];
}
