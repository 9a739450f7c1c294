import { apportion, checkWeights } from "./apportion";
import { deficitSplit } from "./deficitSplit";
import { Refuse } from "./messages";
import { fromPence, toPence } from "./money";

/** One band of a risk-share schedule, as the agreement writes it. */
export interface RiskBand {
  /** Pounds the band covers; null for "everything beyond" (the last band only). */
  size: number | null;
  /** Each partner's share of the band (fractions adding up to 1), or null: in proportion to contributions. */
  shares: (number | null)[] | null;
}

export type RiskUnderspend = "proportional" | "bands";

/** How one band was split: what the explanation and the pane's preview show. */
export interface BandSplit {
  band: number;
  /** Pounds of the variance that fell in this band. */
  amount: number;
  /** "shares" as the schedule set them, or "proportional" to contributions. */
  basis: "shares" | "proportional";
  parts: number[];
}

export interface RiskShareResult {
  parts: number[];
  bands: BandSplit[];
}

/**
 * Split an overspend through a risk-share schedule ("the first £500k falls to the
 * council, the next £1m is shared 50/50, beyond that in proportion to contributions").
 * Bands are taken in order; each is split to the penny by its shares, or in proportion
 * to contributions where it sets none; anything beyond the last sized band is shared in
 * proportion. An underspend goes back in proportion, or through the same bands.
 */
export function riskShare(
  variance: number,
  contributions: number[],
  bands: RiskBand[],
  underspend: RiskUnderspend = "proportional"
): RiskShareResult {
  const n = contributions.length;
  const v = toPence(variance, "variance");
  checkBands(bands, n);
  if (v < 0 && underspend === "proportional") {
    const parts = deficitSplit(variance, contributions);
    return { parts, bands: [{ band: 0, amount: variance, basis: "proportional", parts }] };
  }
  checkWeights(contributions);
  const sign = v < 0 ? -1 : 1;
  let left = Math.abs(v);
  const total = new Array<number>(n).fill(0);
  const out: BandSplit[] = [];
  const add = (band: number, pence: number, basis: BandSplit["basis"], weights: number[]) => {
    const parts = apportion(sign * pence, weights, 100);
    for (let i = 0; i < n; i++) total[i] = fromPence(toPence(total[i] + parts[i], "share"));
    out.push({ band, amount: fromPence(sign * pence), basis, parts });
  };
  for (let b = 0; b < bands.length && left > 0; b++) {
    const size = bands[b].size;
    const take = size === null ? left : Math.min(left, toPence(size, `band ${b + 1}'s size`));
    if (take <= 0) continue;
    const shares = bands[b].shares;
    if (shares) {
      add(
        b + 1,
        take,
        "shares",
        shares.map((s) => s ?? 0)
      );
    } else add(b + 1, take, "proportional", contributions);
    left -= take;
  }
  if (left > 0) add(bands.length + 1, left, "proportional", contributions);
  return { parts: total, bands: out };
}

/** Each band's shares add up to 100%; only the last band may have no size. */
function checkBands(bands: RiskBand[], n: number): void {
  if (bands.length === 0) throw Refuse.noBands();
  bands.forEach((band, b) => {
    if (band.size === null && b < bands.length - 1) throw Refuse.bandWithoutSize(b);
    if (band.size !== null && !(band.size >= 0)) throw Refuse.negativeBandSize(b, band.size);
    if (!band.shares) return;
    if (band.shares.length !== n) throw Refuse.bandSharesMisfit(b, band.shares.length, n);
    let sum = 0;
    band.shares.forEach((s, i) => {
      if (s !== null && !(s >= 0)) throw Refuse.negativeBandShare(b, i, s);
      sum += s ?? 0;
    });
    if (Math.abs(sum - 1) > 1e-9) throw Refuse.bandSharesNot100(b, sum);
  });
}
