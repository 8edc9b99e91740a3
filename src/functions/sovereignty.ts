/**
 * Sovereignty functions: what moving part of the fleet off NVIDIA at refreshes costs and buys
 * against staying. Thin adapters over the model's path (src/model/sovereignty.ts); the JSDoc is
 * the metadata.
 */
import {
  checkTargetShare,
  gpusOf,
  pathTable,
  sovereigntyCost,
  sovereigntyPath,
  weightedGpusOf,
  wholeYears,
  type Assumptions,
  type EntitySelector,
  type Fleet,
  type Scenario,
} from "../model";
import {
  assumptionsArg,
  entityArg,
  numberArg,
  optionalWhole,
  scenarioArg,
  single,
  yearsArg,
} from "./coerce";
import { guarded } from "./excel-errors";
import { lift2 } from "./lift";

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

/** Year the target share is reached when by_year is omitted. */
const DEFAULT_BY_YEAR = 10;

/**
 * Present value of moving part of the fleet off NVIDIA at refreshes, over staying: switching, alternatives' spend and the NVIDIA spend avoided. Negative when the path saves.
 * @customfunction SOVEREIGNTY_COST
 * @helpurl https://localhost:3000/help.html#SOVEREIGNTY_COST
 * @param years Horizon in whole years, 1 to 100; a range spills.
 * @param target_share Share of the fleet on other accelerators by by_year, 0 to 1; a range spills.
 * @param [by_year] Year the target share is reached, 1 to 100 (default 10); moves happen only at refreshes.
 * @param [entity] Name or alias, Total (default), or a GPU count.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns Present value of the difference in USD (or KRW).
 */
export function sovereigntyCostFn(
  years: any[][],
  target_share: any[][],
  by_year?: any,
  entity?: any,
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    const path = pathArgs(by_year, entity, s);
    return lift2(years, yearsArg, target_share, targetArg, costCell, path, a);
  });
}

/**
 * The sovereignty path year by year: Year, Generation, Share on alternatives, NVIDIA spend, Alternatives spend, Switching, Path spend, Staying spend, Difference, Cumulative PV difference, Accelerator HHI, Remaining exit cost.
 * @customfunction SOVEREIGNTY_PATH
 * @helpurl https://localhost:3000/help.html#SOVEREIGNTY_PATH
 * @param years Horizon in whole years, 1 to 100.
 * @param target_share Share of the fleet on other accelerators by by_year, 0 to 1.
 * @param [by_year] Year the target share is reached, 1 to 100 (default 10); moves happen only at refreshes.
 * @param [entity] Name or alias, Total (default), or a GPU count.
 * @param [scenario] base (default), low or high.
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns A table with a header row and one row per year; money in USD (or KRW).
 */
export function sovereigntyPathFn(
  years: any,
  target_share: any,
  by_year?: any,
  entity?: any,
  scenario?: ScenarioName,
  overrides?: any[][]
): any[][] {
  return guarded(() => {
    // The overrides block first, as in SOVEREIGNTY_COST: a range too large is refused before
    // anything is read from the others.
    const s = scenarioArg(scenario);
    const a = assumptionsArg(s, overrides);
    const n = yearsArg(single(years, "years"));
    const share = targetArg(single(target_share, "target_share"));
    const { fleet, byYear } = pathArgs(by_year, entity, s);
    return pathTable(sovereigntyPath(n, fleet, share, byYear, a));
  });
}

/** The arguments a path shares across a spill: the fleet moved and the year the target is reached. */
interface PathArgs {
  readonly fleet: Fleet;
  readonly byYear: number;
}

function pathArgs(byYear: unknown, entity: unknown, scenario: Scenario): PathArgs {
  const by = optionalWhole(byYear, "by_year", DEFAULT_BY_YEAR, (n) => wholeYears(n, "by_year"));
  const e: EntitySelector = entityArg(single(entity, "entity"));
  return {
    fleet: { gpus: gpusOf(e, scenario), weightedGpus: weightedGpusOf(e, scenario) },
    byYear: by,
  };
}

/** `target_share`: a number 0 to 1. */
function targetArg(value: unknown): number {
  return checkTargetShare(numberArg(value, "target_share"));
}

function costCell(years: number, share: number, path: PathArgs, a: Assumptions): number {
  return sovereigntyCost(years, path.fleet, share, path.byYear, a);
}
