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
import { entityArg, isBlank, numberArg, optionalNumber, single, textArg, yearsArg } from "./coerce";
import { plainValue } from "./data-types";
import { guarded } from "./excel-errors";
import { lift1 } from "./lift";
import { readOverrides } from "./overrides";
import { cachedRun, driversOf, type CachedRun } from "./risk-cache";
import type { MeasureName } from "./enums";
import { YEARS, RISK } from "./params";
import type { FunctionRecord } from "./record";

/**
 * The arguments every simulation takes after its own, in Excel's order: overrides, trials,
 * seed, measure, and the invocation Excel passes last (for cancelation).
 */
type Simulated = [
  overrides?: any[][],
  trials?: any,
  seed?: any,
  measure?: MeasureName,
  invocation?: CustomFunctions.CancelableInvocation,
];

/** LOCKIN_RISK: the adapter its record (below) runs. */
export function lockinRisk(years: any, statistic?: any[][], entity?: any, ...sim: Simulated) {
  return guarded((): Promise<any[][]> => {
    const run = runOf(years, entity, sim);
    return settle(run, (r) => lift1(statistic, statisticArg, statisticCell, r));
  });
}

/** LOCKIN_RISK_TABLE: the adapter its record (below) runs. */
export function lockinRiskTable(years: any, entity?: any, ...sim: Simulated): Promise<any[][]> {
  return guarded(() =>
    settle(runOf(years, entity, sim), (r) => riskTable(r.simulation, r.moments))
  );
}

/** LOCKIN_HISTOGRAM: the adapter its record (below) runs. */
export function lockinHistogram(years: any, entity?: any, bins?: any, ...sim: Simulated) {
  return guarded((): Promise<any[][]> => {
    const b = isBlank(single(bins, "bins"))
      ? 20
      : checkBins(numberArg(single(bins, "bins"), "bins"));
    return settle(runOf(years, entity, sim), (r) => histogram(r.simulation, b));
  });
}

/** LOCKIN_DRIVERS: the adapter its record (below) runs. */
export function lockinDrivers(years: any, entity?: any, ...sim: Simulated): Promise<any[][]> {
  return guarded(() => {
    const run = runOf(years, entity, sim);
    const invocation = sim[4];
    const rows = isPromise(run)
      ? run.then((r) => driversOf(r, invocation))
      : driversOf(run, invocation);
    return settle(rows, driversTable);
  });
}

/** The cached simulation for the arguments every risk function shares. */
function runOf(years: unknown, entity: unknown, sim: Simulated): CachedRun | Promise<CachedRun> {
  const [overrides, trials, seed, measure, waiter] = sim;
  const n = yearsArg(single(years, "years"));
  const e = entityArg(single(entity, "entity"));
  const o = readOverrides(overrides);
  const t = optionalNumber(trials, "trials", DEFAULT_TRIALS, checkTrials);
  const s = optionalNumber(seed, "seed", DEFAULT_SEED, checkSeed);
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

export const RISK_FUNCTIONS: readonly FunctionRecord[] = [
  {
    id: "LOCKIN_RISK",
    summary: {
      en: "One statistic of the simulated distribution of the lock-in cost (or premium, or switching cost) when every uncertain input varies between its low and high values. A range of statistics spills.",
      ko: "불확실한 입력이 low와 high 사이에서 움직일 때 락인 비용(또는 웃돈, 전환 비용) 시뮬레이션 분포의 통계량 하나. 통계량 범위를 주면 펼칩니다.",
    },
    params: [
      YEARS,
      {
        name: "statistic",
        kind: "range",
        optional: true,
        en: 'mean (default), sd, min, max, se, or a percentile: 0.9 or "P90"; a range spills.',
        ko: 'mean(기본값), sd, min, max, se, 또는 백분위수 0.9 또는 "P90". 범위를 주면 펼칩니다.',
      },
      RISK.entity,
      RISK.overrides,
      RISK.trials,
      {
        name: "seed",
        kind: "value",
        optional: true,
        en: "Seed of the random numbers, 0 to 2,147,483,647 (default 1): the same seed gives the same numbers.",
        ko: "난수 시드, 0~2,147,483,647(기본값 1). 같은 시드는 같은 결과를 냅니다.",
      },
      RISK.measure,
    ],
    returns: { kind: "table", en: "The statistic, in USD (or KRW)." },
    cancelable: true,
    run: lockinRisk,
    restsOn: "both",
    examples: [
      { formula: "=SOVAI.LOCKIN_RISK(10,{0.1,0.5,0.9})", result: "spills 1 × 3" },
      { formula: "=SOVAI.LOCKIN_RISK(10)", result: "32,235,111,793" },
      { formula: '=SOVAI.LOCKIN_RISK(10,"P90")', result: "46,153,167,064" },
    ],
    refuses: [{ formula: '=SOVAI.LOCKIN_RISK(10,"P90",,,999)', error: "#NUM!" }],
  },
  {
    id: "LOCKIN_RISK_TABLE",
    summary: {
      en: "The simulated distribution's statistics as a table: mean, standard deviation, minimum, P5 to P95, maximum, standard error, trials and seed.",
      ko: "시뮬레이션 분포의 통계표: 평균, 표준편차, 최솟값, P5~P95, 최댓값, 표준오차, 시행 횟수, 시드.",
    },
    params: [YEARS, RISK.entity, RISK.overrides, RISK.trials, RISK.seed, RISK.measure],
    returns: { kind: "table", en: "A table with a header row: Statistic, Value." },
    cancelable: true,
    run: lockinRiskTable,
    restsOn: "both",
    examples: [{ formula: "=SOVAI.LOCKIN_RISK_TABLE(10)", result: "spills 15 × 2" }],
    refuses: [{ formula: '=SOVAI.LOCKIN_RISK_TABLE(10,"Nowhere")', error: "#N/A" }],
  },
  {
    id: "LOCKIN_HISTOGRAM",
    summary: {
      en: "Histogram of the simulated distribution: equal-width bins from the minimum to the maximum, with each bin's trials, share and cumulative share.",
      ko: "시뮬레이션 분포의 히스토그램: 최솟값에서 최댓값까지 같은 폭의 구간과 구간별 시행 수, 비중, 누적 비중.",
    },
    params: [
      YEARS,
      RISK.entity,
      {
        name: "bins",
        kind: "value",
        optional: true,
        en: "Number of bins, 5 to 100 (default 20).",
        ko: "구간 수, 5~100(기본값 20).",
      },
      RISK.overrides,
      RISK.trials,
      RISK.seed,
      RISK.measure,
    ],
    returns: {
      kind: "table",
      en: "A table with a header row: From, To, Trials, Share, Cumulative share.",
    },
    cancelable: true,
    run: lockinHistogram,
    restsOn: "both",
    examples: [{ formula: "=SOVAI.LOCKIN_HISTOGRAM(10)", result: "spills 21 × 5" }],
    refuses: [{ formula: "=SOVAI.LOCKIN_HISTOGRAM(10,,4)", error: "#NUM!" }],
  },
  {
    id: "LOCKIN_DRIVERS",
    summary: {
      en: "What drives the spread: each uncertain input's rank correlation with the result and its share of the variance, largest first.",
      ko: "분산을 만드는 요인: 불확실한 입력마다 결과와의 순위상관과 분산 기여 비중(큰 순서).",
    },
    params: [YEARS, RISK.entity, RISK.overrides, RISK.trials, RISK.seed, RISK.measure],
    returns: {
      kind: "table",
      en: "A table with a header row: Input, Rank correlation, Share of variance.",
    },
    cancelable: true,
    run: lockinDrivers,
    restsOn: "both",
    examples: [{ formula: "=SOVAI.LOCKIN_DRIVERS(10)", result: "spills 10 × 3" }],
    refuses: [{ formula: '=SOVAI.LOCKIN_DRIVERS(10,,,,,"swap")', error: "#VALUE!" }],
  },
];
