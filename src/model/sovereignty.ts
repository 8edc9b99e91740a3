/**
 * The sovereignty path: moving part of the fleet off NVIDIA at refreshes, and what that costs and
 * buys against staying. For G GPUs and M = Σ GPUs × lock-in multiplier (M = G for a count), in
 * year t with the price index I(t) of price-index.ts:
 *   share mₜ = max(mₜ₋₁, target × min(1, t / by_year)) in a refresh year, else mₜ₋₁ (m₀ = 0)
 *   switching Wₜ = (mₜ − mₜ₋₁) × capex × switch_cost_pct × M
 *   NVIDIA spend Nₜ = (1 − mₜ) × (Rₜ + Lₜ + Sₜ), the staying schedule's lines
 *   alternatives Aₜ = G × mₜ × a × (refreshable_share × I(t) in a refresh year + hw_support_pct),
 *     a = capex × alt_units_per_gpu × alt_price_ratio (no NVIDIA licences)
 *   path Pₜ = Nₜ + Aₜ + Wₜ; staying Vₜ; difference Δₜ = Pₜ − Vₜ
 *   accelerator HHI = 10,000 × ((1 − mₜ)² + mₜ²) (one alternative supplier: the upper bound)
 *   remaining exit cost Xₜ = (1 − mₜ) × capex × switch_cost_pct × M
 * Moves happen only at refreshes, so no hardware is written off early.
 */
import type { Assumptions } from "./assumptions";
import { failure } from "./messages";
import { HHI_SCALE } from "./hhi";
import { generation, priceIndex } from "./price-index";
import {
  finiteMoney as finite,
  licencesPerYear,
  moneyFactor,
  supportPerYear,
  wholeYears,
} from "./lockin";

/** The fleet a path moves: its GPUs, and the same weighted by lock-in depth. */
export interface Fleet {
  readonly gpus: number;
  readonly weightedGpus: number;
}

/** One year of the path; money in the assumptions' currency. */
export interface PathRow {
  readonly year: number;
  readonly generation: number;
  readonly share: number;
  readonly nvidia: number;
  readonly alternatives: number;
  readonly switching: number;
  readonly path: number;
  readonly staying: number;
  readonly difference: number;
  readonly cumulativePvDifference: number;
  readonly hhi: number;
  readonly exitCost: number;
}

/** Header of `SOVEREIGNTY_PATH`, in column order. */
export const PATH_HEADER = [
  "Year",
  "Generation",
  "Share on alternatives",
  "NVIDIA spend",
  "Alternatives spend",
  "Switching",
  "Path spend",
  "Staying spend",
  "Difference",
  "Cumulative PV difference",
  "Accelerator HHI",
  "Remaining exit cost",
] as const;

/** Year the target share is reached when none is given: the function's and the sheet's default. */
export const DEFAULT_BY_YEAR = 10;

/**
 * A target share of the fleet on alternatives: 0 to 1.
 * @example checkTargetShare(0.5) // 0.5
 * @throws ModelError `num` outside 0..1 (NaN included)
 */
export function checkTargetShare(share: number): number {
  if (!(share >= 0 && share <= 1)) throw failure("targetShareRange", { got: String(share) });
  return share;
}

/**
 * The path year by year (see the module comment for the formulas).
 * @param years - horizon N (1..100, truncated)
 * @param targetShare - share of the fleet on alternatives by `byYear`, 0..1
 * @param byYear - year the target is reached (1..100, truncated)
 * @example sovereigntyPath(10, { gpus: 1, weightedGpus: 1 }, 0, 10, resolveAssumptions("base"))[9].difference // 0
 * @example sovereigntyPath(10, { gpus: 1, weightedGpus: 2 }, 0.5, 10, resolveAssumptions("base"))[9].hhi // 5000
 */
export function sovereigntyPath(
  years: number,
  fleet: Fleet,
  targetShare: number,
  byYear: number,
  a: Assumptions
): PathRow[] {
  const n = wholeYears(years);
  const by = wholeYears(byYear, "by_year");
  const target = checkTargetShare(targetShare);
  const money = moneyFactor(a);
  const g = fleet.gpus;
  const exitPerShare = a.capex_per_gpu_usd * a.switch_cost_pct * fleet.weightedGpus;
  const altPrice = a.capex_per_gpu_usd * a.alt_units_per_gpu * a.alt_price_ratio;
  const licences = licencesPerYear(g, a);
  const support = supportPerYear(g, a);
  const rows: PathRow[] = [];
  let share = 0;
  let cumulative = 0;
  for (let t = 1; t <= n; t++) {
    const gen = generation(t, a.refresh_cycle_years);
    const refreshYear = gen > generation(t - 1, a.refresh_cycle_years);
    const index = priceIndex(t, a);
    const before = share;
    if (refreshYear) share = Math.max(share, target * Math.min(1, t / by));
    const refresh = refreshYear ? g * a.capex_per_gpu_usd * a.refreshable_share * index : 0;
    const staying = refresh + licences + support;
    const nvidia = (1 - share) * staying;
    const alternatives =
      g * share * altPrice * ((refreshYear ? a.refreshable_share * index : 0) + a.hw_support_pct);
    const switching = (share - before) * exitPerShare;
    const path = nvidia + alternatives + switching;
    const difference = path - staying;
    cumulative += difference * Math.pow(1 + a.discount_rate, -t);
    rows.push({
      year: t,
      generation: gen,
      share,
      nvidia: finite(nvidia * money),
      alternatives: finite(alternatives * money),
      switching: finite(switching * money),
      path: finite(path * money),
      staying: finite(staying * money),
      difference: finite(difference * money),
      cumulativePvDifference: finite(cumulative * money),
      hhi: HHI_SCALE * ((1 - share) ** 2 + share ** 2),
      exitCost: finite((1 - share) * exitPerShare * money),
    });
  }
  return rows;
}

/**
 * Σ Δₜ·Dₜ: the present value of the path's extra spend over staying (negative when it saves).
 * @example sovereigntyCost(10, { gpus: 1000, weightedGpus: 1000 }, 0, 10, resolveAssumptions("base")) // 0
 */
export function sovereigntyCost(
  years: number,
  fleet: Fleet,
  targetShare: number,
  byYear: number,
  a: Assumptions
): number {
  const rows = sovereigntyPath(years, fleet, targetShare, byYear, a);
  return rows[rows.length - 1].cumulativePvDifference;
}

/** `SOVEREIGNTY_PATH`'s spill: the header, then one row per year. */
export function pathTable(rows: readonly PathRow[]): (string | number)[][] {
  return [
    [...PATH_HEADER],
    ...rows.map((r) => [
      r.year,
      r.generation,
      r.share,
      r.nvidia,
      r.alternatives,
      r.switching,
      r.path,
      r.staying,
      r.difference,
      r.cumulativePvDifference,
      r.hhi,
      r.exitCost,
    ]),
  ];
}
