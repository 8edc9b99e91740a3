/**
 * The SOVAI custom functions. Each is a thin adapter: coerce the arguments (coerce.ts), call the
 * model, lift over ranges (lift.ts), and turn any failure into an Excel error (excel-errors.ts).
 * The JSDoc blocks are the function metadata: custom-functions-metadata-plugin turns them into
 * functions.json and appends the `CustomFunctions.associate` calls to this file's bundle.
 *
 * Excel passes `null` for an omitted optional argument, and a 2-D array for any argument typed
 * `any[][]`, even when the user gave a single value.
 */
import {
  allocationTable,
  assumptionRecord,
  assumptionsTable,
  entityField,
  entityNames,
  gpuShare,
  gpusOf,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  modelVersionText,
  resolveAssumptions,
  scheduleTable,
  supplierHhi,
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
  textArg,
  yearsArg,
} from "./coerce";
import { excelError, finite } from "./excel-errors";
import { lift1, lift2 } from "./lift";

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
 * Fields of an entity record.
 * @customenum {string}
 */
export enum EntityFieldName {
  /** Canonical English name. */
  name = "name",
  /** Name in Korean. */
  korean_name = "korean_name",
  /** Industry sector. */
  sector = "sector",
  /** GPUs announced (base scenario). */
  gpus = "gpus",
  /** Share of all 260,000 GPUs (0..1). */
  share = "share",
  /** The announcement's qualifier: up to, more than, about, exactly. */
  announced_as = "announced_as",
  /** Primary uses of the GPUs. */
  uses = "uses",
  /** Disclosed investment in USD (Hyundai only). */
  investment_usd = "investment_usd",
  /** Lock-in depth multiplier for the exit cost (judgement). */
  switch_multiplier = "switch_multiplier",
  /** Source URLs. */
  source = "source",
  /** Date the figures are as of. */
  as_of = "as_of",
}

/**
 * Names of the lock-in model's assumptions.
 * @customenum {string}
 */
export enum AssumptionName {
  /** All-in capex per GPU, USD. */
  capex_per_gpu_usd = "capex_per_gpu_usd",
  /** Years between forced refreshes. */
  refresh_cycle_years = "refresh_cycle_years",
  /** Share of capex redone at each refresh. */
  refreshable_share = "refreshable_share",
  /** Price change per generation. */
  gen_price_escalation = "gen_price_escalation",
  /** NVIDIA AI Enterprise, USD per GPU-year. */
  licence_per_gpu_year_usd = "licence_per_gpu_year_usd",
  /** Share of GPUs licensed. */
  licence_attach_rate = "licence_attach_rate",
  /** Hardware support, share of capex per year. */
  hw_support_pct = "hw_support_pct",
  /** Premium over a multi-vendor market. */
  vendor_premium = "vendor_premium",
  /** One-off exit cost, share of initial capex. */
  switch_cost_pct = "switch_cost_pct",
  /** Discount rate per year. */
  discount_rate = "discount_rate",
  /** kW per GPU at system level. */
  kw_per_gpu = "kw_per_gpu",
  /** Power usage effectiveness. */
  pue = "pue",
  /** Average / peak power. */
  load_factor = "load_factor",
  /** Electricity, KRW per kWh. */
  electricity_krw_per_kwh = "electricity_krw_per_kwh",
  /** KRW per USD. */
  fx_krw_per_usd = "fx_krw_per_usd",
}

/**
 * GPUs announced for an entity on 31 Oct 2025 (all five if omitted). A range spills one result per cell.
 * @customfunction KOREA_GPUS
 * @helpurl https://localhost:3000/help.html#KOREA_GPUS
 * @param [entity] Name or alias in English or Korean (Samsung, 삼성, MSIT, HMG...), Total, or a GPU count; a range spills.
 * @param [scenario] base (announced, default), low or high.
 * @returns GPUs.
 */
export function koreaGpus(entity?: any[][], scenario?: ScenarioName): any[][] {
  try {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpusOf, s);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * An entity's share of all GPUs announced, from 0 to 1. A range spills one result per cell.
 * @customfunction KOREA_GPU_SHARE
 * @helpurl https://localhost:3000/help.html#KOREA_GPU_SHARE
 * @param entity Name or alias in English or Korean, or a GPU count; a range spills.
 * @param [scenario] base (default), low or high.
 * @returns Share of the scenario's total, 0..1.
 */
export function koreaGpuShare(entity: any[][], scenario?: ScenarioName): any[][] {
  try {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpuShare, s);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The allocation table: Entity, Korean name, Sector, GPUs, Share, Announced as, Primary uses.
 * @customfunction KOREA_ALLOCATION
 * @helpurl https://localhost:3000/help.html#KOREA_ALLOCATION
 * @param [scenario] base (default), low or high.
 * @returns A table with a header row, one row per entity.
 */
export function koreaAllocation(scenario?: ScenarioName): any[][] {
  try {
    return allocationTable(scenarioArg(scenario));
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * One field of an entity's record: name, korean_name, sector, gpus, share, announced_as, uses, investment_usd, switch_multiplier, source, as_of.
 * @customfunction KOREA_ENTITY
 * @helpurl https://localhost:3000/help.html#KOREA_ENTITY
 * @param entity Name or alias in English or Korean; a range spills.
 * @param field Field name, e.g. sector or investment_usd.
 * @returns The field's value.
 */
export function koreaEntity(entity: any[][], field: EntityFieldName): any[][] {
  try {
    const f = textArg(single(field, "field"), "field");
    return lift1(entity, entityArg, entityField, f);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The five entities' canonical names, as a column (for validation lists).
 * @customfunction KOREA_ENTITIES
 * @helpurl https://localhost:3000/help.html#KOREA_ENTITIES
 * @returns A column of names.
 */
export function koreaEntities(): string[][] {
  return entityNames().map((name) => [name]);
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
  try {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift2(years, yearsArg, entity, entityArg, costCell, s, a);
  } catch (e) {
    throw excelError(e);
  }
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
  try {
    const n = yearsArg(single(years, "years"));
    const e = entityArg(single(entity, "entity"));
    const s = scenarioArg(scenario);
    const table = scheduleTable(lockinSchedule(n, gpusOf(e, s), assumptionsArg(s, overrides)));
    for (const row of table) for (const cell of row) if (typeof cell === "number") finite(cell);
    return table;
  } catch (e) {
    throw excelError(e);
  }
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
  try {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift2(years, yearsArg, entity, entityArg, premiumCell, s, a);
  } catch (e) {
    throw excelError(e);
  }
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
  try {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    return lift1(entity, entityArg, switchingCell, s, a);
  } catch (e) {
    throw excelError(e);
  }
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
  try {
    return lift2(years, yearsArg, refresh_cycle_years, cycleArg, upgradeCycles);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * The value of one named assumption under a scenario.
 * @customfunction LOCKIN_ASSUMPTION
 * @helpurl https://localhost:3000/help.html#LOCKIN_ASSUMPTION
 * @param name Assumption name, e.g. refresh_cycle_years.
 * @param [scenario] base (default), low or high.
 * @returns The value, in the assumption's unit.
 */
export function lockinAssumption(name: AssumptionName, scenario?: ScenarioName): number {
  try {
    const record = assumptionRecord(textArg(single(name, "name"), "name"));
    return resolveAssumptions(scenarioArg(scenario))[record.name];
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * All assumptions: Name, Value, Unit, Low, Base, High, Description, Source.
 * @customfunction LOCKIN_ASSUMPTIONS
 * @helpurl https://localhost:3000/help.html#LOCKIN_ASSUMPTIONS
 * @param [scenario] base (default), low or high.
 * @returns A table with a header row, one row per assumption.
 */
export function lockinAssumptions(scenario?: ScenarioName): any[][] {
  try {
    return assumptionsTable(scenarioArg(scenario));
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Herfindahl-Hirschman index of a supplier market, 0 to 10,000, from shares as fractions or percents.
 * @customfunction SUPPLIER_HHI
 * @helpurl https://localhost:3000/help.html#SUPPLIER_HHI
 * @param shares Supplier shares (fractions summing to at most 1, or percents to at most 100); blanks are skipped.
 * @returns HHI, 0 to 10,000.
 */
export function supplierHhiFn(shares: any[][]): number {
  try {
    const grid: unknown[][] = Array.isArray(shares) ? shares : [[shares]];
    const values: number[] = [];
    for (let r = 0; r < grid.length; r++) {
      const row: unknown = grid[r];
      const cells: unknown[] = Array.isArray(row) ? row : [row];
      for (let c = 0; c < cells.length; c++) {
        if (isBlank(cells[c])) continue;
        const share = numberArg(cells[c], "A share");
        // A negative share fails whatever follows, so stop reading a huge range here.
        if (share < 0) return supplierHhi([share]);
        values.push(share);
      }
    }
    return supplierHhi(values);
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Model version and the date its data are as of.
 * @customfunction MODEL_VERSION
 * @helpurl https://localhost:3000/help.html#MODEL_VERSION
 * @returns Text such as 1.0.0 (data as of 2025-10-31).
 */
export function modelVersion(): string {
  return modelVersionText();
}

/*
 * Per-cell computations, at module level so a call passes them instead of allocating closures:
 * SPEC §6 allows no allocation per call beyond the result.
 */
function costCell(
  years: number,
  entity: EntitySelector,
  scenario: Scenario,
  a: Assumptions
): number {
  return finite(lockinCost(years, gpusOf(entity, scenario), a));
}

function premiumCell(
  years: number,
  entity: EntitySelector,
  scenario: Scenario,
  a: Assumptions
): number {
  return finite(lockinPremium(years, gpusOf(entity, scenario), a));
}

function switchingCell(entity: EntitySelector, scenario: Scenario, a: Assumptions): number {
  return finite(switchingCost(entity, scenario, a));
}

/** `refresh_cycle_years` for UPGRADE_CYCLES: blank means the base case's 5 years. */
function cycleArg(value: unknown): number {
  return isBlank(value)
    ? resolveAssumptions("base").refresh_cycle_years
    : numberArg(value, "refresh_cycle_years");
}
