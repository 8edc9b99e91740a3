/**
 * What drives the spread: Spearman's rank correlation ρ between each uncertain input and the
 * result over the trials (ties get their average rank), and each input's share of the
 * explained variance, ρ² / Σρ². Rank correlation needs no linearity: a refresh cycle that acts
 * through a step function still ranks.
 */
import type { Recording } from "./simulate";

/** One row of LOCKIN_DRIVERS. */
export interface Driver {
  readonly input: string;
  readonly rho: number;
  readonly share: number;
}

/**
 * The drivers of a recorded simulation, largest share first.
 * @example drivers({ inputs: ["a"], samples: [Float64Array.from([1, 2, 3])], results: Float64Array.from([10, 20, 30]) })[0].rho // 1
 */
export function drivers(rec: Recording): Driver[] {
  const resultRanks = ranks(rec.results);
  const rhos = rec.samples.map((s) => pearson(ranks(s), resultRanks));
  const total = rhos.reduce((sum, r) => sum + r * r, 0);
  return rec.inputs
    .map((input, i) => ({
      input,
      rho: rhos[i],
      share: total > 0 ? (rhos[i] * rhos[i]) / total : 0,
    }))
    .sort((a, b) => b.share - a.share);
}

/** LOCKIN_DRIVERS: a header `Input, Rank correlation, Share of variance`, then one row per input. */
export function driversTable(rows: readonly Driver[]): (string | number)[][] {
  return [
    ["Input", "Rank correlation", "Share of variance"],
    ...rows.map((d) => [d.input, d.rho, d.share]),
  ];
}

/**
 * Ranks 1..n, ties sharing their average rank.
 * @example Array.from(ranks(Float64Array.from([30, 10, 20, 10]))) // [4, 1.5, 3, 1.5]
 */
export function ranks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b]);
  const out = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = rank;
    i = j + 1;
  }
  return out;
}

/** Pearson correlation; 0 when either side does not vary (the correlation is then undefined). */
function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
