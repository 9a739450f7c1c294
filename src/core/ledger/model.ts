import type { SplitMethod } from "../deficitSplit";
import type { BodyType, Power } from "../legal";
import type { RiskBand } from "../riskShare";

// A pool as published section 75 and Better Care Fund agreements keep it (DOMAIN.md, "How
// agreements keep the money"): money tagged by partner and source, paid in instalments,
// spent on schemes with a lead commissioner, and settled in an agreed order. Every amount
// is in whole pence; lines, schemes and partners are referred to by their position.

export interface LedgerPartner {
  name: string;
  /** "funding-stream" for a grant that joins as a party of its own: it never bears an overspend. */
  bodyType?: BodyType;
}

/** What one partner puts in from one source in the year ("ICB: NHS minimum contribution"). */
export interface ContributionLine {
  partner: number;
  source: string;
  /** A grant passed through the partner (a funding stream): it funds its schemes, never an overspend. */
  grant?: boolean;
  /** Its unspent money stays on this line and never pays for another scheme. */
  ringFenced?: boolean;
  /** The agreed annual amount before in-year variations. */
  annual: number;
  /** Balance brought forward on this line from last year's memorandum. */
  broughtForward?: number;
}

/** A payment due on a line: by default four equal quarterly instalments in advance. */
export interface Instalment {
  line: number;
  /** ISO date, "2025-04-01". */
  date: string;
  amount: number;
}

/** An agreed in-year change to a line's contribution, due on its date. */
export interface Variation {
  line: number;
  date: string;
  /** More (+) or less (−) than agreed. */
  amount: number;
  reason: string;
}

/** Money a line gives a scheme or the contingency. */
export interface Funding {
  line: number;
  amount: number;
}

/** A scheme the pool pays for: its budget is the funding named for it. */
export interface Scheme {
  name: string;
  /** The partner that commissions it. */
  commissioner: number;
  funding: Funding[];
}

/** How what is left of an overspend, after the draws, falls on partners. */
export type RiskShareRule =
  | {
      kind: "split";
      method: SplitMethod;
      host?: number;
      /** "tiered": pence the host bears first. */
      threshold?: number;
      /** "capped": the most each partner funds, in pence; null for no cap. */
      caps?: (number | null)[];
    }
  | { kind: "bands"; bands: RiskBand[] }
  | { kind: "commissioner" };

/** Where an overspend is met from before the risk share, in the agreed order. */
export type Draw = "underspends" | "contingency";

/** What happens to money unspent at year end. */
export type UnderspendTreatment = "carry forward" | "return";

/** The words for each treatment, as the Ledger sheet's drop-downs offer them. */
export const TREATMENT_WORDS: Record<UnderspendTreatment, string> = {
  "carry forward": "Carry forward on the line",
  return: "Return to its source",
};

/** The order of draw in words: "underspends elsewhere in the pool, then the contingency". */
export const DRAW_WORDS: Record<Draw, string> = {
  underspends: "Underspends elsewhere in the pool",
  contingency: "The contingency",
};

export interface RuleChain {
  /** Default: underspends elsewhere in the pool, then the contingency. */
  draws: Draw[];
  riskShare: RiskShareRule;
  /** A ring-fenced line's unspent money: kept on the line, or returned to its source. */
  ringFenced: UnderspendTreatment;
  /** Every other line's: underspends stay in the pool unless the agreement says otherwise. */
  other: UnderspendTreatment;
}

export interface Ledger {
  name: string;
  /** The power the pool is made under (section 75, Children Act section 10), where agreed. */
  power?: Power;
  /** "2025/26". */
  year: string;
  partners: LedgerPartner[];
  /** The partner that hosts the pool. */
  host: number;
  lines: ContributionLine[];
  /** Omitted: four equal quarterly instalments on each line (see instalments.ts). */
  instalments?: Instalment[];
  variations?: Variation[];
  schemes: Scheme[];
  /** A contingency or risk reserve, funded by lines. */
  contingency?: Funding[];
  rules: RuleChain;
}

/** The figures for one reporting point: forecasts in year, actuals at year end. */
export interface PeriodFigures {
  /** The last day of the period, ISO. */
  asAt: string;
  /** True at year end: the figures are actual and the year is settled. */
  final: boolean;
  /** Each scheme's spending (its latest forecast outturn in year; null: none yet, counts at budget). */
  spend: (number | null)[];
  /** Income each scheme received beyond contributions (client charges, other grants). */
  income?: number[];
  /** Received to date on each line. */
  received: number[];
}

export const DEFAULT_RULES: RuleChain = {
  draws: ["underspends", "contingency"],
  riskShare: { kind: "split", method: "proportional" },
  ringFenced: "carry forward",
  other: "carry forward",
};

export const schemeBudget = (s: Scheme): number => s.funding.reduce((a, f) => a + f.amount, 0);

/** A line's contribution for the year as varied up to `asAt` (all variations when omitted). */
export function lineAnnual(ledger: Ledger, line: number, asAt?: string): number {
  return (ledger.variations ?? [])
    .filter((v) => v.line === line && (asAt === undefined || v.date <= asAt))
    .reduce((a, v) => a + v.amount, ledger.lines[line].annual);
}

/** A funding stream never bears an overspend: a grant line, or a partner that is one. */
export const isFundingStream = (p: LedgerPartner): boolean => p.bodyType === "funding-stream";

export function lineLabel(ledger: Ledger, line: number): string {
  const l = ledger.lines[line];
  return `${ledger.partners[l.partner].name}: ${l.source}`;
}
