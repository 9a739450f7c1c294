import { filled, SMALL_INPUT, Vec } from "./vector";

/**
 * Which partners' caps bind when an overspend is shared in proportion to contributions
 * but nobody pays more than their cap. The classic answer walks partners in order of
 * cap-to-contribution ratio, capping each whose proportional share of what is left would
 * break its cap; the first that fits ends the walk. Here the walk is done by buckets of
 * ratio, so it stays linear at a million partners: a whole bucket below the current rate
 * is capped at once, and only the one bucket that straddles the rate is looked into.
 */
const BUCKETS = 1024;
const SMALL = 256;
/** fewFill's order of those with a cap, allocated once: calls never overlap. */
const ORDER = new Int32Array(SMALL_INPUT);

export interface WaterFill {
  /**
   * Each partner's weight in sharing what is left: its contribution, or 0 where its cap
   * binds. A partner is capped when it put something in and its weight here is 0.
   */
  rest: Vec;
  /** Pence left for the uncapped partners, and their total contribution. */
  left: number;
  weight: number;
  /**
   * The most the caps of those who put something in can fund (Infinity when one of them
   * has no cap): below the overspend, the walk's figures mean nothing. Summed as the walk
   * reads the caps, saving the rule a pass of its own.
   */
  coverable: number;
}

/** Whether partner i's cap binds: it put something in and shares nothing of what is left. */
export function heldAtCap(fill: WaterFill, contributions: ArrayLike<number>, i: number): boolean {
  return contributions[i] > 0 && fill.rest[i] === 0;
}

/** `caps` in pence (Infinity for none); `total` and `weight` are the overspend and Σ contributions. */
export function waterFill(
  contributions: ArrayLike<number>,
  caps: ArrayLike<number>,
  total: number,
  weight: number
): WaterFill {
  const n = contributions.length;
  // A pool's few partners take the classic walk; nothing to bucket. The bucket walk sits in
  // a function of its own so this one stays small enough for V8 to inline.
  return n <= SMALL_INPUT
    ? fewFill(contributions, caps, total, weight)
    : manyFill(contributions, caps, total, weight);
}

/** The walk by buckets of ratio, for a pool of more than SMALL_INPUT partners. */
function manyFill(
  contributions: ArrayLike<number>,
  caps: ArrayLike<number>,
  total: number,
  weight: number
): WaterFill {
  const n = contributions.length;
  const rest = Float64Array.from(contributions);
  const ratio = filled(n);
  const state = { left: total, weight };
  // Partners whose cap could bind.
  const members = new Int32Array(n);
  let m = 0;
  let coverable = 0;
  for (let i = 0; i < n; i++) {
    if (!(contributions[i] > 0)) continue;
    coverable += caps[i];
    if (caps[i] !== Infinity) {
      ratio[i] = caps[i] / contributions[i];
      members[m++] = i;
    }
  }
  fill(members.subarray(0, m), ratio, contributions, caps, rest, state);
  return { rest, left: state.left, weight: state.weight, coverable };
}

/**
 * The classic walk for a pool's few partners, most often with one or two caps: those with
 * a cap are ordered by cap-to-contribution ratio as they are found (insertion, the earlier
 * partner first on a tie), then capped in turn until one's share fits under its cap.
 */
function fewFill(
  contributions: ArrayLike<number>,
  caps: ArrayLike<number>,
  total: number,
  weight: number
): WaterFill {
  const n = contributions.length;
  const rest: number[] = new Array(n);
  let m = 0;
  let coverable = 0;
  for (let i = 0; i < n; i++) {
    rest[i] = contributions[i];
    if (!(contributions[i] > 0)) continue;
    coverable += caps[i];
    if (caps[i] === Infinity) continue;
    const ratio = caps[i] / contributions[i];
    let at = m++;
    while (at > 0 && caps[ORDER[at - 1]] / contributions[ORDER[at - 1]] > ratio) {
      ORDER[at] = ORDER[at - 1];
      at--;
    }
    ORDER[at] = i;
  }
  let left = total;
  let shared = weight;
  for (let k = 0; k < m; k++) {
    const i = ORDER[k];
    if (left * contributions[i] <= caps[i] * shared) break;
    rest[i] = 0;
    left -= caps[i];
    shared -= contributions[i];
  }
  return { rest, left, weight: shared, coverable };
}

interface FillState {
  left: number;
  weight: number;
}

/**
 * The classic walk within one bucket of a large pool: lowest cap-to-contribution ratio
 * first (earlier partner on a tie), cap each whose share of what is left would break its
 * cap. Returns false at the first that fits.
 */
function walk(
  members: ArrayLike<number>,
  ratio: Vec,
  contributions: ArrayLike<number>,
  caps: ArrayLike<number>,
  rest: Vec,
  state: FillState
): boolean {
  const sorted = Array.from(members).sort((a, b) => ratio[a] - ratio[b] || a - b);
  for (const i of sorted) {
    if (state.left * contributions[i] <= caps[i] * state.weight) return false;
    rest[i] = 0;
    state.left -= caps[i];
    state.weight -= contributions[i];
  }
  return true;
}

/** Returns false once a partner is found whose cap does not bind (the walk is over). */
function fill(
  members: Int32Array,
  ratio: Vec,
  contributions: ArrayLike<number>,
  caps: ArrayLike<number>,
  rest: Vec,
  state: FillState
): boolean {
  const m = members.length;
  const cap = (i: number) => {
    rest[i] = 0;
    state.left -= caps[i];
    state.weight -= contributions[i];
  };
  if (m <= SMALL) return walk(members, ratio, contributions, caps, rest, state);
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < m; j++) {
    const r = ratio[members[j]];
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  if (!(hi > lo)) {
    // One ratio for all: the sequential walk in position order, with no sort to do.
    for (let j = 0; j < m; j++) {
      const i = members[j];
      if (state.left * contributions[i] <= caps[i] * state.weight) return false;
      cap(i);
    }
    return true;
  }
  // Counting sort into buckets of ratio (stable, so position order holds within a bucket).
  const scale = BUCKETS / (hi - lo);
  const bucket = new Int32Array(m);
  const start = new Int32Array(BUCKETS + 1);
  for (let j = 0; j < m; j++) {
    const b = Math.min(BUCKETS - 1, Math.floor((ratio[members[j]] - lo) * scale));
    bucket[j] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1] += start[b];
  const order = new Int32Array(m);
  const at = start.slice(0, BUCKETS);
  for (let j = 0; j < m; j++) order[at[bucket[j]]++] = members[j];

  for (let b = 0; b < BUCKETS; b++) {
    if (start[b] === start[b + 1]) continue;
    const top = lo + (b + 1) / scale;
    if (b < BUCKETS - 1 && top <= state.left / state.weight) {
      // Every ratio here is below the current rate, and capping only raises the rate.
      for (let j = start[b]; j < start[b + 1]; j++) cap(order[j]);
    } else if (
      !fill(order.subarray(start[b], start[b + 1]), ratio, contributions, caps, rest, state)
    ) {
      return false;
    }
  }
  return true;
}
