/**
 * Every custom function: the bundle's entry (one module graph, so webpack can concatenate it),
 * and the import for Node callers (npm run workbook, tests). Each family file is also listed in
 * scripts/build/function-files.js for the metadata generator; the contract test fails if a
 * family is missing here, since its functions would then not be associated.
 */
// First: a stand-in CustomFunctions where office.js failed to load (runtime-guard.ts).
import "./runtime-guard";
export * from "./allocation";
export * from "./lockin";
export * from "./model-data";
export * from "./risk";
export * from "./cards";
export * from "./sovereignty";
// Each family declares the enums it uses (see allocation.ts); these say which copy to export.
export { ScenarioName, EntityFieldName } from "./allocation";
