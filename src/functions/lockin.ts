/**
 * Lock-in functions: what staying on the platform costs, and what leaving costs. Thin adapters
 * over the model's closed forms (see allocation.ts for the pattern); the JSDoc is the metadata.
 */
import {
  gpusOf,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  resolveAssumptions,
  scheduleTable,
  switchingCost,
  upgradeCycles,
  type Assumptions,
  type EntitySelector,
  type Scenario,
} from "../model";
import {
  assumptionsArg,
  entityArg,
  isBlank,
  numberArg,
  scenarioArg,
  single,
  yearsArg,
} from "./coerce";
import { guarded } from "./excel-errors";
import { lift1, lift2 } from "./lift";

/*
 * Enum arguments must be declared in the file that uses them: the metadata generator reads each
 * file alone. The build merges identical copies and fails on differing ones (scripts/build/
 * metadata.js); test/built/enums.test.ts checks every copy against the model's lists.
 */
/**
 * Scenario: which end of every range the model takes.
 * @customenum {string}
 */
export enum ScenarioName {
  /** Announced figures and base assumptions (the default). */
  base = "base",
  /** Cost-minimising end of every range. */
  low = "low",
  /** Cost-maximising end of every range. */
  high = "high",
}

/**
 * Present value of staying on NVIDIA's platform for a number of years: refresh capex, licences and support.
 * @customfunction LOCKIN_COST
 * @helpurl https://localhost:3000/help.html#LOCKIN_COST
 * @param years Horizon in whole years, 1 to 100; a range spills.
 * @param [entity] Name or alias, Total (default), or a GPU count; a range spills.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns Present value in USD (or KRW).
 */
export function lockinCostFn(
  years: any[][],
  entity?: any[][],
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift2(years, yearsArg, entity, entityArg, costCell, s, a);
  });
}

/**
 * Year-by-year lock-in schedule: Year, Generation, Refresh capex, Licences, Support, Vendor spend, Energy, Discount factor, PV, Cumulative PV.
 * @customfunction LOCKIN_SCHEDULE
 * @helpurl https://localhost:3000/help.html#LOCKIN_SCHEDULE
 * @param years Horizon in whole years, 1 to 100.
 * @param [entity] Name or alias, Total (default), or a GPU count.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns A table with a header row and one row per year.
 */
export function lockinScheduleFn(
  years: any,
  entity?: any,
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    const n = yearsArg(single(years, "years"));
    const e = entityArg(single(entity, "entity"));
    const s = scenarioArg(scenario);
    return scheduleTable(lockinSchedule(n, gpusOf(e, s), assumptionsArg(s, overrides)));
  });
}

/**
 * Present value of the premium paid over a competitive multi-vendor market, on refresh capex and licences.
 * @customfunction LOCKIN_PREMIUM
 * @helpurl https://localhost:3000/help.html#LOCKIN_PREMIUM
 * @param years Horizon in whole years, 1 to 100; a range spills.
 * @param [entity] Name or alias, Total (default), or a GPU count; a range spills.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns Present value in USD (or KRW).
 */
export function lockinPremiumFn(
  years: any[][],
  entity?: any[][],
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift2(years, yearsArg, entity, entityArg, premiumCell, s, a);
  });
}

/**
 * One-off cost of leaving the platform: GPUs x capex x switch_cost_pct x the entity's lock-in multiplier.
 * @customfunction SWITCHING_COST
 * @helpurl https://localhost:3000/help.html#SWITCHING_COST
 * @param [entity] Name or alias, Total (default), or a GPU count (multiplier 1); a range spills.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns Cost in USD (or KRW).
 */
export function switchingCostFn(
  entity?: any[][],
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift1(entity, entityArg, switchingCell, s, a);
  });
}

/**
 * Forced platform refreshes within a horizon: floor(years / refresh cycle).
 * @customfunction UPGRADE_CYCLES
 * @helpurl https://localhost:3000/help.html#UPGRADE_CYCLES
 * @param years Horizon in whole years, 1 to 100; a range spills.
 * @param [refresh_cycle_years] Years between refreshes, 1 to 100 (default 5, the base case); a range spills.
 * @returns Number of refreshes.
 */
export function upgradeCyclesFn(years: any[][], refresh_cycle_years?: any[][]): any[][] {
  return guarded(() => lift2(years, yearsArg, refresh_cycle_years, cycleArg, upgradeCycles));
}

/*
 * Per-cell computations, at module level so a call passes them instead of allocating closures:
 * the functions allocate nothing per call beyond the result.
 */
function costCell(
  years: number,
  entity: EntitySelector,
  scenario: Scenario,
  a: Assumptions
): number {
  return lockinCost(years, gpusOf(entity, scenario), a);
}

function premiumCell(
  years: number,
  entity: EntitySelector,
  scenario: Scenario,
  a: Assumptions
): number {
  return lockinPremium(years, gpusOf(entity, scenario), a);
}

function switchingCell(entity: EntitySelector, scenario: Scenario, a: Assumptions): number {
  return switchingCost(entity, scenario, a);
}

/** `refresh_cycle_years` for UPGRADE_CYCLES: blank means the base case's 5 years. */
function cycleArg(value: unknown): number {
  return isBlank(value)
    ? resolveAssumptions("base").refresh_cycle_years
    : numberArg(value, "refresh_cycle_years");
}
