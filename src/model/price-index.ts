/**
 * The price of a refresh over time, and the present value of all refreshes within a horizon.
 *
 * Prices compound per generation for an explicit period, then grow at a long-run rate below the
 * discount rate: the usual valuation convention (an explicit forecast, then a terminal growth
 * rate), so that a 30- or 100-year horizon does not compound a per-generation price rise that no
 * roadmap speaks to. With T = escalation_years and n(t) the generation in year t:
 *   I(t) = (1 + gen_price_escalation)^n(t)                                      for t ≤ T
 *   I(t) = (1 + gen_price_escalation)^n(T) × (1 + longrun_price_growth)^(t − T)  for t > T
 */
import type { Assumptions } from "./assumptions";

/**
 * Platform generation in year t: floor(t/c + 1e-9); the 1e-9 keeps 15 / 3 from landing just
 * below 5 in floating point.
 * @example generation(10, 3) // 3
 */
export function generation(t: number, cycle: number): number {
  return Math.floor(t / cycle + 1e-9);
}

/**
 * I(t), the price index of a refresh in year t (1 at t = 0), as above.
 * @example priceIndex(5, resolveAssumptions("base")) // 1.15 (generation 1, inside the explicit period)
 * @example priceIndex(15, resolveAssumptions("base")) // 1.15² × 1.02⁵ = 1.4601…
 */
export function priceIndex(t: number, a: Assumptions): number {
  const T = a.escalation_years;
  if (t <= T) return Math.pow(1 + a.gen_price_escalation, generation(t, a.refresh_cycle_years));
  return (
    Math.pow(1 + a.gen_price_escalation, generation(T, a.refresh_cycle_years)) *
    Math.pow(1 + a.longrun_price_growth, t - T)
  );
}

/**
 * A(N) = Σₜ₌₁..N (1 + r)^−t = (1 − (1 + r)^−N) / r, and N when r = 0.
 * expm1/log1p keep it exact to the last digits for rates near zero.
 * @example annuityFactor(2, 0.1) // 1/1.1 + 1/1.21 = 1.7355…
 */
export function annuityFactor(n: number, rate: number): number {
  return rate === 0 ? n : -Math.expm1(-n * Math.log1p(rate)) / rate;
}

/**
 * Σₖ Rₖ·D(tₖ) over the refreshes k = 1..n(N), with Rₖ = G × capex × refreshable_share × I(tₖ),
 * without walking the years. The k-th refresh falls in the first year t with t/c + 1e-9 ≥ k,
 * tₖ = ceil(c·k − c·1e-9).
 *
 * For a whole-year cycle tₖ = c·k, so the refreshes inside the explicit period form a geometric
 * series with ratio q = (1 + escalation)·(1 + r)^−c, and those after it another with ratio
 * (1 + growth)^c·(1 + r)^−c. Each sums as q·expm1(K·ln q)/expm1(ln q), so q near 1 loses no
 * digits. Other cycles are summed refresh by refresh.
 * @example refreshPv(10, 1, resolveAssumptions("base")) // 80000 × 0.6 × (1.15/1.045⁵ + 1.15²/1.045¹⁰) = 85171.8…
 */
export function refreshPv(n: number, gpus: number, a: Assumptions): number {
  const c = a.refresh_cycle_years;
  const refreshes = generation(n, c);
  if (refreshes === 0) return 0;
  const base = gpus * a.capex_per_gpu_usd * a.refreshable_share;
  const T = a.escalation_years;
  if (Number.isInteger(c)) {
    // Refreshes in years c·k ≤ T compound per generation; the rest grow from I(T).
    const explicit = Math.min(refreshes, Math.floor(T / c + 1e-9));
    const lnDiscount = c * Math.log1p(a.discount_rate);
    const lnEscalation = Math.log1p(a.gen_price_escalation);
    let sum = geometric(lnEscalation - lnDiscount, explicit);
    if (refreshes > explicit) {
      const lnGrowth = Math.log1p(a.longrun_price_growth);
      const lnq = c * lnGrowth - lnDiscount;
      // The later refreshes k = explicit + 1 … in years c·k: I = (1 + e)^n(T) × (1 + g)^(c·k − T),
      // discounted by (1 + r)^−c·k; Σ over them is that of k = explicit + 1 times Σⱼ qʲ, j from 0.
      const later = refreshes - explicit;
      const lnFirst =
        generation(T, c) * lnEscalation +
        (c * (explicit + 1) - T) * lnGrowth -
        (explicit + 1) * lnDiscount;
      // Σⱼ₌₀..later−1 qʲ = expm1(later·ln q)/expm1(ln q), and `later` when q = 1.
      sum += Math.exp(lnFirst) * (lnq === 0 ? later : Math.expm1(later * lnq) / Math.expm1(lnq));
    }
    return base * sum;
  }
  // Uneven refresh years: escalation compounds by multiplication up to escalation_years, one exp
  // per refresh discounting its year; after them one exp per refresh grows I(T) and discounts.
  const lnDiscount = Math.log1p(a.discount_rate);
  const growth = 1 + a.gen_price_escalation;
  let price = 1;
  let sum = 0;
  let k = 1;
  for (; k <= refreshes; k++) {
    const t = Math.ceil(c * k - c * 1e-9);
    if (t > T) break;
    price *= growth;
    sum += price * Math.exp(-t * lnDiscount);
  }
  if (k <= refreshes) {
    const lnGrowth = Math.log1p(a.longrun_price_growth);
    const indexT = Math.pow(growth, generation(T, c));
    for (; k <= refreshes; k++) {
      const t = Math.ceil(c * k - c * 1e-9);
      sum += indexT * Math.exp((t - T) * lnGrowth - t * lnDiscount);
    }
  }
  return base * sum;
}

/** Σₖ₌₁..K qᵏ for q = e^lnq: q·(qᴷ − 1)/(q − 1), and K when q = 1. */
function geometric(lnq: number, count: number): number {
  if (count === 0) return 0;
  return lnq === 0 ? count : (Math.exp(lnq) * Math.expm1(count * lnq)) / Math.expm1(lnq);
}
