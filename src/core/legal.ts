/**
 * Who may join which kind of pool (DOMAIN.md legal table). Body types are today's names;
 * the 2004-2010 names the reports use are accepted as synonyms.
 */
export type BodyType =
  | "council"
  | "icb"
  | "nhs-trust"
  | "police"
  | "probation"
  | "youth-offending"
  | "school-college"
  | "jobcentre-plus"
  | "other-statutory"
  | "third-sector"
  | "private"
  | "funding-stream";

/**
 * Body types: `label` as the sheets write and read it; `short`, where the label is longer,
 * as the pane's drop-downs show it, so it fits a 320 px pane whole.
 */
export const BODY_TYPES: { value: BodyType; label: string; short?: string }[] = [
  { value: "council", label: "Council (local authority)" },
  {
    value: "icb",
    label: "Integrated care board (was PCT / SHA)",
    short: "Integrated care board (ICB)",
  },
  { value: "nhs-trust", label: "NHS trust or foundation trust" },
  { value: "police", label: "Police" },
  { value: "probation", label: "Probation" },
  { value: "youth-offending", label: "Youth offending team" },
  { value: "school-college", label: "School or college" },
  { value: "jobcentre-plus", label: "Jobcentre Plus" },
  { value: "other-statutory", label: "Other statutory body" },
  { value: "third-sector", label: "Voluntary / third sector" },
  { value: "private", label: "Private sector" },
  {
    value: "funding-stream",
    label: "Funding stream (grant, not an organisation)",
    short: "Funding stream (a grant)",
  },
];

const SYNONYMS: Record<string, BodyType> = {
  council: "council",
  "local authority": "council",
  "county council": "council",
  "city council": "council",
  "district council": "council",
  "borough council": "council",
  la: "council",
  icb: "icb",
  "integrated care board": "icb",
  pct: "icb",
  pcts: "icb",
  "primary care trust": "icb",
  sha: "icb",
  "strategic health authority": "icb",
  ccg: "icb",
  "clinical commissioning group": "icb",
  nhs: "nhs-trust",
  "nhs trust": "nhs-trust",
  "foundation trust": "nhs-trust",
  "nhs foundation trust": "nhs-trust",
  police: "police",
  "police authority": "police",
  constabulary: "police",
  probation: "probation",
  yot: "youth-offending",
  "youth offending team": "youth-offending",
  school: "school-college",
  college: "school-college",
  "jobcentre plus": "jobcentre-plus",
  voluntary: "third-sector",
  "third sector": "third-sector",
  "voluntary sector": "third-sector",
  charity: "third-sector",
  private: "private",
  "private sector": "private",
  business: "private",
  grant: "funding-stream",
  "funding stream": "funding-stream",
  "time-limited grant": "funding-stream",
  "time limited grant": "funding-stream",
  "area based grant": "funding-stream",
  "area-based grant": "funding-stream",
};

// Words in a partner's own name that give its body type away ("Manchester City Council", "PCTs").
const NAME_CLUES: [RegExp, BodyType][] = [
  [/\b(fund|grant|abg|nrf|lpsa2?)\b/i, "funding-stream"],
  [
    /\b(pcts?|icbs?|ccgs?|shas?|integrated care board|primary care trust|clinical commissioning|strategic health authority)\b/i,
    "icb",
  ],
  [/\b(nhs|foundation) (foundation )?trust\b|\bhospitals?\b/i, "nhs-trust"],
  [/\b(police|constabulary)\b/i, "police"],
  [/\bprobation\b/i, "probation"],
  [/\b(youth offending|yots?)\b/i, "youth-offending"],
  [/\bjobcentre\b/i, "jobcentre-plus"],
  [/\b(schools?|college|further education)\b/i, "school-college"],
  // Before "council": these councils are not local authorities.
  [/\b(voluntary|charity|community trust)\b/i, "third-sector"],
  [/\blearning and skills council\b/i, "other-statutory"],
  [/\b(council|borough|local authority)\b/i, "council"],
];

/** A body type from a partner's name, where the name says it plainly; undefined otherwise. */
export function bodyTypeFromName(name: string): BodyType | undefined {
  return parseBodyType(name) ?? NAME_CLUES.find(([re]) => re.test(name))?.[1];
}

/** Read a body type from a label, a value or a historical name; undefined if unknown. */
export function parseBodyType(text: string): BodyType | undefined {
  const s = text.trim().toLowerCase();
  const direct = BODY_TYPES.find((b) => b.value === s || b.label.toLowerCase() === s);
  return direct?.value ?? SYNONYMS[s];
}

export type Power = "s75" | "children-act-s10";

const NHS: ReadonlySet<BodyType> = new Set<BodyType>(["icb", "nhs-trust"]);

const ELIGIBLE: Record<Power, ReadonlySet<BodyType>> = {
  // NHS Act 2006 s75: local authorities and NHS bodies only.
  s75: new Set<BodyType>(["council", "icb", "nhs-trust"]),
  // Children Act 2004 s10: the children's services authority and its relevant partners. The
  // health partner is the commissioner (PCT or SHA then, the ICB now); NHS trusts are not listed.
  "children-act-s10": new Set<BodyType>([
    "council",
    "icb",
    "police",
    "probation",
    "youth-offending",
    "school-college",
    "jobcentre-plus",
  ]),
};

export const POWER_NAMES: Record<Power, string> = {
  s75: "a section 75 (NHS Act 2006) pool",
  "children-act-s10": "a Children Act 2004 section 10 pooled fund",
};

export interface EligibilityWarning {
  /** The partner the warning is about; "" when it is about the membership as a whole. */
  partner: string;
  message: string;
}

/**
 * What stands in the way of pooling under `power`: partners who cannot lawfully be members,
 * partners whose body type is not given (so cannot be checked), funding streams (money,
 * not members), and a membership that lacks a body the power requires.
 */
export function eligibilityWarnings(
  partners: { name: string; bodyType?: BodyType }[],
  power: Power
): EligibilityWarning[] {
  const allowed = ELIGIBLE[power];
  const pool = POWER_NAMES[power];
  const warnings: EligibilityWarning[] = [];
  for (const p of partners) {
    const message = memberMessage(p.name, p.bodyType, allowed, pool, power);
    if (message) warnings.push({ partner: p.name, message });
  }
  const has = (test: (b: BodyType) => boolean) =>
    partners.some((p) => p.bodyType !== undefined && test(p.bodyType));
  if (power === "s75") {
    if (!has((b) => NHS.has(b)))
      warnings.push({
        partner: "",
        message: `${cap(pool)} needs an NHS body (an integrated care board or NHS trust) among its members, and none of the partners is one.`,
      });
    if (!has((b) => b === "council"))
      warnings.push({
        partner: "",
        message: `${cap(pool)} needs a local authority among its members, and none of the partners is a council.`,
      });
  } else if (!has((b) => b === "council")) {
    warnings.push({
      partner: "",
      message: `${cap(pool)} is set up by the children's services authority (a council), and none of the partners is a council.`,
    });
  }
  return warnings;
}

function memberMessage(
  name: string,
  body: BodyType | undefined,
  allowed: ReadonlySet<BodyType>,
  pool: string,
  power: Power
): string | undefined {
  if (!body)
    return `Give ${name}'s body type, so the add-in can check it may be a member of ${pool}.`;
  if (body === "funding-stream")
    return `${name} is a funding stream, not an organisation: its accountable body is the member of ${pool}, and the stream itself may need to be aligned rather than pooled (area-based grants and Supporting People cannot be pooled in a formal way). A grant never funds an overspend.`;
  if (allowed.has(body)) return undefined;
  if (body === "private" || body === "third-sector")
    return `${name} cannot be a member of ${pool}: private and third-sector partners can be contracted to provide the service, or the partnership can align budgets instead.`;
  if (power === "children-act-s10" && body === "nhs-trust")
    return `${name} is an NHS trust, and NHS trusts are not relevant partners under section 10 of the Children Act 2004 (the health commissioner, the integrated care board, is); the trust can be commissioned to provide services instead.`;
  return `${name} cannot be a member of ${pool}; check the legal power or align budgets instead.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
