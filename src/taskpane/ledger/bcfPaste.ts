import { parseAmount } from "../../core";
import type { LineEntry, PartnerEntry, SchemeEntry } from "./ledgerForm";

/**
 * A scheme table pasted from a Better Care Fund-style expenditure sheet, a row per scheme
 * and source: scheme, scheme type, lead commissioner, source of funding, planned
 * expenditure (tab-separated as Excel copies it, or commas). Rows of one scheme with
 * several sources make one scheme funded by several lines. A source not yet a line
 * becomes one, on the commissioner's partner; the DFG is marked a ring-fenced grant.
 */
export interface PasteResult {
  lines: LineEntry[];
  schemes: SchemeEntry[];
  /** What was read, in words. */
  summary: string;
  /** Rows that could not be read, each with why. */
  problems: string[];
}

/** Amounts shown as officers type them, with thousands separators: "4,400,000". */
const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The BCF's own short names for its sources. */
const ALIASES: Record<string, string> = {
  dfg: "disabled facilities grant",
  ibcf: "improved better care fund",
  "minimum nhs contribution": "nhs minimum contribution",
  "nhs minimum": "nhs minimum contribution",
  "additional la contribution": "additional contribution",
  "additional local authority contribution": "additional contribution",
};

const sourceKey = (s: string) => ALIASES[normal(s)] ?? normal(s);

/** The partner a commissioner's words name: by name, else "NHS"/"ICB" or "LA"/"Council" by body type. */
function commissionerOf(text: string, partners: PartnerEntry[]): number | undefined {
  const t = normal(text);
  const byName = partners.findIndex(
    (p) => normal(p.name) === t || (t.length > 2 && normal(p.name).includes(t))
  );
  if (byName >= 0) return byName;
  const type = /\b(nhs|icb|ccg)\b/.test(t)
    ? "icb"
    : /\b(la|local authority|council)\b/.test(t)
      ? "council"
      : undefined;
  const byType = partners.findIndex((p) => p.bodyType === type);
  return byType >= 0 ? byType : undefined;
}

function cells(row: string): string[] {
  return (row.includes("\t") ? row.split("\t") : row.split(",")).map((c) => c.trim());
}

export function pasteSchemes(
  text: string,
  partners: PartnerEntry[],
  existing: LineEntry[]
): PasteResult {
  const lines = existing.map((l) => ({ ...l }));
  const byName = new Map<
    string,
    { name: string; commissioner: number; funding: Map<number, number> }
  >();
  const problems: string[] = [];
  const added: string[] = [];
  // An amount may itself contain commas ("£1,200,000"): with commas as separators, the
  // fifth cell onwards is the amount.
  text.split(/\r?\n/).forEach((raw, r) => {
    if (!raw.trim()) return;
    const c = cells(raw);
    const amountText = raw.includes("\t") ? c[4] : c.slice(4).join(",");
    const amount = parseAmount(amountText ?? "");
    if (amount === undefined || amount === null) {
      if (r > 0 || c.length < 5)
        problems.push(`Row ${r + 1}: no planned expenditure in the fifth column.`);
      return; // a header row
    }
    const [scheme, , lead, source] = c;
    const commissioner = commissionerOf(lead ?? "", partners);
    if (!scheme) return void problems.push(`Row ${r + 1}: no scheme name.`);
    if (commissioner === undefined) {
      return void problems.push(
        `Row ${r + 1}: “${lead}” is not one of the partners; name the lead commissioner as a partner is named${normal(lead ?? "") === "joint" ? " (a joint scheme needs one lead)" : ""}.`
      );
    }
    if (!source) return void problems.push(`Row ${r + 1}: no source of funding.`);
    let line = lines.findIndex((l) => sourceKey(l.source) === sourceKey(source));
    if (line < 0) {
      const dfg = sourceKey(source) === "disabled facilities grant";
      lines.push({
        partner: commissioner,
        source,
        annual: "",
        grant: dfg || /grant/i.test(source),
        ringFenced: dfg,
      });
      line = lines.length - 1;
      added.push(`${partners[commissioner].name || `Partner ${commissioner + 1}`}: ${source}`);
    }
    const key = normal(scheme);
    const entry = byName.get(key) ?? {
      name: scheme,
      commissioner,
      funding: new Map<number, number>(),
    };
    entry.funding.set(line, (entry.funding.get(line) ?? 0) + amount);
    byName.set(key, entry);
  });
  const schemes = [...byName.values()].map((s) => ({
    name: s.name,
    commissioner: s.commissioner,
    funding: lines.map((_, l) => (s.funding.has(l) ? grouped.format(s.funding.get(l)!) : "")),
  }));
  const summary = `${schemes.length} scheme${schemes.length === 1 ? "" : "s"} read${
    added.length
      ? `; new contribution line${added.length === 1 ? "" : "s"} for ${added.join(", ")}: give ${added.length === 1 ? "its" : "their"} annual amount${added.length === 1 ? "" : "s"}`
      : ""
  }.`;
  return { lines, schemes, summary, problems };
}
