import { fromPence, toPence } from "./money";
import { parseAmount } from "./inputs";
import { Refuse } from "./messages";

/** What the agreement says happens to a partner's balance at year end. */
export type BalanceTreatment = "carry" | "return";

export interface YearEndPartner {
  name: string;
  contribution: number;
  /** Uplift for next year as a fraction (0.025 for 2.5%). */
  uplift: number;
  /** Recurrent saving (negative) or growth (positive) in pounds, after the uplift. */
  change: number;
  /** Balance carried forward on this year's statement. */
  closing: number;
}

export interface NextYearPartner {
  name: string;
  contribution: number;
  broughtForward: number;
  /** Balance paid back to the partner at year end (when returned, not carried). */
  returned: number;
}

/**
 * An uplift as typed, as a fraction: a percentage however it is written, so "2.5%" and
 * "2.5" are both 2.5% and "0.5" is 0.5%. Undefined for text that is not a figure.
 */
export function upliftFromText(text: string): number | undefined {
  const v = parseAmount(text, true);
  if (typeof v !== "number") return v === null ? 0 : undefined;
  return text.includes("%") ? v : v / 100;
}

/** "2025/26" → "2026/27"; a calendar-year label "2025" → "2026". */
export function nextYearLabel(year: string): string {
  const m = /^(\d{4})(?:\s*[/-]\s*(\d{2}))?$/.exec(year.trim());
  if (!m) {
    throw Refuse.notAFinancialYear(year);
  }
  const y = Number(m[1]) + 1;
  return m[2] === undefined ? String(y) : `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
}

/**
 * Whole pence (not negative) uplifted by a fraction (0.025 for 2.5%), to the penny, half up.
 * The uplift is an exact count of hundred-millionths (2.5% is 2,500,000) and the product is
 * worked in integers, so no binary fraction shifts a half-penny.
 */
export function upliftPence(pence: number, uplift: number): number {
  const scale = 100_000_000n;
  const rate = scale + BigInt(Math.round(uplift * 1e8));
  return Number((BigInt(pence) * rate * 2n + scale) / (2n * scale));
}

/**
 * Next year's contributions and opening balances: each contribution uplifted by its
 * partner's percentage (to the penny, half up) plus its growth or less its saving, and this
 * year's closing balance brought forward, or returned to the partner, as agreed.
 */
export function nextYear(
  partners: YearEndPartner[],
  treatment: BalanceTreatment
): NextYearPartner[] {
  return partners.map((p) => {
    if (!(p.uplift > -1) || !Number.isFinite(p.uplift)) {
      throw Refuse.badUplift(p.name, p.uplift);
    }
    const uplifted = upliftPence(toPence(p.contribution, "contribution"), p.uplift);
    const pence = uplifted + toPence(p.change, "saving or growth");
    if (pence < 0) {
      throw Refuse.savingBelowZero(p.name, fromPence(pence));
    }
    const closing = toPence(p.closing, "closing balance");
    return {
      name: p.name,
      contribution: fromPence(pence),
      broughtForward: treatment === "carry" ? fromPence(closing) : 0,
      returned: treatment === "return" ? fromPence(closing) : 0,
    };
  });
}
