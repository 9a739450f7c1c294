import type { BodyType, Power } from "./legal";
import type { SplitMethod } from "./deficitSplit";
import type { RiskBand, RiskUnderspend } from "./riskShare";

/** A pool as the host sets it up: its partners, host, agreed rule, year and period. */
export interface PoolPartner {
  name: string;
  bodyType?: BodyType;
  contribution: number;
  /** Most this partner funds of an overspend (capped method); null for no cap. */
  cap?: number | null;
  /** Balance brought forward from last year's statement (a pool started by Start next year). */
  broughtForward?: number;
}

export interface PoolSetup {
  name: string;
  partners: PoolPartner[];
  /** 0-based position of the host partner. */
  host: number;
  method: SplitMethod;
  threshold?: number;
  power?: Power;
  /** Financial year the sheet reports, e.g. "2025/26". */
  year: string;
  /** Reporting period, one of PERIODS. */
  period: string;
  /** A risk-share schedule: written as a table the split formula reads when the rule says so. */
  bands?: RiskBand[];
  /** Under the bands, how an underspend goes back: in proportion (the default) or through the bands. */
  bandUnderspend?: RiskUnderspend;
}

/** The rule cell's words for a risk-share schedule; POOL.RISKSHARE then does the split. */
export const BANDS_LABEL = "Risk-share bands";

/** The Pool sheet's words for RISKSHARE's underspend choice, in its drop-down. */
export const BAND_UNDERSPEND_WORDS: Record<RiskUnderspend, string> = {
  proportional: "In proportion to contributions",
  bands: "Through the same bands",
};
