import { apportion } from "../apportion";
import { deficitSplit, METHOD_LABELS } from "../deficitSplit";
import { fromPence, toPence } from "../money";
import { BANDS_LABEL } from "../poolSetup";
import { riskShare } from "../riskShare";
import { isFundingStream, Ledger, lineAnnual } from "./model";
import { SchemeSpending } from "./schemeSpending";

/**
 * Each partner's weight in the risk share: its own contributions for the year, as varied
 * to `asAt`. Grant lines and funding-stream partners weigh nothing: a funding stream never
 * bears an overspend.
 */
export function riskWeights(ledger: Ledger, asAt: string): number[] {
  const weights = ledger.partners.map(() => 0);
  ledger.lines.forEach((l, i) => {
    if (!l.grant && !isFundingStream(ledger.partners[l.partner])) {
      weights[l.partner] += lineAnnual(ledger, i, asAt);
    }
  });
  return weights;
}

/**
 * What is left of an overspend after the draws, `pence`, split between partners by the
 * agreed rule; each part in pence, adding up to `pence`.
 */
export function riskShareParts(
  ledger: Ledger,
  pence: number,
  spending: SchemeSpending[],
  asAt: string
): number[] {
  const rule = ledger.rules.riskShare;
  const n = ledger.partners.length;
  if (pence === 0) return new Array<number>(n).fill(0);
  if (rule.kind === "commissioner") {
    // The overspend left is shared over the overspent schemes, each part to its commissioner.
    const byScheme = apportion(
      pence,
      spending.map((s) => s.overspend)
    );
    const parts = new Array<number>(n).fill(0);
    byScheme.forEach((p, s) => (parts[ledger.schemes[s].commissioner] += p));
    return parts;
  }
  const weights = riskWeights(ledger, asAt).map(fromPence);
  const pounds =
    rule.kind === "bands"
      ? riskShare(fromPence(pence), weights, rule.bands).parts
      : deficitSplit(fromPence(pence), weights, {
          method: rule.method,
          host: rule.host ?? ledger.host,
          threshold: rule.threshold === undefined ? undefined : fromPence(rule.threshold),
          caps: rule.caps?.map((c) => (c === null ? Infinity : fromPence(c))),
        });
  return pounds.map((p) => toPence(p, "share of the overspend"));
}

/** The commissioner rule's words, beside the split methods' words on the Ledger sheet. */
export const COMMISSIONER_RULE = "Lead commissioner bears it";

/** The rule in words, as statements and the board report name it. */
export function ruleWords(ledger: Ledger): string {
  const rule = ledger.rules.riskShare;
  if (rule.kind === "commissioner") return COMMISSIONER_RULE;
  if (rule.kind === "bands") return BANDS_LABEL;
  return METHOD_LABELS[rule.method];
}
