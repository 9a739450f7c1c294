import { questionsFor } from "./agreementQuestions";
import type { Recommendation } from "./alignVsPool";
import { BodyType, Power, POWER_NAMES } from "./legal";
import { formatPounds } from "./money";

/** What the pool set-up already says, for the schedule to fill in. */
export interface ScheduleFacts {
  name: string;
  partners: { name: string; bodyType?: BodyType; contribution: number }[];
  host: number;
  ruleLabel: string;
  ruleDescription: string;
  year: string;
  power?: Power;
}

export interface ScheduleItem {
  item: string;
  value: string;
  /** Filled in from the set-up, or left for the partners and lawyers to agree. */
  status: "known" | "to agree";
}

export interface Schedule {
  /** Table 12 for the route chosen, with the user's own answer or what the set-up says. */
  questions: ScheduleItem[];
  /** The 2010 guidance's financial schedule items. */
  financial: ScheduleItem[];
  risks: string[];
  warnings: string[];
}

const TO_AGREE = "To agree";

/**
 * Shared risks (2010 guidance after CIPFA, and what partners reported), for the register
 * the partners complete with an owner, likelihood, impact and mitigation.
 */
export const SHARED_RISKS = [
  "Contributions fall short of spending (an overspend)",
  "Partners cannot agree how to treat an overspend",
  "A partner cannot pay because its own income has fallen",
  "A partner withdraws, or partners' objectives change",
  "Future pressures on the service",
  "Each partner's financial exposure",
  "Reverse bending: a partner withdraws mainstream spending where the pool spends",
  "Confused accountability between the host and the other partners",
];

const NHS: BodyType[] = ["icb", "nhs-trust"];

/**
 * The agreement's financial schedule, as far as the decision and the set-up settle it: a
 * finance officer takes it to the legal team. `answers` are the user's own words for the
 * Table 12 questions, by question.
 */
export function agreementSchedule(
  recommendation: Recommendation,
  answers: Record<string, string>,
  facts?: ScheduleFacts
): Schedule {
  const warnings: string[] = [];
  const host = facts ? facts.partners[facts.host] : undefined;
  const total = facts ? facts.partners.reduce((a, p) => a + p.contribution, 0) : 0;
  const contributions = facts
    ? facts.partners.map((p) => `${p.name} ${formatPounds(p.contribution)}`).join("; ")
    : "";
  // A funding stream (a grant) is a source of money in the pool, not a party to it.
  const parties = facts?.partners.filter((p) => p.bodyType !== "funding-stream") ?? [];
  const streams = facts?.partners.filter((p) => p.bodyType === "funding-stream") ?? [];
  const fromSetUp: Record<string, string> | undefined = facts && {
    "Who are the parties to the agreement?":
      parties.map((p) => p.name).join("; ") +
      (streams.length
        ? `. Funding streams in the pool (sources, not parties): ${streams.map((p) => p.name).join("; ")}`
        : ""),
    "What cash does each partner contribute?": `${contributions} (${formatPounds(total)} in ${facts.year})`,
    "How is an overspend or underspend accounted for?": `${facts.ruleLabel}: ${facts.ruleDescription}`,
    "Which partner is the named accountable host?": host!.name,
  };
  // An item any part of which is still to agree is shown as to agree, never as settled.
  const item = (text: string, value: string | undefined): ScheduleItem =>
    value && value.trim()
      ? { item: text, value: value.trim(), status: /to agree/i.test(value) ? "to agree" : "known" }
      : { item: text, value: TO_AGREE, status: "to agree" };
  const questions = questionsFor(recommendation).map((q) =>
    item(q.question, answers[q.question] || fromSetUp?.[q.question])
  );

  const vat = vatTreatment(host?.bodyType, host?.name);
  if (vat.warning) warnings.push(vat.warning);
  const financial: ScheduleItem[] = [
    item("Legal basis", facts?.power ? POWER_NAMES[facts.power] : undefined),
    item(
      "Budget-setting for later years",
      facts &&
        `${facts.year} contributions: ${contributions}. How later years' contributions are set (uplifts, savings, notice): to agree.`
    ),
    item("How variances are handled", facts && `${facts.ruleLabel}: ${facts.ruleDescription}`),
    item(
      "Assets and liabilities",
      facts &&
        "Each partner records its share of the pool's assets and liabilities, in proportion to its contribution, as the memorandum of accounts shows. How they are shared on termination: to agree."
    ),
    item("Charges and management costs", undefined),
    item(
      "Accounting period and audit",
      facts &&
        `The financial year, 1 April to 31 March (${facts.year} first). ${host!.name} as host monitors spending against budget, reports to partners quarterly and at year end, prepares the pool's accounts and has them audited, and sends each partner a memorandum of accounts (IFRS 11).`
    ),
    { item: "VAT treatment", value: vat.text, status: vat.known ? "known" : "to agree" },
    item("Termination, and how balances are returned", undefined),
  ];
  return { questions, financial, risks: SHARED_RISKS, warnings };
}

/**
 * VAT as the 2010 guidance sets it out: the lead (host) body's regime applies to the whole
 * arrangement. Councils reclaim the VAT they incur on their statutory duties (VAT Act 1994
 * s33); NHS bodies, treated as government departments, get refunds only on contracted-out
 * services (s41) and are funded for the rest. A pool must not be designed to avoid tax.
 */
const NOT_FOR_TAX =
  "A pool must not be structured to avoid tax: clear the arrangement with HMRC before agreeing it.";

function vatTreatment(
  body: BodyType | undefined,
  host: string | undefined
): { text: string; known: boolean; warning?: string } {
  if (body === "council") {
    return {
      text: `${host} is a council: councils reclaim the VAT they incur on their statutory duties (VAT Act 1994 s33), and the host's regime applies to the whole arrangement. ${NOT_FOR_TAX}`,
      known: true,
    };
  }
  if (body && NHS.includes(body)) {
    const warning = `${host} is an NHS body: NHS bodies, treated as government departments, get VAT refunds only on contracted-out services (VAT Act 1994 s41) and are funded for the rest, and the host's regime applies to the whole arrangement, so the choice of host changes what VAT the pool recovers. ${NOT_FOR_TAX}`;
    return { text: warning, known: true, warning };
  }
  return {
    text: `To agree: the host's VAT regime applies to the whole arrangement (a council reclaims VAT on its statutory duties, VAT Act 1994 s33; an NHS body gets refunds only on contracted-out services, s41). ${NOT_FOR_TAX}`,
    known: false,
  };
}
