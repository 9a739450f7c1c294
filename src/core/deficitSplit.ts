import { apportion, sumOfAmounts } from "./apportion";
import { capWalk } from "./capWalk";
import { Refuse } from "./messages";
import { fromPence, toPence } from "./money";

export type SplitMethod = "proportional" | "equal" | "host" | "capped" | "tiered";

export interface SplitOptions {
  method?: SplitMethod;
  /** Most each partner will fund of an overspend, in pounds; Infinity means no cap. */
  caps?: number[];
  /** 0-based position of the host partner. */
  host?: number;
  /** Pounds of overspend the host bears before the rest is shared ("tiered"). */
  threshold?: number;
  /** How an underspend goes back; by default "equal" under the equal rule, else "proportional". */
  underspend?: UnderspendRule;
}

/** How an underspend is returned (the "host" rule always gives it all to the host). */
export type UnderspendRule = "proportional" | "equal";

/** Plain-words description of each method, shown in the task pane and README. */
export const METHOD_DESCRIPTIONS: Record<SplitMethod, string> = {
  proportional:
    "Each partner funds an overspend, or gets an underspend back, in proportion to what it put in (the Hertfordshire rule).",
  equal:
    "Every partner funds an equal part of an overspend and gets an equal part of an underspend back.",
  host: "The host partner bears the whole overspend or keeps the whole underspend.",
  capped:
    "Shared in proportion, but no partner funds more than its cap; what is above a cap is shared among the others.",
  tiered:
    "The host bears the first slice of an overspend up to a threshold; the rest is shared in proportion by all.",
};

export const SPLIT_METHODS = Object.keys(METHOD_DESCRIPTIONS) as SplitMethod[];

/** The rule in plain words: the pane's choices and the Pool sheet's drop-down, which POOL.DEFICITSPLIT reads. */
export const METHOD_LABELS: Record<SplitMethod, string> = {
  proportional: "In proportion to contributions",
  equal: "Equal parts",
  host: "Host bears it all",
  capped: "In proportion, with caps",
  tiered: "Host first, then shared",
};

// Each rule takes the variance in pence and what it needs, checked, and returns each
// partner's part in pounds, worked to the penny.

function equal(variance: number, n: number): number[] {
  return apportion(variance, new Array<number>(n).fill(1), 100);
}

function hostBearsAll(variance: number, n: number, host: number): number[] {
  const parts = new Array<number>(n).fill(0);
  parts[host] = fromPence(variance);
  return parts;
}

/** Caps bind lowest cap-to-contribution ratio first (capWalk.ts); the rest share what is left in proportion. */
function capped(variance: number, contributions: number[], caps: number[]): number[] {
  const walk = capWalk(contributions, caps, variance);
  if (walk.cover < variance) throw Refuse.capsTooLow(walk.cover, variance);
  // Whole-pence caps keep every rounded share within its cap: ceil(quota) <= cap when quota <= cap.
  const parts = walk.left > 0 ? apportion(walk.left, walk.rest, 100) : contributions.map(() => 0);
  return parts.map((p, i) => (walk.held[i] ? fromPence(caps[i]) : p));
}

function tiered(
  variance: number,
  contributions: number[],
  host: number,
  threshold: number
): number[] {
  const first = Math.min(threshold, variance);
  const parts = apportion(variance - first, contributions);
  parts[host] += first;
  return parts.map(fromPence);
}

/**
 * Split a variance (pounds; positive = overspend to fund, negative = underspend to give
 * back) between partners, to the penny: the parts add up exactly to the variance.
 * Underspends go back in proportion to contributions under every method but "host".
 */
export function deficitSplit(
  variance: number,
  contributions: number[],
  options: SplitOptions = {}
): number[] {
  const method = parseMethod(options.method ?? "proportional");
  const n = contributions.length;
  if (n === 0) throw Refuse.noContributions();
  const sum = sumOfAmounts(contributions, Refuse.negativeContribution);
  const pence = toPence(variance, "variance");
  // The method's own arguments are checked whatever the variance's sign.
  const host = method === "host" || method === "tiered" ? checkHost(options.host, n, method) : 0;
  const caps = method === "capped" ? checkCaps(options.caps, n) : [];
  const threshold = method === "tiered" ? checkThreshold(options.threshold) : 0;
  const rule = pence < 0 ? underspendRule(method, options.underspend) : method;
  if (rule === "host") return hostBearsAll(pence, n, host);
  if (!(sum > 0)) throw Refuse.contributionsAddToZero();
  switch (rule) {
    case "proportional":
      return apportion(pence, contributions, 100);
    case "equal":
      return equal(pence, n);
    case "capped":
      return capped(pence, contributions, caps);
    case "tiered":
      return tiered(pence, contributions, host, threshold);
  }
}

/** Underspends: the host keeps all under "host"; equal parts back under "equal" unless told otherwise. */
function underspendRule(method: SplitMethod, chosen: UnderspendRule | undefined): SplitMethod {
  if (method === "host") return "host";
  return chosen ?? (method === "equal" ? "equal" : "proportional");
}

/** A method by its code ("capped") or its plain words ("In proportion, with caps"), any case. */
export function parseMethod(method: string): SplitMethod {
  const m = String(method).trim().toLowerCase();
  if ((SPLIT_METHODS as string[]).includes(m)) return m as SplitMethod;
  const byLabel = SPLIT_METHODS.find((k) => METHOD_LABELS[k].toLowerCase() === m);
  if (byLabel) return byLabel;
  throw Refuse.badMethod(method, SPLIT_METHODS, METHOD_LABELS.proportional);
}

export function parseUnderspend(text: string): UnderspendRule {
  const u = String(text).trim().toLowerCase();
  if (u === "proportional" || u === "equal") return u;
  throw Refuse.badUnderspend(text, "equal");
}

function checkHost(host: number | undefined, n: number, method: SplitMethod): number {
  if (host === undefined || host === null) throw Refuse.hostRequired(method, n);
  if (!Number.isInteger(host) || host < 0 || host >= n) throw Refuse.hostOutOfRange(n);
  return host;
}

/** Caps checked and in pence (Infinity stays for no cap); the explanation reads them too. */
export function checkCaps(caps: number[] | undefined, n: number): number[] {
  if (!caps) throw Refuse.capsMissing(n);
  if (caps.length !== n) throw Refuse.capsMisfit(caps.length, n);
  return caps.map((cap, i) => {
    if (!(cap >= 0)) throw Refuse.negativeCap(i, cap);
    return cap === Infinity ? Infinity : toPence(cap, "cap");
  });
}

function checkThreshold(threshold: number | undefined): number {
  if (threshold === undefined || threshold === null) return 0;
  if (!(threshold >= 0)) throw Refuse.negativeThreshold(threshold);
  return toPence(threshold, "threshold");
}
