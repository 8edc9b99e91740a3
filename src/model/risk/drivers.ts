/**
 * What drives the spread: Spearman's rank correlation ρ between each uncertain input and the
 * result over the trials (ties get their average rank), and each input's share of the
 * explained variance, ρ² / Σρ². Rank correlation needs no linearity: a refresh cycle that acts
 * through a step function still ranks.
 */
import type { Recording } from "./record";
import { finish, type Steps } from "./steps";

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
  return finish(driversSteps(rec));
}

/** `drivers` in steps: one ranking (of at most 100,000 values, a few ms) per step. */
export function* driversSteps(rec: Recording): Steps<Driver[]> {
  const resultRanks = yield* rankSteps(rec.results);
  const rhos: number[] = [];
  for (const s of rec.samples) rhos.push(pearson(yield* rankSteps(s), resultRanks));
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
  return finish(rankSteps(values));
}

/** Values ranked between two steps: a few milliseconds. */
const STEP_RANKS = 16_384;

/**
 * `ranks` in steps. A value's rank comes from a sorted copy: if `lo` values are smaller and
 * `hi` are no larger, it holds ranks lo + 1 … hi, on average (lo + 1 + hi) / 2. A native
 * numeric sort and a binary search per value, unlike a comparator sort of indices, can stop
 * between values.
 */
export function* rankSteps(values: Float64Array): Steps<Float64Array> {
  const n = values.length;
  const sorted = values.slice().sort();
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    hi = lo + 1;
    while (hi < n && sorted[hi] === v) hi++;
    out[i] = (lo + 1 + hi) / 2;
    if ((i + 1) % STEP_RANKS === 0) yield;
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
