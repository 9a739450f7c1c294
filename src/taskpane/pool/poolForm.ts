import {
  BodyType,
  deficitSplit,
  eligibilityWarnings,
  isBlank,
  parseAmount,
  parseBodyType,
  poolShare,
  Power,
  SplitMethod,
} from "../../core";
import type { PoolSetup } from "../../excel/plans/poolSheet";
import { Scalar, WorkbookError } from "../../excel/types";
import { messageOf } from "../useAction";

export interface PartnerRow {
  name: string;
  bodyType: BodyType | "";
  contribution: string;
  cap: string;
}

export interface PoolForm {
  name: string;
  partners: PartnerRow[];
  host: number;
  method: SplitMethod;
  threshold: string;
  power: Power | "";
}

export interface PreviewLine {
  name: string;
  share: number;
  split: number;
}

export interface Evaluation {
  setup?: PoolSetup;
  error?: string;
  preview?: PreviewLine[];
  /** The sample overspend the preview splits: 10% of the pool. */
  sample?: number;
  warnings: string[];
}

export const emptyPartner = (): PartnerRow => ({
  name: "",
  bodyType: "",
  contribution: "",
  cap: "",
});

export function newForm(): PoolForm {
  return {
    name: "",
    partners: [emptyPartner(), emptyPartner()],
    host: 0,
    method: "proportional",
    threshold: "",
    power: "s75",
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
    const threshold =
      form.method === "tiered" && !isBlank(form.threshold)
        ? amount(form.threshold, "The threshold")
        : undefined;
    if (form.power)
      warnings.push(...eligibilityWarnings(partners, form.power).map((w) => w.message));

    const contributions = partners.map((p) => p.contribution);
    const total = contributions.reduce((a, b) => a + b, 0);
    const shares = poolShare(contributions.map((c) => [c]));
    const sample = Math.round(total * 10) / 100; // 10% of the pool, to the penny
    const split = deficitSplit(sample, contributions, {
      method: form.method,
      host: form.host,
      caps: partners.map((p) => (p.cap === null ? Infinity : p.cap)),
      threshold,
    });
    return {
      setup: {
        name: form.name.trim() || "Partnership pool",
        partners,
        host: form.host,
        method: form.method,
        threshold,
        power: form.power || undefined,
      },
      preview: partners.map((p, i) => ({ name: p.name, share: shares[i], split: split[i] })),
      sample,
      warnings,
    };
  } catch (e) {
    return { error: messageOf(e), warnings };
  }
}

/**
 * Partners from a selected range: a name column and an amount column (a body type column
 * is used if there is one). A header row and total rows are skipped.
 */
export function partnersFromSelection(values: Scalar[][]): PartnerRow[] {
  const rows = values.filter((r) => r.some((c) => !isBlank(c as string)));
  const isAmount = (c: Scalar) =>
    typeof c === "number" || (typeof c === "string" && typeof parseAmount(c) === "number");
  const out: PartnerRow[] = [];
  rows.forEach((r, i) => {
    const texts = r.filter((c) => typeof c === "string" && !isAmount(c)) as string[];
    const amountCell = r.find(isAmount);
    if (/^(sub\s*-?)?total\b/i.test(texts[0] ?? "")) return;
    if (amountCell === undefined && r.length > 1) return; // a header row
    // The first text is the partner's name (even "PCTs"); a later one may be its body type.
    const name = texts[0] ?? `Partner ${i + 1}`;
    const body = texts.slice(1).map(parseBodyType).find(Boolean);
    out.push({
      name,
      bodyType: body ?? "",
      contribution: amountCell === undefined ? "" : String(amountCell),
      cap: "",
    });
  });
  return out;
}
