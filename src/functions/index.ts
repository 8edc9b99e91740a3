/**
 * Every custom function, for Node callers (npm run workbook, tests). Excel never loads this
 * file: the build bundles the family files listed in scripts/build/function-files.js.
 */
export { ScenarioName, EntityFieldName } from "./allocation";
export { AssumptionName } from "./reference-data";
export {
  koreaGpus,
  koreaGpuShare,
  koreaAllocation,
  koreaEntity,
  koreaEntities,
} from "./allocation";
export {
  lockinCostFn,
  lockinScheduleFn,
  lockinPremiumFn,
  switchingCostFn,
  upgradeCyclesFn,
} from "./lockin";
export { lockinAssumption, lockinAssumptions, supplierHhiFn, modelVersion } from "./reference-data";
