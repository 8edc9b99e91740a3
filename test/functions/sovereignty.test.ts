/**
 * SOVEREIGNTY_COST and SOVEREIGNTY_PATH as Excel calls them, for every scenario, the five
 * entities, the total and a GPU count, at horizons 1–100, against the path written out here from
 * its definition (sharing no code with the model): moves at refreshes toward target × min(1, t /
 * by_year), switching on each step with the lock-in multipliers, alternatives without licences.
 */
import * as F from "../../src/functions";
import { ENTITIES, gpusOf, parseEntity, resolveAssumptions, SCENARIOS } from "../../src/model";
import type { Assumptions } from "../../src/model";

type Loose = (...args: unknown[]) => unknown[][];
const cost = F.sovereigntyCostFn as unknown as Loose;
const path = F.sovereigntyPathFn as unknown as Loose;

/** The multiplier-weighted fleet, from the published multipliers (0.5, 2, 1, 2, 0.5). */
function weighted(selector: string | number, scenario: "low" | "base" | "high"): number {
  if (typeof selector === "number") return selector;
  const m: Record<string, number> = { government: 0.5, samsung: 2, sk: 1, hyundai: 2, naver: 0.5 };
  const of = (id: string) => ENTITIES.find((e) => e.id === id)!.gpus[scenario] * m[id];
  if (selector === "Total") return Object.keys(m).reduce((s, id) => s + of(id), 0);
  return of(ENTITIES.find((e) => e.name === selector)!.id);
}

function byHand(years: number, G: number, M: number, target: number, by: number, a: Assumptions) {
  const n = (t: number) => Math.floor(t / a.refresh_cycle_years + 1e-9);
  const T = a.escalation_years;
  const index = (t: number) =>
    t <= T
      ? (1 + a.gen_price_escalation) ** n(t)
      : (1 + a.gen_price_escalation) ** n(T) * (1 + a.longrun_price_growth) ** (t - T);
  const alt = a.capex_per_gpu_usd * a.alt_units_per_gpu * a.alt_price_ratio;
  let m = 0;
  let pv = 0;
  const rows: number[][] = [];
  for (let t = 1; t <= years; t++) {
    const refresh = n(t) > n(t - 1);
    const before = m;
    if (refresh) m = Math.max(m, target * Math.min(1, t / by));
    const R = refresh ? G * a.capex_per_gpu_usd * a.refreshable_share * index(t) : 0;
    const V =
      R +
      G * a.licence_attach_rate * a.licence_per_gpu_year_usd +
      G * a.capex_per_gpu_usd * a.hw_support_pct;
    const A = G * m * alt * ((refresh ? a.refreshable_share * index(t) : 0) + a.hw_support_pct);
    const W = (m - before) * a.capex_per_gpu_usd * a.switch_cost_pct * M;
    const P = (1 - m) * V + A + W;
    pv += (P - V) / (1 + a.discount_rate) ** t;
    rows.push([
      t,
      m,
      P,
      V,
      pv,
      10_000 * ((1 - m) ** 2 + m ** 2),
      (1 - m) * a.capex_per_gpu_usd * a.switch_cost_pct * M,
    ]);
  }
  return { pv, rows };
}

const close = (actual: unknown, expected: number, scale: number) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));

const SELECTORS = ["Total", ...ENTITIES.map((e) => e.name), 1_000] as const;
const HORIZONS = Array.from({ length: 100 }, (_, i) => i + 1);

describe.each(SCENARIOS)("%s", (scenario) => {
  it.each(SELECTORS)(
    "%s: SOVEREIGNTY_COST at every horizon, two targets, USD and KRW",
    (selector) => {
      const a = resolveAssumptions(scenario);
      const G = gpusOf(parseEntity(selector), scenario);
      const M = weighted(selector, scenario);
      for (const [target, by] of [
        [0.5, 10],
        [1, 7],
      ] as const) {
        for (const currency of ["USD", "KRW"] as const) {
          const rate = currency === "KRW" ? a.fx_krw_per_usd : 1;
          const spill = cost(
            HORIZONS.map((n) => [n]),
            [[target]],
            by,
            selector,
            scenario,
            [["currency", currency]]
          );
          HORIZONS.forEach((n, i) => {
            const expected = byHand(n, G, M, target, by, a);
            const scale = expected.rows.reduce((s, r) => s + r[3], 0) * rate;
            close(spill[i][0], expected.pv * rate, scale);
          });
        }
      }
    }
  );

  it.each(SELECTORS)("%s: SOVEREIGNTY_PATH over 100 years, column by column", (selector) => {
    const a = resolveAssumptions(scenario);
    const expected = byHand(
      100,
      gpusOf(parseEntity(selector), scenario),
      weighted(selector, scenario),
      0.6,
      12,
      a
    );
    const table = path(100, 0.6, 12, selector, scenario);
    expect(table).toHaveLength(101);
    expect(table[0]).toHaveLength(12);
    expected.rows.forEach(([t, m, P, V, pv, hhi, exit], i) => {
      const row = table[i + 1];
      expect(row[0]).toBe(t);
      expect(row[2]).toBe(m);
      close(row[6], P, V);
      close(row[7], V, V);
      close(row[9], pv, V * 100);
      close(row[10], hhi, 1);
      close(row[11], exit, exit);
    });
  });
});

describe("ranges in, spills out", () => {
  it("spills a row of targets and a column of horizons", () => {
    const out = cost([[10], [30]], [[0, 0.5, 1]]);
    expect(out).toHaveLength(2);
    expect(out[0]).toHaveLength(3);
    expect(out[0][0]).toBe(0);
    expect(out[1][0]).toBe(0);
  });
});
