import { WorkbookError } from "../../excel/types";
import { BandRow, emptyBand, readBands } from "../pool/poolForm";
import {
  BANDS_LABEL,
  BodyType,
  financialYearOf,
  isPoolError,
  METHOD_LABELS,
  parseAmount,
  Power,
  SplitMethod,
  SPLIT_METHODS,
  toPence,
} from "../../core";
import {
  checkLedger,
  COMMISSIONER_RULE,
  Draw,
  InstalmentPattern,
  Ledger,
  patternInstalments,
  RiskShareRule,
  UnderspendTreatment,
  Unallocated,
} from "../../core/ledger";

// The pool ledger as the pane gathers it, step by step: text as typed, read into a Ledger
// only when checked, so a half-typed figure is never lost or silently changed.

export interface PartnerEntry {
  name: string;
  bodyType: BodyType;
}

export interface LineEntry {
  partner: number;
  source: string;
  annual: string;
  grant: boolean;
  ringFenced: boolean;
  /** How it is paid; unset, four quarterly instalments in advance. */
  pattern?: InstalmentPattern;
}

export interface SchemeEntry {
  name: string;
  commissioner: number;
  /** What each line gives it, as typed, by line position. */
  funding: string[];
}

export type DrawOrder = "underspends first" | "contingency first" | "straight to the rule";

export const DRAW_ORDERS: Record<DrawOrder, Draw[]> = {
  "underspends first": ["underspends", "contingency"],
  "contingency first": ["contingency", "underspends"],
  "straight to the rule": [],
};

export interface LedgerForm {
  /** Under risk-share bands: the schedule as typed. */
  bands: BandRow[];
  step: number;
  name: string;
  year: string;
  period: string;
  power: Power | "";
  partners: PartnerEntry[];
  host: number;
  lines: LineEntry[];
  schemes: SchemeEntry[];
  /** What each line sets aside for the contingency, as typed. */
  contingency: string[];
  draws: DrawOrder;
  /** A split method's words, or the lead commissioner's rule. */
  rule: string;
  ringFenced: UnderspendTreatment;
  other: UnderspendTreatment;
}

export const STEPS = [
  "Pool and partners",
  "Contribution lines",
  "Schemes",
  "Contingency and rules",
  "Check and write",
];

export const LEDGER_RULE_CHOICES = [
  ...SPLIT_METHODS.filter((m) => m !== "capped" && m !== "tiered").map((m) => METHOD_LABELS[m]),
  COMMISSIONER_RULE,
  BANDS_LABEL,
];

export function newLedgerForm(): LedgerForm {
  return {
    step: 0,
    name: "",
    year: "",
    period: "Quarter 1",
    power: "s75",
    partners: [
      { name: "", bodyType: "icb" },
      { name: "", bodyType: "council" },
    ],
    host: 1,
    lines: [
      { partner: 0, source: "Contribution", annual: "", grant: false, ringFenced: false },
      { partner: 1, source: "Contribution", annual: "", grant: false, ringFenced: false },
    ],
    schemes: [{ name: "", commissioner: 0, funding: ["", ""] }],
    contingency: ["", ""],
    draws: "underspends first",
    bands: [emptyBand(2), emptyBand(2)],
    rule: METHOD_LABELS.proportional,
    ringFenced: "carry forward",
    other: "carry forward",
  };
}

export type LedgerAction =
  | { type: "set"; patch: Partial<LedgerForm> }
  | { type: "partner"; index: number; patch: Partial<PartnerEntry> }
  | { type: "addPartner" }
  | { type: "removePartner"; index: number }
  | { type: "line"; index: number; patch: Partial<LineEntry> }
  | { type: "addLine" }
  | { type: "removeLine"; index: number }
  | { type: "scheme"; index: number; patch: Partial<SchemeEntry> }
  | { type: "funding"; scheme: number; line: number; value: string }
  | { type: "addScheme" }
  | { type: "removeScheme"; index: number }
  | { type: "contingency"; line: number; value: string }
  | { type: "replaceSchemes"; lines: LineEntry[]; schemes: SchemeEntry[] };

const without = <T>(xs: T[], i: number) => xs.filter((_, k) => k !== i);
/** A partner's position after partner `gone` is removed (its own lines and schemes go to the first). */
const shift = (p: number, gone: number) => (p === gone ? 0 : p > gone ? p - 1 : p);

export function ledgerReducer(form: LedgerForm, action: LedgerAction): LedgerForm {
  switch (action.type) {
    case "set":
      return { ...form, ...action.patch };
    case "partner":
      return {
        ...form,
        partners: form.partners.map((p, i) => (i === action.index ? { ...p, ...action.patch } : p)),
      };
    case "addPartner":
      return { ...form, partners: [...form.partners, { name: "", bodyType: "council" }] };
    case "removePartner": {
      if (form.partners.length <= 2) return form;
      const gone = action.index;
      const keep = form.lines.map((l) => l.partner !== gone);
      return {
        ...form,
        partners: without(form.partners, gone),
        host: shift(form.host, gone),
        lines: form.lines
          .filter((_, i) => keep[i])
          .map((l) => ({ ...l, partner: shift(l.partner, gone) })),
        schemes: form.schemes.map((s) => ({
          ...s,
          commissioner: shift(s.commissioner, gone),
          funding: s.funding.filter((_, i) => keep[i]),
        })),
        contingency: form.contingency.filter((_, i) => keep[i]),
        bands: form.bands.map((b) => ({ ...b, shares: without(b.shares, gone) })),
      };
    }
    case "line":
      return {
        ...form,
        lines: form.lines.map((l, i) => (i === action.index ? { ...l, ...action.patch } : l)),
      };
    case "addLine":
      return {
        ...form,
        lines: [
          ...form.lines,
          { partner: 0, source: "", annual: "", grant: false, ringFenced: false },
        ],
        schemes: form.schemes.map((s) => ({ ...s, funding: [...s.funding, ""] })),
        contingency: [...form.contingency, ""],
      };
    case "removeLine":
      if (form.lines.length <= 1) return form;
      return {
        ...form,
        lines: without(form.lines, action.index),
        schemes: form.schemes.map((s) => ({ ...s, funding: without(s.funding, action.index) })),
        contingency: without(form.contingency, action.index),
      };
    case "scheme":
      return {
        ...form,
        schemes: form.schemes.map((s, i) => (i === action.index ? { ...s, ...action.patch } : s)),
      };
    case "funding":
      return {
        ...form,
        schemes: form.schemes.map((s, i) =>
          i === action.scheme
            ? { ...s, funding: s.funding.map((v, l) => (l === action.line ? action.value : v)) }
            : s
        ),
      };
    case "addScheme":
      return {
        ...form,
        schemes: [
          ...form.schemes,
          { name: "", commissioner: form.host, funding: form.lines.map(() => "") },
        ],
      };
    case "removeScheme":
      return form.schemes.length <= 1
        ? form
        : { ...form, schemes: without(form.schemes, action.index) };
    case "contingency":
      return {
        ...form,
        contingency: form.contingency.map((v, l) => (l === action.line ? action.value : v)),
      };
    case "replaceSchemes":
      return {
        ...form,
        lines: action.lines,
        schemes: action.schemes,
        contingency: action.lines.map((_, i) => form.contingency[i] ?? ""),
      };
  }
}

export interface LedgerReading {
  ledger?: Ledger;
  /** The first thing to put right, in words. */
  error?: string;
  unallocated: Unallocated[];
}

/** Something the form still needs, said as the user would put it right. */
class FormProblem extends Error {}

/** Pence from an amount as typed: "£20,000", "20000.50"; blank is nothing. */
function pence(text: string, what: string): number {
  const n = parseAmount(text);
  if (n === null) return 0;
  if (n === undefined) throw new FormProblem(`${what} (“${text}”) is not an amount.`);
  if (n < 0) throw new FormProblem(`${what} must be zero or more.`);
  return toPence(n, what);
}

function ruleOf(form: LedgerForm): RiskShareRule {
  const words = form.rule;
  if (words === COMMISSIONER_RULE) return { kind: "commissioner" };
  if (words === BANDS_LABEL)
    return { kind: "bands", bands: readBands(form.bands, form.partners.length) };
  const host = form.host;
  const method =
    (SPLIT_METHODS as SplitMethod[]).find((m) => METHOD_LABELS[m] === words) ?? "proportional";
  return { kind: "split", method, host };
}

/** The form read as a ledger and checked; the first problem in words if it cannot be. */
export function readLedgerForm(form: LedgerForm): LedgerReading {
  try {
    const year = financialYearOf(form.year);
    if (!form.name.trim()) throw new FormProblem("Give the pool a name.");
    if (!year) throw new FormProblem("Give the financial year as 2025/26 (or 2025-26).");
    form.partners.forEach((p, i) => {
      if (!p.name.trim()) throw new FormProblem(`Partner ${i + 1} needs a name.`);
    });
    const names = form.partners.map((p) => p.name.trim().toLowerCase());
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice)
      throw new FormProblem(
        `Two partners are called “${form.partners[names.indexOf(twice)].name}”; each needs a name of its own.`
      );
    const partnerName = (i: number) => form.partners[i]?.name || `Partner ${i + 1}`;
    const lineName = (l: LineEntry, i: number) =>
      `${partnerName(l.partner)}: ${l.source || `line ${i + 1}`}`;
    form.lines.forEach((l, i) => {
      if (!l.source.trim())
        throw new FormProblem(
          `Line ${i + 1} (${partnerName(l.partner)}) needs a source, such as “NHS minimum contribution”.`
        );
    });
    form.schemes.forEach((s, i) => {
      if (!s.name.trim()) throw new FormProblem(`Scheme ${i + 1} needs a name.`);
    });
    const lines = form.lines.map((l, i) => ({
      partner: l.partner,
      source: l.source.trim(),
      grant: l.grant,
      ringFenced: l.ringFenced,
      annual: pence(l.annual, `${lineName(l, i)}'s annual contribution`),
    }));
    const ledger: Ledger = {
      name: form.name.trim(),
      ...(form.power ? { power: form.power } : {}),
      year,
      partners: form.partners.map((p) => ({ name: p.name.trim(), bodyType: p.bodyType })),
      host: form.host,
      lines,
      // Quarterly throughout is the default schedule; any other pattern is written out.
      ...(form.lines.every((l) => (l.pattern ?? "quarterly") === "quarterly")
        ? {}
        : {
            instalments: lines.flatMap((l, i) =>
              patternInstalments(year, i, l.annual, form.lines[i].pattern ?? "quarterly")
            ),
          }),
      schemes: form.schemes.map((s) => ({
        name: s.name.trim(),
        commissioner: s.commissioner,
        funding: s.funding
          .map((v, line) => ({
            line,
            amount: pence(v, `${s.name}'s funding from ${lineName(form.lines[line], line)}`),
          }))
          .filter((f) => f.amount > 0),
      })),
      contingency: form.contingency
        .map((v, line) => ({
          line,
          amount: pence(v, `The contingency from ${lineName(form.lines[line], line)}`),
        }))
        .filter((f) => f.amount > 0),
      rules: {
        draws: DRAW_ORDERS[form.draws],
        riskShare: ruleOf(form),
        ringFenced: form.ringFenced,
        other: form.other,
      },
    };
    const unallocated = checkLedger(ledger).filter((u) => u.amount !== 0);
    return { ledger, unallocated };
  } catch (e) {
    if (isPoolError(e) || e instanceof FormProblem || e instanceof WorkbookError) {
      return { error: e.message, unallocated: [] };
    }
    throw e;
  }
}
