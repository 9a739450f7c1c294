import { parseAmount } from "./inputs";
import { Refuse } from "./messages";

/** Audit Commission Table 11: eight paired tests, in DOMAIN.md order. */
export interface Table11Test {
  number: number;
  topic: string;
  align: string;
  pool: string;
}

export const TABLE_11: readonly Table11Test[] = [
  {
    number: 1,
    topic: "What the aims need",
    align: "Aims are served by partners redirecting mainstream activity",
    pool: "There is a clear, discrete service one body can deliver best",
  },
  {
    number: 2,
    topic: "Contributions",
    align: "Contributions differ widely, and some partners put in no money",
    pool: "All parties make proportionate contributions",
  },
  {
    number: 3,
    topic: "Who is involved",
    align: "Private or third-sector partners are involved",
    pool: "Only statutory partners are involved",
  },
  {
    number: 4,
    topic: "Flexibility",
    align: "A high degree of overall flexibility is needed",
    pool: "A high degree of service responsiveness is needed",
  },
  {
    number: 5,
    topic: "Frontline services",
    align: "Partners keep providing separate frontline services",
    pool: "The host will provide frontline services for all",
  },
  {
    number: 6,
    topic: "Monitoring",
    align: "Partners' own monitoring gives enough confidence",
    pool: "The host's monitoring gives enough confidence",
  },
  {
    number: 7,
    topic: "Costs and benefits",
    align: "The costs of pooling would exceed its benefits",
    pool: "The benefits exceed the costs of setting up and running a pool",
  },
  {
    number: 8,
    topic: "Legal constraints",
    align: "Legal or other constraints make pooling hard or impossible",
    pool: "There are no legal constraints",
  },
];

export type Recommendation = "POOL" | "ALIGN" | "EITHER" | "INSUFFICIENT";

export interface AlignVsPoolResult {
  recommendation: Recommendation;
  /** Weighted mean of the answered tests in [-1, 1]; positive favours pooling. */
  score: number;
  reasons: string[];
  answered: number;
}

export type Answer = string | number | boolean | null | undefined;

const LEGAL_TEST = 7; // 0-based index of test 8
const WHO_TEST = 2; // 0-based index of test 3
const MIN_ANSWERED = 5;
const EITHER_BAND = 0.2;
const POOL_WORDS = new Set(["pool", "p", "pooling", "pooled"]);
const ALIGN_WORDS = new Set(["align", "a", "aligning", "aligned"]);
const UNKNOWN_WORDS = new Set([
  "",
  "?",
  "unknown",
  "don't know",
  "dont know",
  "not sure",
  "n/a",
  "na",
]);

/** One answer as a degree in [-1, 1] (+1 = the pooling side holds) or null when unknown. */
export function parseAnswer(a: Answer, position: number): number | null {
  if (a === null || a === undefined) return null;
  // TRUE and FALSE do not say which way a test points (pool or align?): refused, named.
  if (typeof a === "boolean") throw Refuse.logicalAnswer(position, a);
  if (typeof a === "string") {
    const s = a
      .trim()
      .toLowerCase()
      .replace(/\u2019/g, "'");
    if (POOL_WORDS.has(s)) return 1;
    if (ALIGN_WORDS.has(s)) return -1;
    if (UNKNOWN_WORDS.has(s)) return null;
  }
  const n = parseAmount(a as string | number);
  if (typeof n === "number" && n >= -1 && n <= 1) return n;
  throw Refuse.answerNotUnderstood(position, typeof a === "string" ? `"${a}"` : String(a));
}

/** The scoring rule is the product's own, not the Audit Commission's: said wherever a result is shown. */
export const SCORING_RULE =
  "The score is this add-in's own rule, not the Audit Commission's: the mean of the answered tests (pool +1, align −1, optionally weighted), at least five answers for a recommendation, and EITHER from −0.2 to +0.2 inclusive.";

export interface AlignVsPoolOptions {
  /** The pool would be made under a statutory power (NHS Act s75, Children Act s10). */
  statutory?: boolean;
}

/**
 * Weigh the eight Table 11 tests. Test 8 on the aligning side (legal or other
 * constraints) rules pooling out on its own, so it forces ALIGN whatever the score; so
 * does test 3 under a statutory power, which private and third-sector bodies cannot join.
 */
export function alignVsPool(
  answers: Answer[],
  weights?: number[],
  options: AlignVsPoolOptions = {}
): AlignVsPoolResult {
  if (answers.length !== TABLE_11.length) {
    throw Refuse.answerCount(answers.length);
  }
  const w = checkWeights(weights);
  const degrees = answers.map(parseAnswer);

  let answered = 0;
  let weighted = 0;
  let totalWeight = 0;
  degrees.forEach((d, i) => {
    if (d === null) return;
    answered++;
    weighted += w[i] * d;
    totalWeight += w[i];
  });
  const raw = totalWeight > 0 ? weighted / totalWeight : 0;
  // Twelve significant figures: shows 0.3, not 0.30000000000000004.
  const score = Number(raw.toPrecision(12)) || 0;

  const legal = degrees[LEGAL_TEST];
  if (legal !== null && legal < 0) {
    return {
      recommendation: "ALIGN",
      score,
      answered,
      reasons: [
        `Test 8: ${TABLE_11[LEGAL_TEST].align.toLowerCase()}, so aligning is the route whatever the other answers.`,
        ...drivers(degrees, w, -1).filter((r) => !r.startsWith("Test 8")),
      ],
    };
  }
  const who = degrees[WHO_TEST];
  if (options.statutory && who !== null && who < 0) {
    return {
      recommendation: "ALIGN",
      score,
      answered,
      reasons: [
        "Test 3: private or third-sector partners are involved, and they cannot be members of a pool made under a statutory power (section 75 or Children Act section 10; Audit Commission Table 10), so pooling in that form is unlawful. Align, or pool among the statutory partners only and contract the others to provide services.",
        ...drivers(degrees, w, -1).filter((r) => !r.startsWith("Test 3")),
      ],
    };
  }
  if (answered < MIN_ANSWERED) {
    return {
      recommendation: "INSUFFICIENT",
      score,
      answered,
      reasons: [
        `Only ${answered} of the 8 tests are answered; answer at least ${MIN_ANSWERED} for a recommendation.`,
      ],
    };
  }
  // ±0.2 itself is EITHER: "within ±0.2" includes the boundary.
  if (Math.abs(score) <= EITHER_BAND) {
    return {
      recommendation: "EITHER",
      score,
      answered,
      reasons: [
        `The answers are evenly balanced (score ${score.toFixed(2)}); either route could work, so weigh partners' maturity and appetite for shared risk.`,
        ...drivers(degrees, w, 1).slice(0, 2),
        ...drivers(degrees, w, -1).slice(0, 2),
      ],
    };
  }
  const side = score > 0 ? 1 : -1;
  return {
    recommendation: side > 0 ? "POOL" : "ALIGN",
    score,
    answered,
    reasons: drivers(degrees, w, side),
  };
}

/** The answered tests on one side, strongest first, in plain words. */
function drivers(degrees: (number | null)[], w: number[], side: 1 | -1): string[] {
  return degrees
    .map((d, i) => ({ i, pull: d === null ? 0 : d * w[i] * side }))
    .filter((x) => x.pull > 0)
    .sort((a, b) => b.pull - a.pull || a.i - b.i)
    .map(
      ({ i }) =>
        `Test ${i + 1} favours ${side > 0 ? "pooling" : "aligning"}: ${(side > 0 ? TABLE_11[i].pool : TABLE_11[i].align).toLowerCase()}.`
    );
}

function checkWeights(weights?: number[]): number[] {
  if (weights === undefined) return new Array<number>(TABLE_11.length).fill(1);
  if (weights.length !== TABLE_11.length) {
    throw Refuse.testWeightCount(weights.length);
  }
  weights.forEach((v, i) => {
    if (!(v >= 0) || v === Infinity) throw Refuse.badWeightAt(i, v);
  });
  if (!weights.some((v) => v > 0)) throw Refuse.testWeightsZero();
  return weights;
}
