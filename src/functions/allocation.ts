/**
 * Allocation functions: who got how many GPUs. Thin adapters: coerce the arguments (coerce.ts),
 * call the model, lift over ranges (lift.ts), and turn any failure into an Excel error
 * (excel-errors.ts). The JSDoc blocks are the metadata the build turns into functions.json.
 */
import { allocationTable, entityField, entityNames, gpuShare, gpusOf } from "../model";
import { entityArg, scenarioArg, single, textArg } from "./coerce";
import { guarded } from "./excel-errors";
import { lift1 } from "./lift";

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
  /** When the GPUs arrive, as reported. */
  deployment = "deployment",
  /** Disclosed investment in USD (Hyundai only). */
  investment_usd = "investment_usd",
  /** Lock-in depth multiplier for the exit cost (judgement). */
  switch_multiplier = "switch_multiplier",
  /** Source URLs. */
  source = "source",
  /** Date the figures are as of. */
  as_of = "as_of",
  /** Industry sector, in Korean. */
  korean_sector = "korean_sector",
  /** The announcement's qualifier, in Korean. */
  korean_announced_as = "korean_announced_as",
  /** Primary uses, in Korean. */
  korean_uses = "korean_uses",
  /** When the GPUs arrive, in Korean. */
  korean_deployment = "korean_deployment",
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
  return guarded(() => {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpusOf, s);
  });
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
  return guarded(() => {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpuShare, s);
  });
}

/**
 * The allocation table: Entity, Korean name, Sector, GPUs, Share, Announced as, Primary uses.
 * @customfunction KOREA_ALLOCATION
 * @helpurl https://localhost:3000/help.html#KOREA_ALLOCATION
 * @param [scenario] base (default), low or high.
 * @returns A table with a header row, one row per entity.
 */
export function koreaAllocation(scenario?: ScenarioName): any[][] {
  return guarded(() => allocationTable(scenarioArg(scenario)));
}

/**
 * One field of an entity's record: name, korean_name, sector, gpus, share, announced_as, uses, deployment, investment_usd, switch_multiplier, source, as_of; korean_sector, korean_announced_as, korean_uses and korean_deployment in Korean.
 * @customfunction KOREA_ENTITY
 * @helpurl https://localhost:3000/help.html#KOREA_ENTITY
 * @param entity Name or alias in English or Korean; a range spills.
 * @param field Field name, e.g. sector or investment_usd.
 * @returns The field's value.
 */
export function koreaEntity(entity: any[][], field: EntityFieldName): any[][] {
  return guarded(() => {
    const f = textArg(single(field, "field"), "field");
    return lift1(entity, entityArg, entityField, f);
  });
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
