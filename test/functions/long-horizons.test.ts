/**
 * LOCKIN_COST and LOCKIN_PREMIUM as Excel calls them, at every horizon 1–100, for every
 * scenario, the five entities, the total and a plain GPU count, in USD and KRW, against the
 * long-horizon formulas written out year by year here (sharing nothing with the model's code):
 *   I(t) = (1 + e)^n(t) for t ≤ T, (1 + e)^n(T) × (1 + g)^(t − T) after T = escalation_years.
 */
import * as F from "../../src/functions";
import { ENTITIES, gpusOf, parseEntity, resolveAssumptions, SCENARIOS } from "../../src/model";
import type { Assumptions } from "../../src/model";

type Loose = (...args: unknown[]) => number[][];
const cost = F.lockinCostFn as unknown as Loose;
const premium = F.lockinPremiumFn as unknown as Loose;

/** PV of vendor spend and of the premium over `years`, in USD, year by year. */
function byHand(years: number, g: number, a: Assumptions): { cost: number; premium: number } {
  const n = (t: number) => Math.floor(t / a.refresh_cycle_years + 1e-9);
  const T = a.escalation_years;
  const index = (t: number) =>
    t <= T
      ? (1 + a.gen_price_escalation) ** n(t)
      : (1 + a.gen_price_escalation) ** n(T) * (1 + a.longrun_price_growth) ** (t - T);
  const p = a.vendor_premium / (1 + a.vendor_premium);
  let pvCost = 0;
  let pvPremium = 0;
  for (let t = 1; t <= years; t++) {
    const refresh = n(t) > n(t - 1) ? g * a.capex_per_gpu_usd * a.refreshable_share * index(t) : 0;
    const licences = g * a.licence_attach_rate * a.licence_per_gpu_year_usd;
    const support = g * a.capex_per_gpu_usd * a.hw_support_pct;
    const discount = (1 + a.discount_rate) ** -t;
    pvCost += (refresh + licences + support) * discount;
    pvPremium += (refresh + licences) * p * discount;
  }
  return { cost: pvCost, premium: pvPremium };
}

const SELECTORS = ["Total", ...ENTITIES.map((e) => e.name), 1_000] as const;
const HORIZONS = Array.from({ length: 100 }, (_, i) => i + 1);

describe.each(SCENARIOS)("%s", (scenario) => {
  it.each(SELECTORS)("%s: every horizon 1–100, USD and KRW", (selector) => {
    const a = resolveAssumptions(scenario);
    const g = gpusOf(parseEntity(selector), scenario);
    const column = HORIZONS.map((n) => [n]);
    for (const currency of ["USD", "KRW"] as const) {
      const rate = currency === "KRW" ? a.fx_krw_per_usd : 1;
      const overrides = [["currency", currency]];
      const costs = cost(column, [[selector]], scenario, overrides);
      const premiums = premium(column, [[selector]], scenario, overrides);
      HORIZONS.forEach((n, i) => {
        const expected = byHand(n, g, a);
        expect(costs[i][0]).toBeCloseTo(
          expected.cost * rate,
          -Math.log10(expected.cost * rate) + 9
        );
        const p = expected.premium * rate;
        expect(premiums[i][0]).toBeCloseTo(p, -Math.log10(p) + 9);
      });
    }
  });
});
