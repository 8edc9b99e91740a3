/**
 * The recording behind LOCKIN_DRIVERS: the simulation's draws again, kept input by input for
 * rank correlations (drivers.ts). Ranking a million trials per input would cost ten times the
 * simulation, and ρ from 100,000 trials is already within ±0.003, so at most DRIVER_TRIALS
 * trials are kept.
 */
import { Random } from "./random";
import { planOf, trial, type RiskRequest } from "./simulate";
import { finish, STEP_TRIALS, type Steps } from "./steps";

/** One simulation's samples, trial by trial, for rank correlations (see drivers.ts). */
export interface Recording {
  readonly inputs: readonly string[];
  /** samples[i][t]: input i in kept trial t. */
  readonly samples: readonly Float64Array[];
  readonly results: Float64Array;
}

/** Trials the drivers rank at most: ρ's standard error is then about 1/√100,000 ≈ 0.003. */
export const DRIVER_TRIALS = 100_000;

/**
 * Runs the same simulation again (same seed, same draws) keeping the inputs' samples, for the
 * drivers. Up to DRIVER_TRIALS trials every trial is kept, in order, and the results equal
 * `simulate`'s before sorting. Above that a seeded subsample of exactly DRIVER_TRIALS trials is
 * kept, chosen by selection sampling (Knuth's Algorithm S: trial t of N is taken with
 * probability (m − taken) / (N − t)) from a second generator seeded with `seed` XOR
 * SUBSAMPLE_SALT; trials left out still draw their inputs, so the kept ones are exactly the
 * simulation's own, but are not evaluated.
 * @example record({ years: 10, entity: { kind: "count", gpus: 1 }, overrides: null, trials: 1000, seed: 1, measure: "cost" }).results.length // 1000
 */
export function record(request: RiskRequest): Recording {
  return finish(recordingSteps(request));
}

/** Mixed into the seed of the subsample's generator, so it is unrelated to the trials' draws. */
export const SUBSAMPLE_SALT = 0x5bd1e995;

/** `record` in steps. */
export function* recordingSteps(request: RiskRequest): Steps<Recording> {
  const plan = planOf(request);
  const n = plan.trials;
  const m = Math.min(n, DRIVER_TRIALS);
  const samples = plan.names.map(() => new Float64Array(m));
  const results = new Float64Array(m);
  const rng = new Random(plan.seed);
  const pick = m < n ? new Random((plan.seed ^ SUBSAMPLE_SALT) >>> 0) : null;
  const draws = plan.assumptions.length + (plan.fleet ? plan.fleet.length : 0);
  let kept = 0;
  for (let t = 0; t < n; t += STEP_TRIALS) {
    for (let end = Math.min(n, t + STEP_TRIALS), i = t; i < end; i++) {
      if (pick === null || (n - i) * pick.uniform() < m - kept) {
        results[kept] = trial(plan, rng, samples, kept);
        kept++;
      } else {
        for (let d = 0; d < draws; d++) rng.uniform();
      }
    }
    yield;
  }
  return { inputs: plan.names, samples, results };
}
