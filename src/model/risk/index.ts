/** The risk simulation: PERT sampling over the assumption ranges, statistics and drivers. */
export { Random } from "./random";
export { pertMean, PertSampler, pertShape, type Pert } from "./pert";
export {
  checkSeed,
  checkTrials,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  MAX_SEED,
  MAX_TRIALS,
  MEASURE_INPUTS,
  MEASURES,
  MIN_TRIALS,
  parseMeasure,
  simulate,
  simulationSteps,
  type Measure,
  type RiskRequest,
  type Simulation,
} from "./simulate";
export {
  checkBins,
  histogram,
  moments,
  parseStatistic,
  riskTable,
  RISK_TABLE_ROWS,
  statisticOf,
  type Moments,
  type Statistic,
} from "./statistics";
export { drivers, driversSteps, driversTable, ranks, type Driver } from "./drivers";
export { DRIVER_TRIALS, record, recordingSteps, SUBSAMPLE_SALT, type Recording } from "./record";
export { finish, sortSteps, type Steps } from "./steps";
