/**
 * Reference-data functions: the assumptions, a market-concentration index and the model's
 * version. Thin adapters (see allocation.ts for the pattern); the JSDoc is the metadata.
 */
import {
  assumptionRecord,
  assumptionsTable,
  modelVersionText,
  resolveAssumptions,
  supplierHhi,
} from "../model";
import { isBlank, numberArg, scenarioArg, single, textArg } from "./coerce";
import { displayLanguage, guarded } from "./excel-errors";
import { usedArea } from "./range";

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
  /** Years prices compound per generation before long-run growth. */
  escalation_years = "escalation_years",
  /** Price growth per year after escalation_years. */
  longrun_price_growth = "longrun_price_growth",
  /** Alternative accelerators per NVIDIA GPU replaced. */
  alt_units_per_gpu = "alt_units_per_gpu",
  /** Alternative's all-in price over NVIDIA's capex per GPU. */
  alt_price_ratio = "alt_price_ratio",
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
  return guarded(() => {
    const record = assumptionRecord(textArg(single(name, "name"), "name"));
    return resolveAssumptions(scenarioArg(scenario))[record.name];
  });
}

/**
 * All assumptions: Name, Value, Unit, Low, Base, High, Description, Source.
 * @customfunction LOCKIN_ASSUMPTIONS
 * @helpurl https://localhost:3000/help.html#LOCKIN_ASSUMPTIONS
 * @param [scenario] base (default), low or high.
 * @returns A table with a header row, one row per assumption.
 */
export function lockinAssumptions(scenario?: ScenarioName): any[][] {
  return guarded(() => assumptionsTable(scenarioArg(scenario)));
}

/**
 * Herfindahl-Hirschman index of a supplier market, 0 to 10,000, from shares as fractions or percents.
 * @customfunction SUPPLIER_HHI
 * @helpurl https://localhost:3000/help.html#SUPPLIER_HHI
 * @param shares Supplier shares (fractions summing to at most 1, or percents to at most 100); blanks are skipped.
 * @returns HHI, 0 to 10,000.
 */
export function supplierHhiFn(shares: any[][]): number {
  return guarded(() => {
    // Read up to the last non-blank cell, so a whole column costs what its used rows cost.
    const grid: unknown[][] = !Array.isArray(shares)
      ? [[shares]]
      : shares.every(Array.isArray)
        ? usedArea(shares)
        : shares;
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
  });
}

/**
 * Model version and the date its data are as of.
 * @customfunction MODEL_VERSION
 * @helpurl https://localhost:3000/help.html#MODEL_VERSION
 * @returns Text such as 1.2.0 (data as of 2026-07-05).
 */
export function modelVersion(): string {
  // Worded in Office's display language, like the error messages; the version and date are the same.
  return modelVersionText(displayLanguage());
}
