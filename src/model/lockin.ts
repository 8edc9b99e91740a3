import type { Assumptions } from "./assumptions";
import { weightedGpusOf, type EntitySelector } from "./entities";
import { failure } from "./messages";
import { annuityFactor, generation, priceIndex, refreshPv } from "./price-index";
import type { Scenario } from "./scenario";

/** Hours in a (non-leap) year, for annual energy. */
export const HOURS_PER_YEAR = 8_760;

/** Longest horizon the model computes, in years. */
export const MAX_YEARS = 100;

/**
 * Reads a horizon: fractions truncate toward zero, as Excel's own year arguments do.
 * @example wholeYears(10.9) // 10
 * @throws ModelError `num` unless the truncated value is 1..100.
 */
export function wholeYears(years: number, what = "years"): number {
  const whole = Math.trunc(years);
  if (!(whole >= 1 && whole <= MAX_YEARS)) {
    throw failure("yearsRange", { name: what, max: MAX_YEARS, got: String(years) });
  }
  return whole;
}

/**
 * Forced platform refreshes within a horizon (count).
 *
 * Formula: floor(N / c + 1e-9), the generation reached by year N; the 1e-9 keeps
 * 15 / 3 from landing just below 5 in floating point.
 * @param years - horizon N in years (1..100, truncated)
 * @param refreshCycleYears - c, years between refreshes (1..100; fractions allowed)
 * @example upgradeCycles(10, 3) // 3 (refreshes in years 3, 6 and 9)
 * @example upgradeCycles(10, 5) // 2
 */
export function upgradeCycles(years: number, refreshCycleYears: number): number {
  const n = wholeYears(years);
  if (!(refreshCycleYears >= 1 && refreshCycleYears <= MAX_YEARS)) {
    throw failure("cycleRange", { max: MAX_YEARS, got: String(refreshCycleYears) });
  }
  return generation(n, refreshCycleYears);
}

/**
 * Present value of staying on the platform for N years (docs/model.md), in the assumptions' currency.
 *
 * Formula: Σₜ Vₜ·Dₜ with Vₜ = Rₜ + Lₜ + Sₜ and Dₜ = (1 + r)^−t. Computed in closed form:
 * (L + S)·A(N) + Σₖ Rₖ·D(tₖ), where A(N) = Σₜ Dₜ is the annuity factor and tₖ is the year of
 * the k-th refresh. Cost: O(number of refreshes), no allocation.
 * @param years - horizon N (1..100, truncated)
 * @param gpus - fleet size G in GPUs
 * @example lockinCost(1, 1000, resolveAssumptions("base")) // 1000 × (0.5×3600 + 80000×0.04) / 1.045 = 4784688.995…
 * @see lockinSchedule for the same figure year by year
 */
export function lockinCost(years: number, gpus: number, a: Assumptions): number {
  const n = wholeYears(years);
  if (gpus === 0) return 0;
  // Lₜ + Sₜ (licencesPerYear + supportPerYear) with G factored out: the grouping every release
  // has used, kept so that results stay identical to the last bit.
  const recurring =
    gpus *
    (a.licence_attach_rate * a.licence_per_gpu_year_usd + a.capex_per_gpu_usd * a.hw_support_pct);
  return finiteMoney(
    (recurring * annuityFactor(n, a.discount_rate) + refreshPv(n, gpus, a)) * moneyFactor(a)
  );
}

/**
 * Present value of the premium paid over a competitive multi-vendor market (docs/model.md).
 *
 * Formula: Σₜ (Rₜ + Lₜ) · p / (1 + p) · Dₜ, with p = vendor_premium: the share of a price
 * that is premium when the price is (1 + p) times the competitive one.
 * @example lockinPremium(1, 1000, resolveAssumptions("base")) // 1000 × 1800 × (0.2/1.2) / 1.045 = 287081.339…
 */
export function lockinPremium(years: number, gpus: number, a: Assumptions): number {
  const n = wholeYears(years);
  if (gpus === 0) return 0;
  const licences = licencesPerYear(gpus, a);
  const premiumShare = a.vendor_premium / (1 + a.vendor_premium);
  return finiteMoney(
    (licences * annuityFactor(n, a.discount_rate) + refreshPv(n, gpus, a)) *
      premiumShare *
      moneyFactor(a)
  );
}

/**
 * One-off cost of leaving the platform, in the assumptions' currency.
 *
 * Formula: Σₑ Gₑ × capex_per_gpu_usd × switch_cost_pct × multiplierₑ over the selected
 * entities (all five for Total); a plain GPU count has multiplier 1.
 * @example switchingCost(parseEntity("Samsung"), "base", resolveAssumptions("base")) // 50000 × 80000 × 0.15 × 2 = 1.2e9
 */
export function switchingCost(
  selector: EntitySelector,
  scenario: Scenario,
  a: Assumptions
): number {
  return switchingCostOf(weightedGpusOf(selector, scenario), a);
}

/**
 * The switching cost of a fleet already weighted by lock-in depth: Σ Gₑ × multiplierₑ, times
 * capex_per_gpu_usd × switch_cost_pct, in the assumptions' currency.
 * @example switchingCostOf(1000, resolveAssumptions("base")) // 1000 × 80000 × 0.15 = 12000000
 */
export function switchingCostOf(weightedGpus: number, a: Assumptions): number {
  return finiteMoney(weightedGpus * a.capex_per_gpu_usd * a.switch_cost_pct * moneyFactor(a));
}

/**
 * Lₜ, the licences of one year in USD: G × licence_attach_rate × licence_per_gpu_year_usd.
 * @example licencesPerYear(1000, resolveAssumptions("base")) // 1000 × 0.5 × 3600 = 1800000
 */
export function licencesPerYear(gpus: number, a: Assumptions): number {
  return gpus * a.licence_attach_rate * a.licence_per_gpu_year_usd;
}

/**
 * Sₜ, hardware support of one year in USD: G × capex_per_gpu_usd × hw_support_pct.
 * @example supportPerYear(1000, resolveAssumptions("base")) // 1000 × 80000 × 0.04 = 3200000
 */
export function supportPerYear(gpus: number, a: Assumptions): number {
  return gpus * a.capex_per_gpu_usd * a.hw_support_pct;
}

/** One year of the schedule; money in the assumptions' currency. */
export interface ScheduleRow {
  readonly year: number;
  readonly generation: number;
  readonly refreshCapex: number;
  readonly licences: number;
  readonly support: number;
  readonly vendorSpend: number;
  readonly energy: number;
  readonly discountFactor: number;
  readonly pvVendorSpend: number;
  readonly cumulativePv: number;
}

/** Header of `LOCKIN_SCHEDULE`, in column order. */
export const SCHEDULE_HEADER = [
  "Year",
  "Generation",
  "Refresh capex",
  "Licences",
  "Support",
  "Vendor spend",
  "Energy",
  "Discount factor",
  "PV of vendor spend",
  "Cumulative PV",
] as const;

/**
 * The year-by-year lock-in schedule (docs/model.md), written out term by term (no closed forms),
 * so it doubles as an independent check of `lockinCost`.
 *
 * n(t) = floor(t/c + 1e-9); Rₜ = G × capex × refreshable_share × (1 + escalation)^n(t) when
 * n(t) > n(t−1), else 0; Lₜ = G × attach × licence; Sₜ = G × capex × support;
 * Eₜ = G × kW × PUE × load × 8,760 × KRW/kWh ÷ FX (USD); Dₜ = (1 + r)^−t.
 * @example lockinSchedule(5, 1, resolveAssumptions("base"))[4].refreshCapex // 80000 × 0.6 × 1.15 = 55200
 */
export function lockinSchedule(years: number, gpus: number, a: Assumptions): ScheduleRow[] {
  const n = wholeYears(years);
  const money = moneyFactor(a);
  const licences = licencesPerYear(gpus, a) * money;
  const support = supportPerYear(gpus, a) * money;
  const energyUsd =
    (gpus * a.kw_per_gpu * a.pue * a.load_factor * HOURS_PER_YEAR * a.electricity_krw_per_kwh) /
    a.fx_krw_per_usd;
  const rows: ScheduleRow[] = [];
  let cumulativePv = 0;
  for (let t = 1; t <= n; t++) {
    const gen = generation(t, a.refresh_cycle_years);
    const refreshCapex =
      gen > generation(t - 1, a.refresh_cycle_years)
        ? gpus * a.capex_per_gpu_usd * a.refreshable_share * priceIndex(t, a) * money
        : 0;
    const vendorSpend = refreshCapex + licences + support;
    const discountFactor = Math.pow(1 + a.discount_rate, -t);
    const pvVendorSpend = gpus === 0 ? 0 : vendorSpend * discountFactor;
    cumulativePv += pvVendorSpend;
    rows.push({
      year: t,
      generation: gen,
      refreshCapex: finiteMoney(refreshCapex),
      licences: finiteMoney(licences),
      support: finiteMoney(support),
      vendorSpend: finiteMoney(vendorSpend),
      energy: finiteMoney(energyUsd * money),
      discountFactor: finiteMoney(discountFactor),
      pvVendorSpend: finiteMoney(pvVendorSpend),
      cumulativePv: finiteMoney(cumulativePv),
    });
  }
  return rows;
}

/** The schedule as a table with its header, as `LOCKIN_SCHEDULE` spills it. */
export function scheduleTable(rows: readonly ScheduleRow[]): (string | number)[][] {
  return [
    [...SCHEDULE_HEADER],
    ...rows.map((r) => [
      r.year,
      r.generation,
      r.refreshCapex,
      r.licences,
      r.support,
      r.vendorSpend,
      r.energy,
      r.discountFactor,
      r.pvVendorSpend,
      r.cumulativePv,
    ]),
  ];
}

/**
 * The model's guarantee that no result is NaN or ±Infinity: a value that overflows (a discount
 * rate near −1 over a long horizon, say) fails with `num` and a message instead.
 */
export function finiteMoney(value: number): number {
  if (Number.isFinite(value)) return value;
  throw failure("tooLarge");
}

/**
 * Multiplier from USD to the result currency: fx_krw_per_usd for KRW, else 1.
 * @example moneyFactor(resolveAssumptions("base", [["currency", "KRW"]])) // 1500
 */
export function moneyFactor(a: Assumptions): number {
  return a.currency === "KRW" ? a.fx_krw_per_usd : 1;
}
