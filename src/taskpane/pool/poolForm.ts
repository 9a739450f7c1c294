import {
  BodyType,
  bodyTypeFromName,
  deficitSplit,
  eligibilityWarnings,
  finQuarter,
  finYear,
  isBlank,
  financialYearOf,
  parseAmount,
  parseBodyType,
  Power,
  RiskBand,
  riskShare,
  SplitMethod,
  YMD,
} from "../../core";
import { colLetter } from "../../core/a1";
import { PERIODS, type PoolSetup } from "../../core";
import { Scalar, WorkbookError } from "../../excel/types";
import { messageOf } from "../useAction";

export interface PartnerRow {
  name: string;
  bodyType: BodyType | "";
  contribution: string;
  cap: string;
}

/** A band of a risk-share schedule as typed: its size, and each partner's share (blank: in proportion). */
export interface BandRow {
  size: string;
  shares: string[];
}

/** The agreed rule: one of the split methods, or a schedule of risk-share bands. */
export type RuleChoice = SplitMethod | "bands";

export interface PoolForm {
  name: string;
  partners: PartnerRow[];
  host: number;
  method: RuleChoice;
  bands: BandRow[];
  threshold: string;
  power: Power | "";
  /** Financial year the Pool sheet reports, "2025/26". */
  year: string;
  period: string;
}

export interface PreviewLine {
  name: string;
  /** What the partner funds of the sample overspend, in pounds. */
  split: number;
}

export interface Evaluation {
  setup?: PoolSetup;
  error?: string;
  preview?: PreviewLine[];
  /** The sample overspend the preview splits: 10% of the pool. Shown in the pane only. */
  sample?: number;
  warnings: string[];
  /** Why some partners fund none of the variance (funding streams), when any do not. */
  excluded?: string;
  /** Under risk-share bands: what of the sample fell in each band, and who funds it. */
  bandSplits?: { label: string; amount: number; parts: number[] }[];
}

export const emptyBand = (partners: number): BandRow => ({
  size: "",
  shares: new Array<string>(partners).fill(""),
});

export const emptyPartner = (): PartnerRow => ({
  name: "",
  bodyType: "",
  contribution: "",
  cap: "",
});

/** Today's financial year and quarter: what a host reporting now would put on the sheet. */
export function currentPeriod(today: Date = new Date()): { year: string; period: string } {
  const date: YMD = { year: today.getFullYear(), month: today.getMonth() + 1, day: 1 };
  return { year: finYear(date), period: PERIODS[finQuarter(date) - 1] };
}

export function newForm(): PoolForm {
  return {
    name: "",
    partners: [emptyPartner(), emptyPartner()],
    host: 0,
    method: "proportional",
    bands: [emptyBand(2), emptyBand(2)],
    threshold: "",
    power: "s75",
    ...currentPeriod(),
  };
}

function amount(text: string, what: string): number {
  const n = parseAmount(text);
  if (typeof n !== "number")
    throw new WorkbookError(
      `${what} ("${text}") is not an amount. Use a number such as 20000 or £20,000.`
    );
  return n;
}

/** Check the form, build the pool, and preview shares and a 10% overspend split. */
export function evaluate(form: PoolForm): Evaluation {
  const warnings: string[] = [];
  try {
    if (form.partners.length < 2) throw new WorkbookError("A pool needs at least two partners.");
    const partners = form.partners.map((p, i) => {
      const label = p.name.trim() || `Partner ${i + 1}`;
      if (!p.name.trim()) throw new WorkbookError(`Partner ${i + 1} needs a name.`);
      const contribution = isBlank(p.contribution)
        ? 0
        : amount(p.contribution, `${label}'s contribution`);
      if (contribution < 0) throw new WorkbookError(`${label}'s contribution cannot be negative.`);
      const cap =
        form.method === "capped" && !isBlank(p.cap) ? amount(p.cap, `${label}'s cap`) : null;
      return { name: p.name.trim(), bodyType: p.bodyType || undefined, contribution, cap };
    });
    if (form.host < 0 || form.host >= partners.length)
      throw new WorkbookError("Choose the host partner.");
    if (partners[form.host].bodyType === "funding-stream")
      throw new WorkbookError(
        `${partners[form.host].name} is a funding stream; the host holds and accounts for the pool, so choose an organisation.`
      );
    const year = financialYearOf(form.year);
    if (!year)
      throw new WorkbookError(
        `The financial year ("${form.year}") should be written like 2025/26 or 2025-26.`
      );
    const threshold =
      form.method === "tiered" && !isBlank(form.threshold)
        ? amount(form.threshold, "The threshold")
        : undefined;
    if (form.power)
      warnings.push(...eligibilityWarnings(partners, form.power).map((w) => w.message));

    const contributions = partners.map((p) => p.contribution);
    const total = contributions.reduce((a, b) => a + b, 0);
    const sample = Math.round(total * 10) / 100; // 10% of the pool, to the penny
    // A grant never funds an overspend: streams bear none of the variance, as on the sheet.
    const streams = partners.filter((p) => p.bodyType === "funding-stream").map((p) => p.name);
    const liable = partners.map((p) => (p.bodyType === "funding-stream" ? 0 : p.contribution));
    const bands = form.method === "bands" ? readBands(form.bands, partners.length) : undefined;
    const banded = bands ? riskShare(sample, liable, bands) : undefined;
    const split = banded
      ? banded.parts
      : deficitSplit(sample, liable, {
          method: form.method as SplitMethod,
          host: form.host,
          caps: partners.map((p) => (p.cap === null ? Infinity : p.cap)),
          threshold,
        });
    return {
      setup: {
        name: form.name.trim() || "Partnership pool",
        partners,
        host: form.host,
        // Under bands the sheet's other rules still read proportional until chosen.
        method: form.method === "bands" ? "proportional" : form.method,
        bands,
        threshold,
        power: form.power || undefined,
        year,
        period: form.period,
      },
      preview: partners.map((p, i) => ({ name: p.name, split: split[i] })),
      sample,
      warnings,
      bandSplits: banded?.bands.map((b) => ({
        label: b.band > (bands?.length ?? 0) ? "Beyond the last band" : `Band ${b.band}`,
        amount: b.amount,
        parts: Array.from(b.parts),
      })),
      excluded: streams.length
        ? `${streams.join(" and ")} ${streams.length > 1 ? "are funding streams" : "is a funding stream"}: a grant never funds an overspend, so ${streams.length > 1 ? "they bear" : "it bears"} none of the variance; the organisations share it by the rule chosen, and a stream's accountable body answers for it.`
        : undefined,
    };
  } catch (e) {
    return { error: messageOf(e), warnings };
  }
}

/** The bands as typed, read as a schedule: sizes in pounds, shares as 50% or 0.5. */
export function readBands(rows: BandRow[], n: number): RiskBand[] {
  if (rows.length === 0) throw new WorkbookError("Add at least one band to the schedule.");
  return rows.map((row, b) => {
    const size = isBlank(row.size) ? null : amount(row.size, `Band ${b + 1}'s size`);
    const shares = Array.from({ length: n }, (_, i) => {
      const text = row.shares[i] ?? "";
      if (isBlank(text)) return null;
      const v = parseAmount(text, true);
      if (typeof v !== "number")
        throw new WorkbookError(
          `Band ${b + 1}'s share ("${text}") is not a share. Use a percentage such as 50%.`
        );
      // "50" typed in a percentage box means 50%.
      return /%$/.test(text.trim()) || v <= 1 ? v : v / 100;
    });
    return { size, shares: shares.every((s) => s === null) ? null : shares };
  });
}

/** A column of amounts the user can take contributions from. */
export interface AmountColumn {
  index: number;
  label: string;
}

export interface SelectionRead {
  partners: PartnerRow[];
  columns: AmountColumn[];
  /** Index of the column the contributions were read from. */
  column: number;
  /** The first organisation: a funding stream is never the host. */
  host: number;
}

// Rows under a table that are not partners: totals, checks and the funding profile's analysis.
const NOT_A_PARTNER =
  /^((sub\s*-?)?totals?|check|target|gap|grant taper|mainstream (share|increase)|financial year|first year)\b/i;
// "10/02-03/03": a part year, so not the year to take contributions from by default.
const PART_YEAR = /^\d{1,2}\/\d{2}\s*[-–]\s*\d{1,2}\/\d{2}$/;

const isAmount = (c: Scalar) =>
  typeof c === "number" || (typeof c === "string" && typeof parseAmount(c) === "number");

/**
 * Partners from a selected range: a name column, amount columns (one per year in a
 * funding profile) and, if there is one, a type column ("Council", "PCT", "Time-limited
 * grant"). A header row labels the columns; totals and check rows are skipped. The
 * contributions come from `column`, by default the latest full year.
 */
export function partnersFromSelection(values: Scalar[][], column?: number): SelectionRead {
  const rows = values.filter((r) => r.some((c) => !isBlank(c as string)));
  const header = rows.length && !rows[0].some(isAmount) && rows[0].length > 1 ? rows[0] : [];
  const body = rows
    .slice(header.length ? 1 : 0)
    .filter((r) => !NOT_A_PARTNER.test(String(r.find((c) => !isBlank(c as string)) ?? "")))
    .filter((r) => r.some(isAmount) || r.length === 1);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns: AmountColumn[] = [];
  for (let j = 0; j < width; j++) {
    if (!body.some((r) => isAmount(r[j]))) continue;
    const label = String(header[j] ?? "").trim();
    if (/total|check/i.test(label)) continue;
    columns.push({ index: j, label: label || `Column ${colLetter(j + 1)}` });
  }
  const fullYears = columns.filter((c) => !PART_YEAR.test(c.label));
  const chosen =
    column !== undefined && columns.some((c) => c.index === column)
      ? column
      : (fullYears.at(-1) ?? columns.at(-1))?.index;

  const partners = body.map((r, i): PartnerRow => {
    const texts = r.filter(
      (c, j) => typeof c === "string" && !isBlank(c) && !isAmount(c) && j !== chosen
    ) as string[];
    // The first text is the partner's name (even "PCTs"); a later one may be its body type.
    const name = texts[0]?.trim() ?? `Partner ${i + 1}`;
    const amount = chosen === undefined ? undefined : r[chosen];
    return {
      name,
      bodyType: texts.slice(1).map(parseBodyType).find(Boolean) ?? bodyTypeFromName(name) ?? "",
      contribution:
        amount === undefined || amount === null || !isAmount(amount) ? "" : String(amount),
      cap: "",
    };
  });
  const host = Math.max(
    0,
    partners.findIndex((p) => p.bodyType !== "funding-stream")
  );
  return { partners, columns, column: chosen ?? 0, host };
}
