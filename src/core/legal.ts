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

export const BODY_TYPES: { value: BodyType; label: string }[] = [
  { value: "council", label: "Council (local authority)" },
  { value: "icb", label: "Integrated care board (was PCT / SHA)" },
  { value: "nhs-trust", label: "NHS trust or foundation trust" },
  { value: "police", label: "Police" },
  { value: "probation", label: "Probation" },
  { value: "youth-offending", label: "Youth offending team" },
  { value: "school-college", label: "School or college" },
  { value: "jobcentre-plus", label: "Jobcentre Plus" },
  { value: "other-statutory", label: "Other statutory body" },
  { value: "third-sector", label: "Voluntary / third sector" },
  { value: "private", label: "Private sector" },
  { value: "funding-stream", label: "Funding stream (grant, not an organisation)" },
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
};

/** Read a body type from a label, a value or a historical name; undefined if unknown. */
export function parseBodyType(text: string): BodyType | undefined {
  const s = text.trim().toLowerCase();
  const direct = BODY_TYPES.find((b) => b.value === s || b.label.toLowerCase() === s);
  return direct?.value ?? SYNONYMS[s];
}

export type Power = "s75" | "children-act-s10";

const ELIGIBLE: Record<Power, ReadonlySet<BodyType>> = {
  // NHS Act 2006 s75: local authorities and NHS bodies only.
  s75: new Set<BodyType>(["council", "icb", "nhs-trust"]),
  // Children Act 2004 s10: the children's services authority and its relevant partners.
  "children-act-s10": new Set<BodyType>([
    "council",
    "icb",
    "nhs-trust",
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
  partner: string;
  message: string;
}

/**
 * Partners who cannot lawfully join the pool under `power`. Funding streams are money,
 * not members, so they never warn; private and third-sector partners may still be
 * contracted to provide the service, or the partnership can align instead.
 */
export function eligibilityWarnings(
  partners: { name: string; bodyType?: BodyType }[],
  power: Power
): EligibilityWarning[] {
  const allowed = ELIGIBLE[power];
  return partners
    .filter((p) => p.bodyType && p.bodyType !== "funding-stream" && !allowed.has(p.bodyType))
    .map((p) => ({
      partner: p.name,
      message:
        p.bodyType === "private" || p.bodyType === "third-sector"
          ? `${p.name} cannot be a member of ${POWER_NAMES[power]}: private and third-sector partners can be contracted to provide the service, or the partnership can align budgets instead.`
          : `${p.name} cannot be a member of ${POWER_NAMES[power]}; check the legal power or align budgets instead.`,
    }));
}
