import { checkCaps, deficitSplit, METHOD_LABELS, SplitOptions } from "../deficitSplit";
import { toPence } from "../money";
import { capWalk } from "../capWalk";
import { Explanation } from "./explanation";
import { exactAndRounded } from "./pennies";
import { list, money, pence, percent, plural, who, poss } from "./words";

/**
 * DEFICITSPLIT's figure for one partner, in words: which rule applied, the partner's
 * exact share and how rounding to the penny settled it.
 */
export function explainDeficitSplit(
  variance: number,
  contributions: number[],
  options: SplitOptions,
  i: number,
  names?: string[]
): Explanation {
  const parts = deficitSplit(variance, contributions, options);
  const figure = parts[i];
  const partsPence = Array.from(parts, (p) => toPence(p));
  const v = toPence(variance, "variance");
  const name = who(i, names);
  const method = options.method ?? "proportional";
  const rule = `"${METHOD_LABELS[method]}"`;
  if (v === 0) {
    return {
      figure,
      summary: `${poss(name)} part is £0.00: there is no over- or underspend to split.`,
      steps: [`The variance is £0.00, so under any rule every partner's part is £0.00.`],
    };
  }
  const over = v > 0;
  const what = over ? "overspend" : "underspend";
  const verb = over ? "funds" : "gets back";
  const summary = `${name} ${verb} ${money(figure)} of the ${money(variance)} ${what}.`;
  const steps = [
    `The ${what} is ${money(variance)}${over ? ", to be funded by the partners" : ", to be returned to the partners"}. The agreed rule is ${rule}.`,
  ];
  const n = contributions.length;
  const proportional = (total: number, weights: number[], label: string, partsOf: number[]) => {
    const wsum = weights.reduce((a, b) => a + b, 0);
    if (weights[i] === 0) {
      steps.push(`${poss(name)} ${label} counts as £0.00 here, so its share is £0.00.`);
      return;
    }
    const { exact, rounding } = exactAndRounded(Math.abs(total), weights, partsOf, i, names);
    steps.push(
      `${poss(name)} ${label} is ${money(weights[i])} of ${money(wsum)} (${percent(weights[i] / wsum)}), so its exact share of ${pence(total)} is ${exact}.`,
      rounding
    );
  };
  const hostName = options.host === undefined ? "" : who(options.host, names);
  const underspendRule = options.underspend ?? (method === "equal" ? "equal" : "proportional");

  if (method === "host") {
    steps.push(
      i === options.host
        ? `${name} is the host, so it ${over ? "bears the whole overspend" : "keeps the whole underspend"}: ${money(figure)}.`
        : `The host, ${hostName}, ${over ? "bears the whole overspend" : "keeps the whole underspend"}, so ${poss(name)} part is £0.00.`
    );
  } else if (!over && underspendRule === "equal") {
    steps.push(`An underspend under this rule goes back in equal parts to the ${n} partners.`);
    equalParts(Math.abs(v), n, partsPence, i, names, steps);
  } else if (!over) {
    steps.push(
      `An underspend under this rule goes back in proportion to what each partner put in.`
    );
    proportional(v, contributions, "contribution", partsPence);
  } else if (method === "proportional") {
    proportional(v, contributions, "contribution", partsPence);
  } else if (method === "equal") {
    equalParts(v, n, partsPence, i, names, steps);
  } else if (method === "tiered") {
    const threshold = toPence(options.threshold ?? 0, "threshold");
    const first = Math.min(threshold, v);
    steps.push(
      `The host, ${hostName}, bears the first ${pence(first)} (the threshold is ${pence(threshold)}).`
    );
    const restParts = partsPence.map((p, k) => (k === options.host ? p - first : p));
    if (v - first > 0) {
      steps.push(`The remaining ${pence(v - first)} is shared in proportion to contributions.`);
      proportional(v - first, contributions, "contribution", restParts);
    } else steps.push(`Nothing is left over the threshold to share.`);
    if (i === options.host && v - first > 0) {
      steps.push(
        `In all ${name} funds ${pence(first)} + ${pence(restParts[i])} = ${money(figure)}.`
      );
    }
  } else {
    explainCaps(v, contributions, options.caps!, partsPence, i, names, steps, proportional);
  }
  return { figure, summary, steps };
}

function equalParts(
  total: number,
  n: number,
  partsPence: number[],
  i: number,
  names: string[] | undefined,
  steps: string[]
): void {
  const each = Math.floor(total / n);
  const left = total - each * n;
  const name = who(i, names);
  steps.push(
    `${pence(total)} in ${n} equal parts is ${pence(each)} each${left ? ` with ${plural(left, "penny", "pennies")} over` : ", exactly"}.`
  );
  if (left) {
    steps.push(
      `Every part has the same remainder, so the ${plural(left, "penny", "pennies")} over go to the first ${plural(left, "partner")} listed; ${name} is partner ${i + 1}, so it ${Math.abs(partsPence[i]) > each ? "received one" : "did not receive one"}: ${pence(partsPence[i])}.`
    );
  }
}

function explainCaps(
  v: number,
  contributions: number[],
  caps: number[],
  partsPence: number[],
  i: number,
  names: string[] | undefined,
  steps: string[],
  proportional: (total: number, weights: number[], label: string, partsOf: number[]) => void
): void {
  const capsPence = checkCaps(caps, contributions.length);
  const walk = capWalk(contributions, capsPence, v);
  const held = (k: number) => walk.held[k];
  const capped = contributions.flatMap((_, k) => (held(k) ? [k] : []));
  const name = who(i, names);
  const cap = capsPence[i] === Infinity ? "no cap" : `a cap of ${pence(capsPence[i])}`;
  if (capped.length === 0) {
    steps.push(
      `No partner's share in proportion reaches its cap, so the overspend is shared in proportion to contributions (${name} has ${cap}).`
    );
    proportional(v, contributions, "contribution", partsPence);
    return;
  }
  const names2 = capped.map((k) => `${who(k, names)} (${pence(capsPence[k])})`);
  steps.push(
    `Shared in proportion, ${list(names2)} would pay more than ${capped.length === 1 ? "its cap" : "their caps"}, so ${capped.length === 1 ? "it pays its cap" : "each pays its cap"}; caps are applied lowest cap-to-contribution first, and the rest is shared again among the others.`
  );
  if (held(i)) {
    steps.push(`${name} is held at its cap: ${pence(partsPence[i])}.`);
    return;
  }
  const rest = walk.rest;
  const sharers = rest.flatMap((c, k) => (c > 0 ? [who(k, names)] : []));
  steps.push(
    `That leaves ${pence(walk.left)} for ${list(sharers)}, in proportion to ${sharers.length === 1 ? "its contribution" : "their contributions"} (${name} has ${cap}).`
  );
  proportional(
    walk.left,
    rest,
    "contribution",
    partsPence.map((p, k) => (held(k) ? 0 : p))
  );
}
