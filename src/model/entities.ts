import { ANNOUNCED_AS_KO, ENTITIES, TOTAL_ALIASES, type EntityRecord } from "./data/entities";
import { DEAL_URL, sourceUrls } from "./data/sources";
import { failure } from "./messages";
import type { Scenario } from "./scenario";
import { closestKey, fieldKey, nameKey, truncate } from "./text";

/** What an `entity` argument selects: one recipient, all five, or a plain GPU count. */
export type EntitySelector =
  | { readonly kind: "entity"; readonly record: EntityRecord }
  | { readonly kind: "total" }
  | { readonly kind: "count"; readonly gpus: number };

/** The largest plain GPU count accepted (1e9 GPUs is thousands of times the world's fleet). */
export const MAX_GPU_COUNT = 1e9;

const TOTAL: EntitySelector = { kind: "total" };

/** Every accepted spelling, keyed by `nameKey`, mapped to what it selects and how to show it. */
const BY_KEY: ReadonlyMap<string, { selector: EntitySelector; label: string }> = (() => {
  const map = new Map<string, { selector: EntitySelector; label: string }>();
  for (const record of ENTITIES) {
    const selector: EntitySelector = Object.freeze({ kind: "entity", record });
    for (const label of [record.name, record.koreanName, record.id, ...record.aliases]) {
      map.set(nameKey(label), { selector, label });
    }
  }
  for (const label of TOTAL_ALIASES) map.set(nameKey(label), { selector: TOTAL, label });
  return map;
})();

/** Names exactly as listed, in upper and lower case: most calls hit this and skip normalising. */
const BY_SPELLING: ReadonlyMap<string, EntitySelector> = new Map(
  [...BY_KEY.values()].flatMap(({ selector, label }) =>
    [label, label.toLowerCase(), label.toUpperCase()].map(
      (spelling) => [spelling, selector] as const
    )
  )
);

const KNOWN_LIST = `${ENTITIES.map((e) => e.name).join(", ")}, or Total`;

/**
 * Reads an `entity` argument: a name or alias in English or Korean, matched case- and
 * space-insensitively; `Total`/`All`/blank for all five; or a number, taken as a GPU count.
 * @example parseEntity("samsung electronics").record.id // "samsung"
 * @example parseEntity(1000).gpus // 1000
 * @throws ModelError `na` for an unknown name (listing the known ones and the closest match),
 *   `num` for a negative or huge count.
 */
export function parseEntity(input: string | number | null): EntitySelector {
  if (input === null) return TOTAL;
  if (typeof input === "number") {
    if (!(input >= 0 && input <= MAX_GPU_COUNT)) {
      throw failure("gpuCountRange", { max: MAX_GPU_COUNT.toExponential(), got: String(input) });
    }
    return { kind: "count", gpus: input };
  }
  const exact = BY_SPELLING.get(input);
  if (exact) return exact;
  const key = nameKey(input);
  if (key === "") return TOTAL;
  const hit = BY_KEY.get(key);
  if (hit) return hit.selector;
  const near = closestKey(key, [...BY_KEY.keys()]);
  throw failure("unknownEntity", {
    name: truncate(input),
    hint: near === undefined ? "" : (BY_KEY.get(near)?.label ?? ""),
    known: KNOWN_LIST,
  });
}

/**
 * GPUs announced for what the selector names, under a scenario (GPUs).
 * Formula: a record's low/base/high figure; Total = Σ over the five records; a count is itself.
 * @example gpusOf({ kind: "total" }, "base") // 260000
 */
export function gpusOf(selector: EntitySelector, scenario: Scenario): number {
  if (selector.kind === "count") return selector.gpus;
  if (selector.kind === "entity") return selector.record.gpus[scenario];
  return TOTAL_GPUS[scenario];
}

/**
 * GPUs weighted by lock-in depth, M = Σ GPUs × switch multiplier (one entity's, all five for
 * Total); a plain GPU count has multiplier 1.
 * @example weightedGpusOf(parseEntity("Samsung"), "base") // 50000 × 2 = 100000
 */
export function weightedGpusOf(selector: EntitySelector, scenario: Scenario): number {
  if (selector.kind === "count") return selector.gpus;
  if (selector.kind === "entity")
    return selector.record.gpus[scenario] * selector.record.switchMultiplier;
  let weighted = 0;
  for (const e of ENTITIES) weighted += e.gpus[scenario] * e.switchMultiplier;
  return weighted;
}

/** Σ of the five records' GPUs per scenario: 201,300 / 260,000 / 302,000. */
export const TOTAL_GPUS: Readonly<Record<Scenario, number>> = Object.freeze({
  low: sumGpus("low"),
  base: sumGpus("base"),
  high: sumGpus("high"),
});

/**
 * Share of the scenario's total (0..1): GPUs(entity) / GPUs(Total).
 * @example gpuShare(parseEntity("NAVER"), "base") // 60000 / 260000 = 0.230769…
 */
export function gpuShare(selector: EntitySelector, scenario: Scenario): number {
  return gpusOf(selector, scenario) / TOTAL_GPUS[scenario];
}

/** Field names `KOREA_ENTITY` accepts, in display order. */
export const ENTITY_FIELDS = [
  "name",
  "korean_name",
  "sector",
  "gpus",
  "share",
  "announced_as",
  "uses",
  "deployment",
  "investment_usd",
  "switch_multiplier",
  "source",
  "as_of",
  "korean_sector",
  "korean_announced_as",
  "korean_uses",
  "korean_deployment",
] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

/**
 * One field of a record (base scenario for `gpus` and `share`).
 * @example entityField(parseEntity("HMG"), "investment_usd") // 3000000000
 * @throws ModelError `value` for an unknown field or a selector that is not one entity;
 *   `na` for an investment that was not disclosed.
 */
export function entityField(selector: EntitySelector, field: string): string | number {
  if (selector.kind !== "entity") {
    throw failure("fieldsOfOne", { total: selector.kind === "total" });
  }
  const r = selector.record;
  const key = fieldKey(field) as EntityField;
  switch (key) {
    case "name":
      return r.name;
    case "korean_name":
      return r.koreanName;
    case "sector":
      return r.sector;
    case "gpus":
      return r.gpus.base;
    case "share":
      return gpuShare(selector, "base");
    case "announced_as":
      return r.announcedAs;
    case "uses":
      return r.uses;
    case "deployment":
      return r.deployment;
    case "investment_usd":
      if (r.investmentUsd === null) throw failure("notDisclosed", { name: r.name });
      return r.investmentUsd;
    case "switch_multiplier":
      return r.switchMultiplier;
    case "source":
      return entitySources(r).join(" ; ");
    case "as_of":
      return r.asOf;
    case "korean_sector":
      return r.korean.sector;
    case "korean_announced_as":
      return ANNOUNCED_AS_KO[r.announcedAs];
    case "korean_uses":
      return r.korean.uses;
    case "korean_deployment":
      return r.korean.deployment;
  }
  throw failure("unknownField", { name: truncate(field), known: ENTITY_FIELDS.join(", ") });
}

/** The deal's release first, then the URLs of the record's facts. */
export function entitySources(record: EntityRecord): string[] {
  return [DEAL_URL, ...sourceUrls(record.facts).filter((u) => u !== DEAL_URL)];
}

/** Header of `KOREA_ALLOCATION`. */
export const ALLOCATION_HEADER = [
  "Entity",
  "Korean name",
  "Sector",
  "GPUs",
  "Share",
  "Announced as",
  "Primary uses",
] as const;

/**
 * The allocation table under a scenario: the header, then one row per entity.
 * @example allocationTable("base")[2] // ["Samsung Electronics","삼성전자","Semiconductors",50000,0.19230769230769232,"more than","AI megafactory: lithography (cuLitho), fab digital twins, robotics"]
 */
export function allocationTable(scenario: Scenario): (string | number)[][] {
  const total = TOTAL_GPUS[scenario];
  return [
    [...ALLOCATION_HEADER],
    ...ENTITIES.map((e) => [
      e.name,
      e.koreanName,
      e.sector,
      e.gpus[scenario],
      e.gpus[scenario] / total,
      e.announcedAs,
      e.uses,
    ]),
  ];
}

/** Canonical names, one per entity, in table order. */
export function entityNames(): string[] {
  return ENTITIES.map((e) => e.name);
}

function sumGpus(scenario: Scenario): number {
  return ENTITIES.reduce((sum, e) => sum + e.gpus[scenario], 0);
}
