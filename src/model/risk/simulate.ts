/**
 * The Monte Carlo simulation of a lock-in measure over the assumption ranges. Each uncertain
 * input is drawn independently from a PERT on [min(low, high), max(low, high)] with mode = base
 * (pert.ts); inputs set by overrides, or with low = high, are held fixed. Each trial evaluates
 * the model's closed forms (fractional refresh cycles included), so a trial costs about as much
 * as one LOCKIN_COST call. Pure: the same request gives the same numbers in every host.
 */
import { overriddenNames, resolveAssumptions, type Assumptions, type Cell } from "../assumptions";
import { ASSUMPTIONS, type AssumptionName, type AssumptionRecord } from "../data/assumptions";
import { ENTITIES } from "../data/entities";
import type { EntitySelector } from "../entities";
import { lockinCost, lockinPremium, switchingCostOf, wholeYears } from "../lockin";
import { MEASURES, parseMeasure, type Measure } from "../measures";
import { failure } from "../messages";
import { PertSampler, type Pert } from "./pert";
import { Random } from "./random";
import { finish, sortSteps, STEP_TRIALS, type Steps } from "./steps";

export { MEASURES, parseMeasure, type Measure };

/**
 * The assumptions each measure depends on, from each assumption's `measures` (GPUs and, for KRW
 * results, the exchange rate come on top). The order is the order of the draws: the inputs a
 * measure shares with cost first, in display order, then its own. Draws of shared inputs then
 * line up across measures, so cost and premium with one seed use the same capex, refresh and
 * licence draws.
 * @example MEASURE_INPUTS.switching // ["capex_per_gpu_usd", "switch_cost_pct"]
 */
export const MEASURE_INPUTS: Readonly<Record<Measure, readonly AssumptionName[]>> = {
  cost: inputsOf("cost"),
  premium: inputsOf("premium"),
  switching: inputsOf("switching"),
};

function inputsOf(measure: Measure): AssumptionName[] {
  const enters = (a: AssumptionRecord, m: Measure) => a.measures.includes(m);
  const own = ASSUMPTIONS.filter((a) => enters(a, measure));
  const shared = own.filter((a) => enters(a, "cost"));
  return [...shared, ...own.filter((a) => !enters(a, "cost"))].map((a) => a.name);
}

export const MIN_TRIALS = 1_000;
export const MAX_TRIALS = 1_000_000;
export const MAX_SEED = 2_147_483_647;
/** Trials and seed when a function, sheet or export is given none. */
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;

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
  return finish(simulationSteps(request));
}

/** `simulate` in steps of STEP_TRIALS trials, then a stepped sort (steps.ts): the same numbers. */
export function* simulationSteps(request: RiskRequest): Steps<Simulation> {
  const plan = planOf(request);
  const rng = new Random(plan.seed);
  const results = new Float64Array(plan.trials);
  for (let t = 0; t < plan.trials; t += STEP_TRIALS) {
    for (let end = Math.min(plan.trials, t + STEP_TRIALS), i = t; i < end; i++) {
      results[i] = trial(plan, rng, null, 0);
    }
    yield;
  }
  yield* sortSteps(results);
  return { sorted: results, inputs: plan.names, trials: plan.trials, seed: plan.seed };
}

/** How one simulation draws: samplers per uncertain input, and a scratch set of assumptions. */
export interface Plan {
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
  /** Where `fx_krw_per_usd` and `gpus` sit in `names` (−1 when they do not vary). */
  readonly fxSlot: number;
  readonly gpuSlot: number;
  readonly scratch: Record<string, number | string>;
}

export function planOf(request: RiskRequest): Plan {
  const years = wholeYears(request.years);
  const trials = checkTrials(request.trials);
  const seed = checkSeed(request.seed);
  const resolved: Assumptions = resolveAssumptions("base", request.overrides);
  const fixed = overriddenNames(request.overrides);
  const varying = (name: AssumptionName) => {
    const r = ASSUMPTIONS.find((a) => a.name === name)!;
    return !fixed.has(name) && r.values.low !== r.values.high;
  };
  // Long-run price growth acts only after escalation_years: within them it is no input at all,
  // so it is neither drawn nor listed among the drivers.
  const acts = (name: AssumptionName) =>
    name !== "longrun_price_growth" || years > resolved.escalation_years;
  const uncertain = MEASURE_INPUTS[request.measure].filter((n) => varying(n) && acts(n));
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
    fxSlot: names.indexOf("fx_krw_per_usd"),
    gpuSlot: names.indexOf("gpus"),
    scratch: { ...resolved },
  };
}

/**
 * One trial: draws every uncertain input (in the plan's order, so the stream of draws is the
 * same whether or not samples are kept) and evaluates the measure; with `samples`, stores the
 * draws at index `slot`.
 */
export function trial(
  plan: Plan,
  rng: Random,
  samples: Float64Array[] | null,
  slot: number
): number {
  const a = plan.scratch;
  const { assumptions, fleet } = plan;
  let k = 0;
  for (let i = 0; i < assumptions.length; i++) {
    const value = assumptions[i].sampler.quantile(rng.uniform());
    a[assumptions[i].name] = value;
    if (samples)
      samples[assumptions[i].name === "fx_krw_per_usd" ? plan.fxSlot : k++][slot] = value;
  }
  let gpus = plan.fixedGpus;
  let weighted = plan.fixedGpus;
  if (fleet) {
    gpus = 0;
    weighted = 0;
    for (let f = 0; f < fleet.length; f++) {
      const g = fleet[f].sampler.quantile(rng.uniform());
      gpus += g;
      weighted += g * fleet[f].multiplier;
    }
    if (samples) samples[plan.gpuSlot][slot] = gpus;
  }
  const model = plan.scratch as unknown as Assumptions;
  return plan.measure === "cost"
    ? lockinCost(plan.years, gpus, model)
    : plan.measure === "premium"
      ? lockinPremium(plan.years, gpus, model)
      : switchingCostOf(weighted, model);
}

function rangeOf(name: AssumptionName): Pert {
  const v = ASSUMPTIONS.find((a) => a.name === name)!.values;
  return pertOf(v);
}

function pertOf(v: { low: number; base: number; high: number }): Pert {
  return { min: Math.min(v.low, v.high), mode: v.base, max: Math.max(v.low, v.high) };
}
