/**
 * Every custom function: its adapter, by name, and its record, in `FUNCTIONS`, the one list the
 * build, the help, the task pane's reference and the tests iterate. A new family is a file here,
 * one line in the `export *` list and one in `FUNCTIONS`; the bundle's entry
 * (scripts/build/functions-source.ts) is generated from that list.
 */
// First: a stand-in CustomFunctions where office.js failed to load (runtime-guard.ts).
import "./runtime-guard";
import { ALLOCATION } from "./allocation";
import { CARDS } from "./cards";
import { LOCKIN } from "./lockin";
import { MODEL_DATA } from "./model-data";
import type { RestsOnLookup } from "../model";
import type { Example, FunctionRecord } from "./record";
import { RISK_FUNCTIONS } from "./risk";
import { SOVEREIGNTY } from "./sovereignty";

export * from "./allocation";
export * from "./cards";
export * from "./lockin";
export * from "./model-data";
export * from "./risk";
export * from "./sovereignty";
export { AssumptionName, EntityFieldName, ENUMS, MeasureName, ScenarioName } from "./enums";
export type { EnumRecord } from "./enums";
export type * from "./record";

/**
 * In the order Excel's metadata lists them. (Marked pure, like every record list, so the bundle,
 * which calls only the adapters, leaves the records' text out.)
 */
export const FUNCTIONS: readonly FunctionRecord[] = /* @__PURE__ */ ALLOCATION.concat(
  LOCKIN,
  MODEL_DATA,
  RISK_FUNCTIONS,
  CARDS,
  SOVEREIGNTY
);

/** Every example, function by function: the README's table, the help page and the in-Excel check. */
export const EXAMPLES: readonly Example[] = /* @__PURE__ */ FUNCTIONS.flatMap((f) => f.examples);

/** Each function's adapter by id, as Excel associates them: for Node callers (workbook, doctor). */
export const FUNCTIONS_BY_ID: ReadonlyMap<string, FunctionRecord> = /* @__PURE__ */ new Map(
  FUNCTIONS.map((f) => [f.id, f])
);

/** What a function's value rests on, by id, as its record declares: for Node callers (the export). */
export const restsOnOf: RestsOnLookup = (id) => FUNCTIONS_BY_ID.get(id)?.restsOn;
