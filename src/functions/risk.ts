/**
 * Risk functions: the distribution of a lock-in measure when every uncertain input varies
 * between its low and high values (PERT, mode = base), and what drives it. One seeded
 * simulation per distinct argument set is cached (risk-cache.ts), so statistics, histogram and
 * drivers over the same arguments share it. Thin adapters, as in allocation.ts.
 *
 * They answer at once from the cache or for a small simulation, and with a promise when a
 * large one must run in slices (async.ts); each is @cancelable, so Excel can stop a simulation
 * whose cell changed before it finished. Arguments are checked before anything runs.
 */
import {
  checkBins,
  checkSeed,
  checkTrials,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  driversTable,
  histogram,
  parseMeasure,
  parseStatistic,
  riskTable,
  statisticOf,
  type EntitySelector,
  type Measure,
} from "../model";
import { isPromise, settle } from "./async";
import { entityArg, isBlank, numberArg, optionalWhole, single, textArg, yearsArg } from "./coerce";
import { plainValue } from "./data-types";
import { guarded } from "./excel-errors";
import { lift1 } from "./lift";
import { readOverrides } from "./overrides";
import { cachedRun, driversOf, type CachedRun, type Waiter } from "./risk-cache";

/*
 * Enum arguments must be declared in the file that uses them: the metadata generator reads each
 * file alone. test/built/enums.test.ts checks every copy against the model's lists.
 */
/**
 * Which result the simulation draws.
 * @customenum {string}
 */
export enum MeasureName {
  /** LOCKIN_COST: refresh capex, licences and support (the default). */
  cost = "cost",
  /** LOCKIN_PREMIUM: the premium over a multi-vendor market. */
  premium = "premium",
  /** SWITCHING_COST: the one-off cost of leaving. */
  switching = "switching",
}

/**
 * One statistic of the simulated distribution of the lock-in cost (or premium, or switching cost) when every uncertain input varies between its low and high values. A range of statistics spills.
 * @customfunction LOCKIN_RISK
 * @cancelable
 * @helpurl https://localhost:3000/help.html#LOCKIN_RISK
 * @param years Horizon in whole years, 1 to 100.
 * @param [statistic] mean (default), sd, min, max, se, or a percentile: 0.9 or "P90"; a range spills.
 * @param [entity] Name or alias, Total (default), or a GPU count (held fixed).
 * @param [overrides] Two-column range of assumption name, value rows; an overridden input is held fixed; currency USD or KRW.
 * @param [trials] Trials, 1,000 to 1,000,000 (default 10,000).
 * @param [seed] Seed of the random numbers, 0 to 2,147,483,647 (default 1): the same seed gives the same numbers.
 * @param [measure] cost (default), premium or switching.
 * @param [invocation] Excel's handle on this call, for cancelation (not shown in Excel).
 * @returns The statistic, in USD (or KRW).
 */
export function lockinRisk(
  years: any,
  statistic?: any[][],
  entity?: any,
  overrides?: any[][],
  trials?: any,
  seed?: any,
  measure?: MeasureName,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  return guarded(() => {
    const run = runOf(years, entity, overrides, trials, seed, measure, invocation);
    return settle(run, (r) => lift1(statistic, statisticArg, statisticCell, r));
  });
}

/**
 * The simulated distribution's statistics as a table: mean, standard deviation, minimum, P5 to P95, maximum, standard error, trials and seed.
 * @customfunction LOCKIN_RISK_TABLE
 * @cancelable
 * @helpurl https://localhost:3000/help.html#LOCKIN_RISK_TABLE
 * @param years Horizon in whole years, 1 to 100.
 * @param [entity] Name or alias, Total (default), or a GPU count (held fixed).
 * @param [overrides] Two-column range of assumption name, value rows; an overridden input is held fixed; currency USD or KRW.
 * @param [trials] Trials, 1,000 to 1,000,000 (default 10,000).
 * @param [seed] Seed of the random numbers, 0 to 2,147,483,647 (default 1).
 * @param [measure] cost (default), premium or switching.
 * @param [invocation] Excel's handle on this call, for cancelation (not shown in Excel).
 * @returns A table with a header row: Statistic, Value.
 */
export function lockinRiskTable(
  years: any,
  entity?: any,
  overrides?: any[][],
  trials?: any,
  seed?: any,
  measure?: MeasureName,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  return guarded(() => {
    const run = runOf(years, entity, overrides, trials, seed, measure, invocation);
    return settle(run, (r) => riskTable(r.simulation, r.moments));
  });
}

/**
 * Histogram of the simulated distribution: equal-width bins from the minimum to the maximum, with each bin's trials, share and cumulative share.
 * @customfunction LOCKIN_HISTOGRAM
 * @cancelable
 * @helpurl https://localhost:3000/help.html#LOCKIN_HISTOGRAM
 * @param years Horizon in whole years, 1 to 100.
 * @param [entity] Name or alias, Total (default), or a GPU count (held fixed).
 * @param [bins] Number of bins, 5 to 100 (default 20).
 * @param [overrides] Two-column range of assumption name, value rows; an overridden input is held fixed; currency USD or KRW.
 * @param [trials] Trials, 1,000 to 1,000,000 (default 10,000).
 * @param [seed] Seed of the random numbers, 0 to 2,147,483,647 (default 1).
 * @param [measure] cost (default), premium or switching.
 * @param [invocation] Excel's handle on this call, for cancelation (not shown in Excel).
 * @returns A table with a header row: From, To, Trials, Share, Cumulative share.
 */
export function lockinHistogram(
  years: any,
  entity?: any,
  bins?: any,
  overrides?: any[][],
  trials?: any,
  seed?: any,
  measure?: MeasureName,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  return guarded(() => {
    const b = isBlank(single(bins, "bins"))
      ? 20
      : checkBins(numberArg(single(bins, "bins"), "bins"));
    const run = runOf(years, entity, overrides, trials, seed, measure, invocation);
    return settle(run, (r) => histogram(r.simulation, b));
  });
}

/**
 * What drives the spread: each uncertain input's rank correlation with the result and its share of the variance, largest first.
 * @customfunction LOCKIN_DRIVERS
 * @cancelable
 * @helpurl https://localhost:3000/help.html#LOCKIN_DRIVERS
 * @param years Horizon in whole years, 1 to 100.
 * @param [entity] Name or alias, Total (default), or a GPU count (held fixed).
 * @param [overrides] Two-column range of assumption name, value rows; an overridden input is held fixed; currency USD or KRW.
 * @param [trials] Trials, 1,000 to 1,000,000 (default 10,000).
 * @param [seed] Seed of the random numbers, 0 to 2,147,483,647 (default 1).
 * @param [measure] cost (default), premium or switching.
 * @param [invocation] Excel's handle on this call, for cancelation (not shown in Excel).
 * @returns A table with a header row: Input, Rank correlation, Share of variance.
 */
export function lockinDrivers(
  years: any,
  entity?: any,
  overrides?: any[][],
  trials?: any,
  seed?: any,
  measure?: MeasureName,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  return guarded(() => {
    const run = runOf(years, entity, overrides, trials, seed, measure, invocation);
    const rows = isPromise(run)
      ? run.then((r) => driversOf(r, invocation))
      : driversOf(run, invocation);
    return settle(rows, driversTable);
  });
}

/** The cached simulation for the arguments every risk function shares. */
function runOf(
  years: unknown,
  entity: unknown,
  overrides: unknown,
  trials: unknown,
  seed: unknown,
  measure: unknown,
  waiter: Waiter | undefined
): CachedRun | Promise<CachedRun> {
  const n = yearsArg(single(years, "years"));
  const e = entityArg(single(entity, "entity"));
  const o = readOverrides(overrides);
  const t = optionalWhole(trials, "trials", DEFAULT_TRIALS, checkTrials);
  const s = optionalWhole(seed, "seed", DEFAULT_SEED, checkSeed);
  const m: Measure = parseMeasure(textArg(single(measure, "measure"), "measure"));
  const key = `${n}|${entityKey(e)}|${o.key}|${t}|${s}|${m}`;
  return cachedRun(
    key,
    { years: n, entity: e, overrides: o.block, trials: t, seed: s, measure: m },
    waiter
  );
}

function entityKey(e: EntitySelector): string {
  return e.kind === "count" ? `#${e.gpus}` : e.kind === "entity" ? e.record.id : "total";
}

function statisticArg(raw: unknown) {
  const value = plainValue(raw);
  if (isBlank(value)) return parseStatistic(null);
  if (typeof value === "number" || typeof value === "string") return parseStatistic(value);
  return parseStatistic(textArg(value, "statistic"));
}

function statisticCell(stat: ReturnType<typeof parseStatistic>, run: CachedRun): number {
  return statisticOf(run.simulation, stat, run.moments);
}
