/**
 * Properties of the lock-in model that hold for every input, checked with fast-check over
 * random horizons, fleets and overrides (seeded, so a failure reproduces).
 */
import fc from "fast-check";
import {
  ASSUMPTIONS,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  resolveAssumptions,
  SCENARIOS,
  upgradeCycles,
  type Assumptions,
  type Cell,
} from "../../src/model";

const SEED = 20251031;
const RUNS = { seed: SEED, numRuns: 400 };

const years = fc.integer({ min: 1, max: 100 });
const gpus = fc.double({ min: 0, max: 1e6, noNaN: true });
const scenario = fc.constantFrom(...SCENARIOS);

/** Random overrides drawn inside each assumption's allowed range. */
const overrides: fc.Arbitrary<Cell[][]> = fc
  .subarray(ASSUMPTIONS.filter((a) => a.name !== "discount_rate"))
  .chain((records) =>
    fc.tuple(
      ...records.map((r) =>
        fc
          .double({
            // an exclusive bound of 0 (fx) would let denormals through, whose reciprocal overflows
            min: r.minExclusive ? Math.max(r.min, 1e-6) : r.min,
            max: Math.min(r.max, 1e6),
            noNaN: true,
            noDefaultInfinity: true,
            minExcluded: r.minExclusive === true,
          })
          .map((v): Cell[] => [r.name, v])
      )
    )
  );
const withRate = fc
  .tuple(overrides, fc.double({ min: -0.5, max: 1, noNaN: true }))
  .map(([rows, rate]) => [...rows, ["discount_rate", rate]]);
const assumptions: fc.Arbitrary<Assumptions> = fc
  .tuple(scenario, withRate)
  .map(([s, rows]) => resolveAssumptions(s, rows));

/**
 * The lock-in cost written out year by year from its definition, here in the test and sharing
 * no helper with the model, so a bug in a shared helper cannot hide in both sides at once:
 * n(t) = floor(t/c + 1e-9); refresh when n(t) > n(t−1), at the price (1 + e)^n(t) up to year T =
 * escalation_years and (1 + e)^n(T)·(1 + g)^(t − T) after it; V = R + L + S; PV = Σ V·(1+r)^−t.
 */
function naiveCost(years: number, g: number, a: Assumptions): number {
  let pv = 0;
  for (let t = 1; t <= years; t++) {
    const gen = Math.floor(t / a.refresh_cycle_years + 1e-9);
    const before = Math.floor((t - 1) / a.refresh_cycle_years + 1e-9);
    const T = a.escalation_years;
    const index =
      t <= T
        ? (1 + a.gen_price_escalation) ** gen
        : (1 + a.gen_price_escalation) ** Math.floor(T / a.refresh_cycle_years + 1e-9) *
          (1 + a.longrun_price_growth) ** (t - T);
    const refresh = gen > before ? g * a.capex_per_gpu_usd * a.refreshable_share * index : 0;
    const licences = g * a.licence_attach_rate * a.licence_per_gpu_year_usd;
    const support = g * a.capex_per_gpu_usd * a.hw_support_pct;
    pv += (refresh + licences + support) / (1 + a.discount_rate) ** t;
  }
  return a.currency === "KRW" ? pv * a.fx_krw_per_usd : pv;
}

function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

describe("lock-in model properties", () => {
  it("cost never falls as the horizon grows (no negative spend)", () => {
    fc.assert(
      fc.property(
        years,
        gpus,
        assumptions,
        (n, g, a) => lockinCost(Math.min(n + 1, 100), g, a) >= lockinCost(n, g, a) * (1 - 1e-12)
      ),
      RUNS
    );
  });

  it("cost is linear in GPUs", () => {
    fc.assert(
      fc.property(years, gpus, gpus, assumptions, (n, g1, g2, a) =>
        close(lockinCost(n, g1 + g2, a), lockinCost(n, g1, a) + lockinCost(n, g2, a))
      ),
      RUNS
    );
  });

  it("with a zero discount rate the PV is the plain sum of the schedule", () => {
    fc.assert(
      fc.property(years, gpus, scenario, overrides, (n, g, s, rows) => {
        const a = resolveAssumptions(s, [...rows, ["discount_rate", 0]]);
        const plain = lockinSchedule(n, g, a).reduce((sum, r) => sum + r.vendorSpend, 0);
        return close(lockinCost(n, g, a), plain);
      }),
      RUNS
    );
  });

  it("LOCKIN_COST equals the schedule's PV column summed (closed form vs term by term)", () => {
    fc.assert(
      fc.property(years, gpus, assumptions, (n, g, a) => {
        const rows = lockinSchedule(n, g, a);
        const pv = rows.reduce((sum, r) => sum + r.pvVendorSpend, 0);
        return close(lockinCost(n, g, a), pv) && close(rows[rows.length - 1].cumulativePv, pv);
      }),
      RUNS
    );
  });

  it("LOCKIN_COST equals a naive year-by-year loop written independently in this test", () => {
    fc.assert(
      fc.property(years, gpus, assumptions, (n, g, a) =>
        close(lockinCost(n, g, a), naiveCost(n, g, a), 1e-8)
      ),
      RUNS
    );
  });

  it("the closed form for whole-year cycles equals the schedule (escalation and rate near and far from each other)", () => {
    fc.assert(
      fc.property(
        years,
        gpus,
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: -0.5, max: 2, noNaN: true }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        (n, g, cycle, escalation, rate) => {
          const a = resolveAssumptions("base", [
            ["refresh_cycle_years", cycle],
            ["gen_price_escalation", escalation],
            ["discount_rate", rate],
          ]);
          const pv = lockinSchedule(n, g, a).reduce((sum, r) => sum + r.pvVendorSpend, 0);
          return close(lockinCost(n, g, a), pv);
        }
      ),
      RUNS
    );
    // q = 1 exactly: escalation equal to (1 + r)^c − 1, e.g. c = 1, r = 0.15, escalation = 0.15
    const a = resolveAssumptions("base", [
      ["refresh_cycle_years", 1],
      ["gen_price_escalation", 0.15],
      ["discount_rate", 0.15],
    ]);
    expect(
      close(
        lockinCost(20, 10, a),
        lockinSchedule(20, 10, a).reduce((s, r) => s + r.pvVendorSpend, 0)
      )
    ).toBe(true);
  });

  it("UPGRADE_CYCLES equals the number of refresh years in the schedule", () => {
    fc.assert(
      fc.property(years, fc.double({ min: 1, max: 100, noNaN: true }), (n, c) => {
        const a = resolveAssumptions("base", [["refresh_cycle_years", c]]);
        const refreshYears = lockinSchedule(n, 1, a).filter((r) => r.refreshCapex > 0).length;
        return upgradeCycles(n, c) === refreshYears;
      }),
      RUNS
    );
  });

  it("low ≤ base ≤ high for cost and premium at every horizon and fleet", () => {
    const [low, base, high] = (["low", "base", "high"] as const).map((s) => resolveAssumptions(s));
    fc.assert(
      fc.property(years, gpus, (n, g) => {
        const cost = [low, base, high].map((a) => lockinCost(n, g, a));
        const premium = [low, base, high].map((a) => lockinPremium(n, g, a));
        return (
          cost[0] <= cost[1] &&
          cost[1] <= cost[2] &&
          premium[0] <= premium[1] &&
          premium[1] <= premium[2]
        );
      }),
      RUNS
    );
  });

  it("the premium is never more than the cost it is part of", () => {
    fc.assert(
      fc.property(years, gpus, assumptions, (n, g, a) =>
        a.vendor_premium < 0 ? true : lockinPremium(n, g, a) <= lockinCost(n, g, a) * (1 + 1e-12)
      ),
      RUNS
    );
  });
});
