/** The risk simulation: PERT sampling over the assumption ranges, statistics and drivers. */
export { Random } from "./random";
export { pertMean, PertSampler, pertShape, type Pert } from "./pert";
export {
  checkSeed,
  checkTrials,
  MAX_SEED,
  MAX_TRIALS,
  MEASURE_INPUTS,
  MEASURES,
  MIN_TRIALS,
  parseMeasure,
  record,
  simulate,
  type Measure,
  type Recording,
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
export { drivers, driversTable, ranks, type Driver } from "./drivers";
