import { apportion, apportionChecked, sumOfAmounts } from "./apportion";
import { heldAtCap, waterFill } from "./waterFill";
import { PoolError } from "./errors";
import { formatPence, fromPence, toPence } from "./money";
import { filled, Vec } from "./vector";

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
// Error messages are built by functions of their own (capsTooLow and the like): kept out
// of the rules, the rules stay small enough for V8 to inline into each call.

function equal(variance: number, n: number): Vec {
  return apportion(variance, filled(n, 1), 100);
}

function hostBearsAll(variance: number, n: number, host: number): Vec {
  const parts = filled(n);
  parts[host] = fromPence(variance);
  return parts;
}

/** Caps bind lowest cap-to-contribution ratio first (waterFill.ts); the rest share what is left in proportion. */
function capped(variance: number, contributions: number[], sum: number, caps: number[]): Vec {
  const n = contributions.length;
  const fill = waterFill(contributions, caps, variance, sum);
  const { coverable } = fill;
  if (coverable < variance) throw capsTooLow(coverable, variance);
  // Integer caps keep every rounded share within its cap: ceil(quota) <= cap when quota <= cap.
  const parts =
    fill.left > 0 ? apportionChecked(fill.left, fill.rest, fill.weight, 100) : filled(n);
  for (let i = 0; i < n; i++) {
    if (heldAtCap(fill, contributions, i)) parts[i] = fromPence(caps[i]);
  }
  return parts;
}

function capsTooLow(coverable: number, variance: number): PoolError {
  return new PoolError(
    "CAPS_TOO_LOW",
    `Caps cover ${formatPence(coverable)} of the ${formatPence(variance)} overspend; raise them by ${formatPence(variance - coverable)}.`
  );
}

function tiered(
  variance: number,
  contributions: number[],
  sum: number,
  host: number,
  threshold: number
): Vec {
  const first = Math.min(threshold, variance);
  const parts = apportionChecked(variance - first, contributions, sum);
  parts[host] += first;
  for (let i = 0; i < parts.length; i++) parts[i] = fromPence(parts[i]);
  return parts;
}

/**
 * Split a variance (pounds; positive = overspend to fund, negative = underspend to give
 * back) between partners, to the penny: the parts add up exactly to the variance.
 * Underspends go back in proportion to contributions under every method but "host".
 * Parts come back as a Vec (see vector.ts).
 */
export function deficitSplit(
  variance: number,
  contributions: number[],
  options: SplitOptions = {}
): Vec {
  const method = parseMethod(options.method ?? "proportional");
  const n = contributions.length;
  if (n === 0) throw noPartners();
  const sum = sumOfAmounts(contributions, refuseContribution);
  const pence = toPence(variance, "variance");
  // The method's own arguments are checked whatever the variance's sign.
  const host = method === "host" || method === "tiered" ? checkHost(options.host, n, method) : 0;
  const caps = method === "capped" ? checkCaps(options.caps, n) : undefined;
  const threshold = method === "tiered" ? checkThreshold(options.threshold) : 0;
  // The rule: the method's own, or for an underspend the way it goes back.
  switch (pence < 0 ? underspendRule(method, options.underspend) : method) {
    case "proportional":
      return apportionChecked(pence, contributions, sharedBy(sum), 100);
    case "host":
      return hostBearsAll(pence, n, host);
    case "equal":
      sharedBy(sum);
      return equal(pence, n);
    case "capped":
      return capped(pence, contributions, sharedBy(sum), caps!);
    case "tiered":
      return tiered(pence, contributions, sharedBy(sum), host, threshold);
  }
}

function noPartners(): PoolError {
  return new PoolError("EMPTY_RANGE", "There are no partners' contributions to split between.");
}

/** Contributions that can be shared in proportion to: their sum, checked. */
function sharedBy(sum: number): number {
  if (!(sum > 0 && Number.isFinite(sum))) {
    throw new PoolError(
      "NO_CONTRIBUTIONS",
      "The contributions add up to zero, so there is nothing to split in proportion to."
    );
  }
  return sum;
}

function refuseContribution(i: number, v: number): PoolError {
  return new PoolError(
    "NEGATIVE_CONTRIBUTION",
    `Partner ${i + 1}'s contribution (${String(v)}) must be an amount of zero or more.`
  );
}

/** Underspends: the host keeps all under "host"; equal parts back under "equal" unless told otherwise. */
function underspendRule(method: SplitMethod, chosen: UnderspendRule | undefined): SplitMethod {
  if (method === "host") return "host";
  return chosen ?? (method === "equal" ? "equal" : "proportional");
}

/** A method by its code ("capped") or its plain words ("In proportion, with caps"), any case. */
export function parseMethod(method: string): SplitMethod {
  switch (method) {
    // A code as written, nearly every call: compared as strings, with no lookup.
    case "proportional":
    case "equal":
    case "host":
    case "capped":
    case "tiered":
      return method;
  }
  return methodFromWords(method);
}

/** parseMethod's rarer cases, out of line: a code in another case, or the plain words. */
function methodFromWords(method: string): SplitMethod {
  const m = String(method).trim().toLowerCase();
  if ((SPLIT_METHODS as string[]).includes(m)) return m as SplitMethod;
  const byLabel = SPLIT_METHODS.find((k) => METHOD_LABELS[k].toLowerCase() === m);
  if (byLabel) return byLabel;
  throw new PoolError(
    "BAD_METHOD",
    `"${method}" is not a split method. Use one of: ${SPLIT_METHODS.join(", ")}, or its words on the Pool sheet ("${METHOD_LABELS.proportional}").`
  );
}

export function parseUnderspend(text: string): UnderspendRule {
  const u = String(text).trim().toLowerCase();
  if (u === "proportional" || u === "equal") return u;
  throw new PoolError(
    "BAD_METHOD",
    `"${text}" is not a way to return an underspend. Use "proportional" or "equal", or leave it blank.`
  );
}

function checkHost(host: number | undefined, n: number, method: SplitMethod): number {
  if (host === undefined || host === null) {
    throw new PoolError(
      "HOST_REQUIRED",
      `The "${method}" method needs the host partner: give its position, 1 to ${n}.`
    );
  }
  if (!Number.isInteger(host) || host < 0 || host >= n) {
    throw new PoolError(
      "HOST_OUT_OF_RANGE",
      `The host must be one of the ${n} partners (position 1 to ${n}).`
    );
  }
  return host;
}

/** Caps checked and in pence (Infinity stays for no cap); the explanation reads them too. */
export function checkCaps(caps: number[] | undefined, n: number): number[] {
  if (!caps || caps.length !== n) throw capsMisfit(caps, n);
  // The caps in pence, written in one pass into a list sized once; no cap stays Infinity
  // (an if, not a conditional expression, which V8 boxes when one side is Infinity).
  const pence: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cap = caps[i];
    if (!(cap >= 0)) throw negativeCap(i, cap);
    if (cap === Infinity) pence[i] = Infinity;
    else pence[i] = toPence(cap, "cap");
  }
  return pence;
}

function capsMisfit(caps: number[] | undefined, n: number): PoolError {
  if (!caps) {
    return new PoolError(
      "SHAPE_MISMATCH",
      `The "capped" method needs a cap for each of the ${n} partners.`
    );
  }
  return new PoolError(
    "SHAPE_MISMATCH",
    `There are ${caps.length} caps for ${n} partners; give one cap per partner (leave a cap blank for no cap).`
  );
}

function negativeCap(i: number, cap: number): PoolError {
  return new PoolError(
    "NEGATIVE_CAP",
    `Partner ${i + 1}'s cap (${String(cap)}) must be an amount of zero or more.`
  );
}

function checkThreshold(threshold: number | undefined): number {
  if (threshold === undefined || threshold === null) return 0;
  if (!(threshold >= 0)) {
    throw new PoolError(
      "NEGATIVE_THRESHOLD",
      `The threshold (${String(threshold)}) must be an amount of zero or more.`
    );
  }
  return toPence(threshold, "threshold");
}
