/**
 * The risk simulation against numbers worked independently of it: the PERT's own mean and
 * quantiles (a Beta CDF integrated here with Simpson's rule and inverted by bisection), the
 * deterministic model at fixed inputs, and the low/high scenarios as bounds.
 */
import {
  DRIVER_TRIALS,
  drivers,
  histogram,
  lockinCost,
  moments,
  parseEntity,
  record,
  resolveAssumptions,
  riskTable,
  simulate,
  statisticOf,
  TOTAL_GPUS,
  type Cell,
  type RiskRequest,
} from "../../src/model";

const COST_INPUTS: Cell[][] = [
  ["capex_per_gpu_usd", 80_000],
  ["refresh_cycle_years", 5],
  ["refreshable_share", 0.6],
  ["gen_price_escalation", 0.15],
  ["licence_per_gpu_year_usd", 3_600],
  ["licence_attach_rate", 0.5],
  ["hw_support_pct", 0.04],
  ["discount_rate", 0.045],
];

const request = (over: Partial<RiskRequest>): RiskRequest => ({
  years: 10,
  entity: parseEntity(null),
  overrides: null,
  trials: 10_000,
  seed: 1,
  measure: "cost",
  ...over,
});

/** Beta(α, β) CDF by Simpson's rule on 20,000 intervals (α, β ≥ 1, so the density is smooth enough). */
function betaCdf(alpha: number, beta: number, x: number): number {
  const f = (t: number) => t ** (alpha - 1) * (1 - t) ** (beta - 1);
  const simpson = (to: number) => {
    const n = 20_000;
    const h = to / n;
    let s = f(0) + f(to);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(i * h);
    return (s * h) / 3;
  };
  return simpson(x) / simpson(1);
}

function betaQuantile(alpha: number, beta: number, p: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(alpha, beta, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe("every input fixed", () => {
  it("gives LOCKIN_COST in every trial: every statistic equals it and the deviation is 0", () => {
    const overrides = COST_INPUTS.map(([n, v]) => [n, n === "refresh_cycle_years" ? 4 : v]);
    const sim = simulate(request({ entity: parseEntity(1_000), overrides }));
    const expected = lockinCost(10, 1_000, resolveAssumptions("base", overrides));
    const m = moments(sim);
    expect(sim.inputs).toEqual([]);
    for (const stat of [
      "mean",
      "min",
      "max",
      { percentile: 0.05 },
      { percentile: 0.95 },
    ] as const) {
      expect(statisticOf(sim, stat, m)).toBe(expected);
    }
    expect(m.sd).toBe(0);
    expect(m.se).toBe(0);
  });
});

describe("one uncertain input: capex (the cost is affine in it)", () => {
  // capex PERT on [60,000, 150,000], mode 80,000: α = 1 + 4 × 20/90, β = 1 + 4 × 70/90
  const [a, m, b] = [60_000, 80_000, 150_000];
  const alpha = 1 + (4 * (m - a)) / (b - a);
  const beta = 1 + (4 * (b - m)) / (b - a);
  const overrides = COST_INPUTS.filter(([n]) => n !== "capex_per_gpu_usd");
  const trials = 200_000;
  const sim = simulate(request({ entity: parseEntity(1_000), overrides, trials, seed: 7 }));
  // cost = A + B × capex: read A and B from the deterministic model at two capex values
  const at = (capex: number) =>
    lockinCost(10, 1_000, resolveAssumptions("base", [...overrides, ["capex_per_gpu_usd", capex]]));
  const A = at(0);
  const B = at(1) - A;
  const stats = moments(sim);

  it("has the PERT's mean, (a + 4m + b)/6, within four standard errors", () => {
    const pertMean = (a + 4 * m + b) / 6;
    expect(Math.abs(stats.mean - (A + B * pertMean))).toBeLessThan(4 * stats.se);
  });

  it.each([0.05, 0.1, 0.5, 0.9, 0.95])("has the PERT's %p quantile within sampling error", (p) => {
    const simulated = (statisticOf(sim, { percentile: p }, stats) - A) / B;
    const x = (simulated - a) / (b - a);
    // the probability below the simulated quantile must be p, to within 4 σ of a sample proportion
    expect(Math.abs(betaCdf(alpha, beta, x) - p)).toBeLessThan(
      4 * Math.sqrt((p * (1 - p)) / trials)
    );
    // and in money: close to A + B × the Beta quantile
    const exact = A + B * (a + (b - a) * betaQuantile(alpha, beta, p));
    expect(Math.abs(statisticOf(sim, { percentile: p }, stats) - exact) / exact).toBeLessThan(
      0.005
    );
  });

  it("names that one input as the only driver, with ρ = 1 and all the variance", () => {
    const rows = drivers(record(request({ entity: parseEntity(1_000), overrides, trials: 5_000 })));
    expect(rows).toHaveLength(1);
    expect(rows[0].input).toBe("capex_per_gpu_usd");
    expect(rows[0].rho).toBeCloseTo(1, 12);
    expect(rows[0].share).toBe(1);
  });
});

describe("everything uncertain", () => {
  const sim = simulate(request({ trials: 20_000 }));
  const table = new Map(riskTable(sim).slice(1) as [string, number][]);

  it("keeps every trial between the low and high scenarios (cost rises monotonically with each input)", () => {
    const low = lockinCost(10, TOTAL_GPUS.low, resolveAssumptions("low"));
    const high = lockinCost(10, TOTAL_GPUS.high, resolveAssumptions("high"));
    expect(sim.sorted[0]).toBeGreaterThanOrEqual(low);
    expect(sim.sorted[sim.sorted.length - 1]).toBeLessThanOrEqual(high);
  });

  it("orders its percentiles and reports trials and seed", () => {
    const order = ["Minimum", "P5", "P10", "P25", "P50", "P75", "P90", "P95", "Maximum"].map((k) =>
      table.get(k)!
    );
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThanOrEqual(order[i - 1]);
    expect([table.get("Trials"), table.get("Seed")]).toEqual([20_000, 1]);
    expect(table.get("Standard error of the mean")).toBeCloseTo(
      table.get("Standard deviation")! / Math.sqrt(20_000),
      6
    );
  });

  it("varies the eight cost assumptions and the fleet, and their shares of variance sum to 1", () => {
    const rows = drivers(record(request({})));
    expect(rows.map((r) => r.input).sort()).toEqual(
      [...COST_INPUTS.map(([n]) => n as string), "gpus"].sort()
    );
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].share).toBeLessThanOrEqual(rows[i - 1].share);
    // a longer cycle means fewer refreshes: the cost falls as refresh_cycle_years rises
    expect(rows.find((r) => r.input === "refresh_cycle_years")!.rho).toBeLessThan(0);
  });

  it("adds the exchange rate for KRW results, and the premium's own inputs for the premium", () => {
    expect(simulate(request({ overrides: [["currency", "KRW"]] })).inputs).toContain(
      "fx_krw_per_usd"
    );
    const premium = simulate(request({ measure: "premium" })).inputs;
    expect(premium).toContain("vendor_premium");
    expect(premium).not.toContain("hw_support_pct");
    expect(simulate(request({ measure: "switching" })).inputs).toEqual([
      "capex_per_gpu_usd",
      "switch_cost_pct",
      "gpus",
    ]);
  });

  it("histogram counts add up to the trials, bins span minimum to maximum", () => {
    const h = histogram(sim, 20);
    expect(h).toHaveLength(21);
    expect(h.slice(1).reduce((s, r) => s + (r[2] as number), 0)).toBe(20_000);
    expect(h[1][0]).toBe(sim.sorted[0]);
    expect(h[20][1]).toBe(sim.sorted[19_999]);
    expect(h[20][4]).toBe(1);
  });
});

describe("seeded and deterministic", () => {
  it("gives identical results for the same seed and close ones for another", () => {
    const one = simulate(request({ seed: 42 }));
    const again = simulate(request({ seed: 42 }));
    const other = simulate(request({ seed: 43 }));
    expect(Array.from(again.sorted)).toEqual(Array.from(one.sorted));
    expect(Array.from(other.sorted)).not.toEqual(Array.from(one.sorted));
    const [m1, m2] = [moments(one), moments(other)];
    expect(Math.abs(m1.mean - m2.mean)).toBeLessThan(4 * Math.hypot(m1.se, m2.se));
  });

  it("records the same draws it simulates", () => {
    const rec = record(request({ trials: 2_000 }));
    expect(Array.from(rec.results).sort((x, y) => x - y)).toEqual(
      Array.from(simulate(request({ trials: 2_000 })).sorted)
    );
  });
});

describe("drivers from at most 100,000 trials", () => {
  const N = 150_000;
  const big = request({ trials: N, seed: 5 });

  it("keep exactly 100,000 of the simulation's own trials, spread over the whole run", () => {
    const rec = record(big);
    expect(rec.results).toHaveLength(DRIVER_TRIALS);
    rec.samples.forEach((s) => expect(s).toHaveLength(DRIVER_TRIALS));
    // Each kept result is one of the simulation's results (exactly: the same draws).
    const sorted = simulate(big).sorted;
    const present = (v: number) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      return sorted[lo] === v;
    };
    expect(Array.from(rec.results).every(present)).toBe(true);
    // Two-thirds kept: a sample of all the trials, not the first 100,000. Its median lies
    // within a few standard errors of the whole run's (SE of a median ≈ 1.25·σ/√m).
    const keptMedian = Float64Array.from(rec.results).sort()[DRIVER_TRIALS / 2];
    const m = moments(simulate(big));
    expect(Math.abs(keptMedian - sorted[N / 2])).toBeLessThan(
      (5 * 1.25 * m.sd) / Math.sqrt(DRIVER_TRIALS)
    );
  });

  it("choose the subsample from the seed: the same seed keeps the same trials", () => {
    const a = record(big).results;
    const b = record(big).results;
    const c = record({ ...big, seed: 6 }).results;
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(c.slice(0, 10))).not.toEqual(Array.from(a.slice(0, 10)));
  });

  it("give rank correlations within ±0.01 of another seed's first 100,000 trials (ρ's SE ≈ 0.003)", () => {
    const sub = new Map(drivers(record(big)).map((d) => [d.input, d.rho]));
    const other = drivers(record({ ...big, trials: DRIVER_TRIALS, seed: 99 }));
    expect(other.map((d) => d.input).sort()).toEqual([...sub.keys()].sort());
    for (const d of other) expect(Math.abs(sub.get(d.input)! - d.rho)).toBeLessThan(0.01);
  });
});
