/** The resource map's lists and the Eastbrook example (a fictional locality). */
export const SECTORS = [
  "Statutory: council",
  "Statutory: NHS",
  "Statutory: police",
  "Statutory: probation",
  "Other statutory",
  "Third sector",
  "Private",
] as const;
export const LEGAL_BODY_TYPES = [
  "Council",
  "NHS: ICB/PCT/SHA",
  "NHS trust",
  "Police",
  "Probation",
  "Youth offending team",
  "School or college",
  "Jobcentre Plus",
  "Other statutory",
  "Third sector",
  "Private",
  "Funding stream",
] as const;
export const STREAM_KINDS = ["Mainstream", "Time-limited"] as const;
export const COMMITMENT = ["Committed", "Available"] as const;
export const SPEND_KINDS = ["Revenue", "Capital"] as const;
/** An Areas row for money spent across the whole locality, not shared to areas. */
export const WHOLE_AREA = "Whole area";

export interface ResourceMapData {
  locality: string;
  years: string[];
  themes: string[];
  partners: { name: string; sector: string; body: string; notes?: string }[];
  areas: { name: string; population: number; need: number }[];
  streams: {
    name: string;
    partner: string;
    theme: string;
    area: string;
    kind: string;
    end?: string;
    /** Committed (spoken for) or available to redirect; revenue or capital. */
    commitment: string;
    spend: string;
    amounts: number[];
  }[];
  /** What the map leaves out, said plainly (Warwickshire's map lists its exclusions). */
  excluded: string[];
}

/** A fictional locality with plausible figures; Southmoor has the highest need and the least money per head. */
export const EASTBROOK: ResourceMapData = {
  locality: "Eastbrook",
  years: ["2008/09", "2009/10", "2010/11"],
  themes: ["Health and wellbeing", "Community safety", "Children and young people", "Worklessness"],
  partners: [
    {
      name: "Eastbrook County Council",
      sector: "Statutory: council",
      body: "Council",
    },
    {
      name: "NHS Eastbrook",
      sector: "Statutory: NHS",
      body: "NHS: ICB/PCT/SHA",
      notes: "PCT at the time of mapping",
    },
    {
      name: "Eastbrook Police",
      sector: "Statutory: police",
      body: "Police",
    },
    {
      name: "Eastbrook Probation Trust",
      sector: "Statutory: probation",
      body: "Probation",
    },
    {
      name: "Eastbrook CVS",
      sector: "Third sector",
      body: "Third sector",
      notes: "Council for Voluntary Service",
    },
  ],
  areas: [
    { name: "Northgate", population: 24000, need: 38.2 },
    { name: "Central", population: 31000, need: 29.5 },
    { name: "Southmoor", population: 18500, need: 44.7 },
    { name: "Eastfield", population: 26500, need: 15.1 },
  ],
  streams: [
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2400000, 2450000, 2500000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2900000, 2950000, 3000000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1100000, 1050000, 1000000],
    },
    {
      name: "Adult social care",
      partner: "Eastbrook County Council",
      theme: "Health and wellbeing",
      area: "Eastfield",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1900000, 1950000, 2000000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [3100000, 3200000, 3300000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [3600000, 3700000, 3800000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1500000, 1550000, 1600000],
    },
    {
      name: "Community health services",
      partner: "NHS Eastbrook",
      theme: "Health and wellbeing",
      area: "Eastfield",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [2500000, 2550000, 2600000],
    },
    {
      name: "Neighbourhood policing",
      partner: "Eastbrook Police",
      theme: "Community safety",
      area: "Central",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [1800000, 1850000, 1900000],
    },
    {
      name: "Neighbourhood policing",
      partner: "Eastbrook Police",
      theme: "Community safety",
      area: "Southmoor",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [700000, 660000, 620000],
    },
    {
      name: "Offender management",
      partner: "Eastbrook Probation Trust",
      theme: "Community safety",
      area: "Northgate",
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [450000, 460000, 470000],
    },
    {
      name: "Neighbourhood Renewal Fund",
      partner: "Eastbrook County Council",
      theme: "Worklessness",
      area: "Southmoor",
      kind: "Time-limited",
      end: "2011-03-31",
      commitment: "Available",
      spend: "Revenue",
      amounts: [600000, 400000, 200000],
    },
    {
      name: "Area Based Grant: youth",
      partner: "Eastbrook County Council",
      theme: "Children and young people",
      area: "Northgate",
      kind: "Time-limited",
      end: "2011-03-31",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [350000, 350000, 350000],
    },
    {
      name: "Family support",
      partner: "Eastbrook CVS",
      theme: "Children and young people",
      area: "Central",
      kind: "Time-limited",
      end: "2010-03-31",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [120000, 120000, 0],
    },
    {
      name: "Drug and alcohol action team",
      partner: "Eastbrook County Council",
      theme: "Community safety",
      area: WHOLE_AREA,
      kind: "Mainstream",
      commitment: "Committed",
      spend: "Revenue",
      amounts: [400000, 400000, 400000],
    },
    {
      name: "Community centre refurbishment",
      partner: "Eastbrook County Council",
      theme: "Children and young people",
      area: "Southmoor",
      kind: "Time-limited",
      end: "2010-03-31",
      commitment: "Committed",
      spend: "Capital",
      amounts: [250000, 0, 0],
    },
  ],
  excluded: [
    "Government departments' direct spend in Eastbrook",
    "National agencies' spend (e.g. benefits paid by Jobcentre Plus)",
    "Schools' delegated budgets",
  ],
};
