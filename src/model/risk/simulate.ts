/**
 * The Monte Carlo simulation of a lock-in measure over the assumption ranges. Each uncertain
 * input is drawn independently from a PERT on [min(low, high), max(low, high)] with mode = base
 * (pert.ts); inputs set by overrides, or with low = high, are held fixed. Each trial evaluates
 * the model's closed forms (fractional refresh cycles included), so a trial costs about as much
 * as one LOCKIN_COST call. Pure: the same request gives the same numbers in every host.
 */
import { overriddenNames, resolveAssumptions, type Assumptions, type Cell } from "../assumptions";
import { ASSUMPTIONS, type AssumptionName } from "../data/assumptions";
import { ENTITIES } from "../data/entities";
import type { EntitySelector } from "../entities";
import { lockinCost, lockinPremium, switchingCostOf, wholeYears } from "../lockin";
import { failure } from "../messages";
import { describeValue } from "../text";
import { PertSampler, type Pert } from "./pert";
import { Random } from "./random";

/** Which result the simulation draws: LOCKIN_COST, LOCKIN_PREMIUM or SWITCHING_COST. */
export type Measure = "cost" | "premium" | "switching";
export const MEASURES: readonly Measure[] = ["cost", "premium", "switching"];

/** The assumptions each measure depends on (GPUs and, for KRW results, the exchange rate come on top). */
export const MEASURE_INPUTS: Readonly<Record<Measure, readonly AssumptionName[]>> = {
  cost: [
    "capex_per_gpu_usd",
    "refresh_cycle_years",
    "refreshable_share",
    "gen_price_escalation",
    "licence_per_gpu_year_usd",
    "licence_attach_rate",
    "hw_support_pct",
    "discount_rate",
  ],
  premium: [
    "capex_per_gpu_usd",
    "refresh_cycle_years",
    "refreshable_share",
    "gen_price_escalation",
    "licence_per_gpu_year_usd",
    "licence_attach_rate",
    "discount_rate",
    "vendor_premium",
  ],
  switching: ["capex_per_gpu_usd", "switch_cost_pct"],
};

/**
 * Reads a measure, any case; blank means cost.
 * @example parseMeasure(" Premium ") // "premium"
 */
export function parseMeasure(text: string): Measure {
  const key = text.trim().toLowerCase();
  if (key === "") return "cost";
  if (key === "cost" || key === "premium" || key === "switching") return key;
  throw failure("unknownMeasure", { got: describeValue(text) });
}

export const MIN_TRIALS = 1_000;
export const MAX_TRIALS = 1_000_000;
export const MAX_SEED = 2_147_483_647;

/** What to simulate; `overrides` is a block already read by `overridesBlock`. */
export interface RiskRequest {
  readonly years: number;
  readonly entity: EntitySelector;
  readonly overrides: readonly (readonly Cell[])[] | null;
  readonly trials: number;
  readonly seed: number;
  readonly measure: Measure;
}

/** The trials' results, sorted ascending, and the names of the inputs that varied. */
export interface Simulation {
  readonly sorted: Float64Array;
  /** Uncertain inputs in draw order: assumption names, `gpus`, `fx_krw_per_usd`. */
  readonly inputs: readonly string[];
  readonly trials: number;
  readonly seed: number;
}

/** One simulation's samples, trial by trial, for rank correlations (see drivers.ts). */
export interface Recording {
  readonly inputs: readonly string[];
  /** samples[i][t]: input i in trial t. */
  readonly samples: readonly Float64Array[];
  readonly results: Float64Array;
}

/**
 * Whole trials 1,000 … 1,000,000 (fractions truncate, like Excel).
 * @example checkTrials(10000.7) // 10000
 */
export function checkTrials(trials: number): number {
  const n = Math.trunc(trials);
  if (!(n >= MIN_TRIALS && n <= MAX_TRIALS)) {
    throw failure("trialsRange", { min: MIN_TRIALS, max: MAX_TRIALS, got: String(trials) });
  }
  return n;
}

/**
 * A whole seed 0 … 2,147,483,647 (fractions truncate).
 * @example checkSeed(42) // 42
 */
export function checkSeed(seed: number): number {
  const n = Math.trunc(seed);
  if (!(n >= 0 && n <= MAX_SEED)) throw failure("seedRange", { max: MAX_SEED, got: String(seed) });
  return n;
}

/**
 * Runs the simulation and returns its sorted results.
 * @example simulate({ years: 10, entity: { kind: "count", gpus: 1 }, overrides: null, trials: 1000, seed: 1, measure: "cost" }).sorted.length // 1000
 */
export function simulate(request: RiskRequest): Simulation {
  const plan = planOf(request);
  const results = new Float64Array(plan.trials);
  run(plan, results, null);
  results.sort();
  return { sorted: results, inputs: plan.names, trials: plan.trials, seed: plan.seed };
}

/**
 * Runs the same simulation again (same seed, same draws) keeping every input's samples, for
 * the drivers; the results equal `simulate`'s before sorting.
 */
export function record(request: RiskRequest): Recording {
  const plan = planOf(request);
  const samples = plan.names.map(() => new Float64Array(plan.trials));
  const results = new Float64Array(plan.trials);
  run(plan, results, samples);
  return { inputs: plan.names, samples, results };
}

/** How one simulation draws: samplers per uncertain input, and a scratch set of assumptions. */
interface Plan {
  readonly years: number;
  readonly trials: number;
  readonly seed: number;
  readonly measure: Measure;
  readonly names: string[];
  readonly assumptions: { name: AssumptionName; sampler: PertSampler }[];
  /** Samplers of each entity's GPUs (one for an entity, five for Total) and their weights. */
  readonly fleet: { sampler: PertSampler; multiplier: number }[] | null;
  /** A GPU count that does not vary (a number given as the entity). */
  readonly fixedGpus: number;
  readonly scratch: Record<string, number | string>;
}

function planOf(request: RiskRequest): Plan {
  const years = wholeYears(request.years);
  const trials = checkTrials(request.trials);
  const seed = checkSeed(request.seed);
  const resolved: Assumptions = resolveAssumptions("base", request.overrides);
  const fixed = overriddenNames(request.overrides);
  const varying = (name: AssumptionName) => {
    const r = ASSUMPTIONS.find((a) => a.name === name)!;
    return !fixed.has(name) && r.values.low !== r.values.high;
  };
  const uncertain = MEASURE_INPUTS[request.measure].filter(varying);
  if (resolved.currency === "KRW" && varying("fx_krw_per_usd")) uncertain.push("fx_krw_per_usd");
  const assumptions = uncertain.map((name) => ({ name, sampler: new PertSampler(rangeOf(name)) }));
  const e = request.entity;
  const fleet =
    e.kind === "count"
      ? null
      : (e.kind === "entity" ? [e.record] : ENTITIES).map((r) => ({
          sampler: new PertSampler(pertOf(r.gpus)),
          multiplier: r.switchMultiplier,
        }));
  const names: string[] = uncertain.filter((n) => n !== "fx_krw_per_usd");
  if (fleet) names.push("gpus");
  if (uncertain.includes("fx_krw_per_usd")) names.push("fx_krw_per_usd");
  return {
    years,
    trials,
    seed,
    measure: request.measure,
    names,
    assumptions,
    fleet,
    fixedGpus: e.kind === "count" ? e.gpus : 0,
    scratch: { ...resolved },
  };
}

function run(plan: Plan, results: Float64Array, samples: Float64Array[] | null): void {
  const rng = new Random(plan.seed);
  const a = plan.scratch;
  const model = plan.scratch as unknown as Assumptions;
  const { assumptions, fleet, names } = plan;
  const fxSlot = names.indexOf("fx_krw_per_usd");
  const gpuSlot = names.indexOf("gpus");
  for (let t = 0; t < plan.trials; t++) {
    let slot = 0;
    for (let i = 0; i < assumptions.length; i++) {
      const value = assumptions[i].sampler.quantile(rng.uniform());
      a[assumptions[i].name] = value;
      if (samples) samples[assumptions[i].name === "fx_krw_per_usd" ? fxSlot : slot++][t] = value;
    }
    let gpus = plan.fixedGpus;
    let weighted = plan.fixedGpus;
    if (fleet) {
      gpus = 0;
      weighted = 0;
      for (let k = 0; k < fleet.length; k++) {
        const g = fleet[k].sampler.quantile(rng.uniform());
        gpus += g;
        weighted += g * fleet[k].multiplier;
      }
      if (samples) samples[gpuSlot][t] = gpus;
    }
    results[t] =
      plan.measure === "cost"
        ? lockinCost(plan.years, gpus, model)
        : plan.measure === "premium"
          ? lockinPremium(plan.years, gpus, model)
          : switchingCostOf(weighted, model);
  }
}

function rangeOf(name: AssumptionName): Pert {
  const v = ASSUMPTIONS.find((a) => a.name === name)!.values;
  return pertOf(v);
}

function pertOf(v: { low: number; base: number; high: number }): Pert {
  return { min: Math.min(v.low, v.high), mode: v.base, max: Math.max(v.low, v.high) };
}
