/**
 * Statistics of a simulation's sorted results: mean, sample standard deviation (n − 1), its
 * standard error, extremes, nearest-rank percentiles, and an equal-width histogram.
 */
import { failure } from "../messages";
import { describeValue } from "../text";
import type { Simulation } from "./simulate";

/** A statistic LOCKIN_RISK can return: a named one, or a percentile p in (0, 1). */
export type Statistic = "mean" | "sd" | "min" | "max" | "se" | { readonly percentile: number };

/**
 * Reads a statistic: "mean", "sd", "min", "max", "se" (any case), a percentile as a number in
 * (0, 1) such as 0.9, or as text "P90" / "p5" / "P2.5". Blank means the mean.
 * @example parseStatistic("P90") // {"percentile": 0.9}
 * @throws ModelError `value` for anything else; `num` for a percentile outside (0, 1).
 */
export function parseStatistic(value: string | number | null): Statistic {
  if (value === null) return "mean";
  if (typeof value === "number") return percentile(value, String(value));
  const key = value.trim().toLowerCase();
  if (key === "") return "mean";
  if (key === "mean" || key === "sd" || key === "min" || key === "max" || key === "se") return key;
  const p = /^p(\d+(?:\.\d+)?)$/.exec(key);
  if (p) return percentile(Number(p[1]) / 100, value);
  throw failure("unknownStatistic", { got: describeValue(value) });
}

function percentile(p: number, shown: string): Statistic {
  if (!(p > 0 && p < 1)) throw failure("percentileRange", { got: shown });
  return { percentile: p };
}

/** Mean, standard deviation and standard error of a simulation, computed once. */
export interface Moments {
  readonly mean: number;
  readonly sd: number;
  readonly se: number;
}

/**
 * Mean and sample standard deviation, shifted by the first result so that identical results
 * give their value exactly and a zero deviation (no rounding drift over a million trials).
 * @example moments({ sorted: Float64Array.from([1, 2, 3, 4]), inputs: [], trials: 4, seed: 1 }).sd // 1.2909944…
 */
export function moments(s: Simulation): Moments {
  const x = s.sorted;
  const n = x.length;
  const shift = x[0];
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i] - shift;
  const offset = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - shift - offset;
    squares += d * d;
  }
  const sd = Math.sqrt(squares / (n - 1));
  return { mean: shift + offset, sd, se: sd / Math.sqrt(n) };
}

/**
 * One statistic of a simulation: the percentile p is the value at rank ceil(p·n) of the n
 * sorted results (nearest rank).
 * @example statisticOf({ sorted: Float64Array.from([5, 1, 9].sort()), inputs: [], trials: 3, seed: 1 }, { percentile: 0.5 }, { mean: 5, sd: 4, se: 2.3 }) // 5
 */
export function statisticOf(s: Simulation, stat: Statistic, m: Moments): number {
  const x = s.sorted;
  if (typeof stat === "object") {
    // The 1e-9 keeps 0.9 × 10,000 (= 9000.000000000002 in binary) at rank 9,000.
    const rank = Math.max(1, Math.ceil(stat.percentile * x.length - 1e-9));
    return x[rank - 1];
  }
  switch (stat) {
    case "mean":
      return m.mean;
    case "sd":
      return m.sd;
    case "se":
      return m.se;
    case "min":
      return x[0];
    case "max":
      return x[x.length - 1];
  }
}

/** The rows of LOCKIN_RISK_TABLE, after its header. */
export const RISK_TABLE_ROWS: readonly (readonly [string, Statistic | "trials" | "seed"])[] = [
  ["Mean", "mean"],
  ["Standard deviation", "sd"],
  ["Minimum", "min"],
  ["P5", { percentile: 0.05 }],
  ["P10", { percentile: 0.1 }],
  ["P25", { percentile: 0.25 }],
  ["P50", { percentile: 0.5 }],
  ["P75", { percentile: 0.75 }],
  ["P90", { percentile: 0.9 }],
  ["P95", { percentile: 0.95 }],
  ["Maximum", "max"],
  ["Standard error of the mean", "se"],
  ["Trials", "trials"],
  ["Seed", "seed"],
];

/**
 * LOCKIN_RISK_TABLE: a header `Statistic, Value`, then each row of RISK_TABLE_ROWS.
 * @example riskTable({ sorted: Float64Array.from([1, 2, 3]), inputs: [], trials: 3, seed: 7 })[14] // ["Seed", 7]
 */
export function riskTable(s: Simulation, m: Moments = moments(s)): (string | number)[][] {
  return [
    ["Statistic", "Value"],
    ...RISK_TABLE_ROWS.map(([label, stat]) => [
      label,
      stat === "trials" ? s.trials : stat === "seed" ? s.seed : statisticOf(s, stat, m),
    ]),
  ];
}

export const MIN_BINS = 5;
export const MAX_BINS = 100;

/**
 * Whole bins 5 … 100 (fractions truncate); blank means 20.
 * @example checkBins(20.5) // 20
 */
export function checkBins(bins: number): number {
  const n = Math.trunc(bins);
  if (!(n >= MIN_BINS && n <= MAX_BINS)) {
    throw failure("binsRange", { min: MIN_BINS, max: MAX_BINS, got: String(bins) });
  }
  return n;
}

/**
 * LOCKIN_HISTOGRAM: a header `From, To, Trials, Share, Cumulative share`, then `bins` equal-width
 * bins from the minimum to the maximum; a result on a boundary counts in the bin it starts, the
 * maximum in the last. When every trial gives the same value, the first bin holds them all.
 * @example histogram({ sorted: Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]), inputs: [], trials: 10, seed: 1 }, 5)[1] // [0, 2, 2, 0.2, 0.2]
 */
export function histogram(s: Simulation, bins: number): (string | number)[][] {
  const x = s.sorted;
  const n = x.length;
  const min = x[0];
  const max = x[n - 1];
  const width = (max - min) / bins;
  // A result's bin is floor((x − min) / width), capped at the last; over sorted results that
  // never decreases, so each bin's first result is found by binary search, not by a pass over
  // all n (a sheet asks for the same histogram once per cell it shows).
  const binOf = (i: number) =>
    width > 0 ? Math.min(bins - 1, Math.floor((x[i] - min) / width)) : 0;
  const starts = new Array<number>(bins + 1).fill(n);
  for (let k = 0; k < bins; k++) {
    let lo = k === 0 ? 0 : starts[k - 1];
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (binOf(mid) < k) lo = mid + 1;
      else hi = mid;
    }
    starts[k] = lo;
  }
  let cumulative = 0;
  return [
    ["From", "To", "Trials", "Share", "Cumulative share"],
    ...starts.slice(0, bins).map((start, k) => {
      const count = starts[k + 1] - start;
      cumulative += count;
      const from = min + k * width;
      const to = k === bins - 1 ? max : min + (k + 1) * width;
      return [from, to, count, count / n, cumulative / n];
    }),
  ];
}
