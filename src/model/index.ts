/**
 * The model's public API: everything the custom functions and the sheet templates may use.
 * Pure TypeScript: no Office types, no I/O, no mutable state.
 */
export { ModelError, type ModelErrorKind } from "./errors";
export {
  CATALOGUES,
  EN,
  failure,
  KO,
  languageOf,
  messageIn,
  MESSAGE_KINDS,
  type Catalogue,
  type Language,
  type MessageId,
  type MessageParams,
} from "./messages";
export { closestKey, describeValue, fieldKey, isBlank, truncate } from "./text";
export { MODEL_VERSION, DATA_AS_OF, modelVersionText } from "./version";
export { RESTS_ON, type RestsOn, type RestsOnLookup } from "./rests-on";
export { SCENARIOS, parseScenario, type Scenario, type Range3 } from "./scenario";
export {
  ANNOUNCED_AS_KO,
  ENTITIES,
  TOTAL_ALIASES,
  type EntityRecord,
  type AnnouncedAs,
} from "./data/entities";
export {
  ASSUMPTIONS,
  ASSUMPTION_NAMES,
  type AssumptionName,
  type AssumptionRecord,
} from "./data/assumptions";
export { SOURCES, DEAL_URL, sourceUrls } from "./data/sources";
export { STACK_LAYERS, type StackLayer } from "./data/stack";
export {
  parseEntity,
  gpusOf,
  weightedGpusOf,
  gpuShare,
  entityField,
  entityNames,
  entitySources,
  allocationTable,
  ALLOCATION_HEADER,
  ENTITY_FIELDS,
  TOTAL_GPUS,
  MAX_GPU_COUNT,
  type EntitySelector,
  type EntityField,
} from "./entities";
export {
  resolveAssumptions,
  overridesBlock,
  overriddenNames,
  assumptionRecord,
  assumptionsTable,
  assumptionSource,
  allowedRange,
  parseCurrency,
  ASSUMPTIONS_HEADER,
  CURRENCIES,
  type Assumptions,
  type Currency,
  type Cell,
} from "./assumptions";
export { annuityFactor, priceIndex, refreshPv } from "./price-index";
export {
  checkTargetShare,
  DEFAULT_BY_YEAR,
  PATH_HEADER,
  pathTable,
  sovereigntyCost,
  sovereigntyPath,
  type Fleet,
  type PathRow,
} from "./sovereignty";
export {
  lockinCost,
  lockinPremium,
  lockinSchedule,
  moneyFactor,
  scheduleTable,
  switchingCost,
  switchingCostOf,
  upgradeCycles,
  wholeYears,
  SCHEDULE_HEADER,
  HOURS_PER_YEAR,
  MAX_YEARS,
  type ScheduleRow,
} from "./lockin";
export { HHI_SCALE, supplierHhi } from "./hhi";
export * from "./risk";
export {
  assumptionCard,
  entityCard,
  type CardNumberKind,
  type CardRecord,
  type CardValue,
} from "./cards";
