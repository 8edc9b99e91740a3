/**
 * The custom enums: the drop-down choices Excel offers for an argument. Each takes its values
 * from the model's own list, so a new scenario, entity field, assumption or measure appears in
 * Excel without a copy to update; the tooltips are typed by that list, so the compiler names
 * any value that lacks one (an assumption's is its description).
 */
import {
  ASSUMPTION_NAMES,
  ASSUMPTIONS,
  ENTITY_FIELDS,
  MEASURES,
  SCENARIOS,
  type AssumptionName as Assumption,
  type EntityField,
  type Measure,
  type Scenario,
} from "../model";
import type { EnumId, Text } from "./record";

/**
 * One enum: the description of its choices, and a tooltip per value, in model order. A value
 * without `ko` has English the sheets already show, and takes the sheets' Korean for it.
 */
export interface EnumRecord {
  readonly id: EnumId;
  readonly en: string;
  readonly values: readonly {
    readonly value: string;
    readonly en: string;
    readonly ko?: string;
  }[];
}

function enumOf<T extends string>(
  id: EnumId,
  en: string,
  values: readonly T[],
  tips: Readonly<Record<T, Text>>
): EnumRecord {
  return { id, en, values: values.map((value) => ({ value, ...tips[value] })) };
}

/** `{ base: "base", … }`: an enum's values by name, for callers in code (the tests). */
function members<T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}

/* eslint-disable no-redeclare -- each is a value (its members) and a type (its values), as a TypeScript enum is */
export const ScenarioName = /* @__PURE__ */ members(SCENARIOS);
export type ScenarioName = Scenario;
export const EntityFieldName = /* @__PURE__ */ members(ENTITY_FIELDS);
export type EntityFieldName = EntityField;
export const AssumptionName = /* @__PURE__ */ members(ASSUMPTION_NAMES);
export type AssumptionName = Assumption;
export const MeasureName = /* @__PURE__ */ members(MEASURES);
export type MeasureName = Measure;
/* eslint-enable no-redeclare */

const t = (en: string, ko: string): Text => ({ en, ko });

/** In the order functions.json lists them. */
export const ENUMS: readonly EnumRecord[] = [
  /* @__PURE__ */ enumOf(
    "ScenarioName",
    "Scenario: which end of every range the model takes.",
    SCENARIOS,
    {
      base: t(
        "Announced figures and base assumptions (the default).",
        "발표치와 기본 가정(기본값)."
      ),
      low: t("Cost-minimising end of every range.", "모든 범위의 비용 최소 쪽."),
      high: t("Cost-maximising end of every range.", "모든 범위의 비용 최대 쪽."),
    }
  ),
  /* @__PURE__ */ enumOf("EntityFieldName", "Fields of an entity record.", ENTITY_FIELDS, {
    name: t("Canonical English name.", "정식 영문 이름."),
    korean_name: t("Name in Korean.", "한글 이름."),
    sector: t("Industry sector.", "산업 부문."),
    gpus: t("GPUs announced (base scenario).", "발표된 GPU 수(base 시나리오)."),
    share: t("Share of all 260,000 GPUs (0..1).", "전체 GPU 중 비중(0~1)."),
    announced_as: t(
      "The announcement's qualifier: up to, more than, about, exactly.",
      "발표 표현: 최대, 이상, 약, 정확히."
    ),
    uses: t("Primary uses of the GPUs.", "GPU의 주요 용도."),
    deployment: t("When the GPUs arrive, as reported.", "보도된 도입 시기."),
    investment_usd: t("Disclosed investment in USD (Hyundai only).", "공개된 투자액(USD, 현대만)."),
    switch_multiplier: t(
      "Lock-in depth multiplier for the exit cost (judgement).",
      "전환 비용의 락인 깊이 배수(판단)."
    ),
    source: t("Source URLs.", "출처 URL."),
    as_of: t("Date the figures are as of.", "수치의 기준일."),
    korean_sector: t("Industry sector, in Korean.", "산업 부문(한국어)."),
    korean_announced_as: t(
      "The announcement's qualifier, in Korean.",
      "발표 표현(한국어): 최대, 이상, 약, 정확히."
    ),
    korean_uses: t("Primary uses, in Korean.", "주요 용도(한국어)."),
    korean_deployment: t("When the GPUs arrive, in Korean.", "도입 시기(한국어)."),
  }),
  // An assumption's tooltip is its description, which the sheets also show (and translate).
  {
    id: "AssumptionName",
    en: "Names of the lock-in model's assumptions.",
    values: ASSUMPTIONS.map((a) => ({ value: a.name, en: a.description })),
  },
  /* @__PURE__ */ enumOf("MeasureName", "Which result the simulation draws.", MEASURES, {
    cost: t(
      "LOCKIN_COST: refresh capex, licences and support (the default).",
      "LOCKIN_COST: 교체 투자, 라이선스, 지원(기본값)."
    ),
    premium: t(
      "LOCKIN_PREMIUM: the premium over a multi-vendor market.",
      "LOCKIN_PREMIUM: 다중 공급사 시장 대비 웃돈."
    ),
    switching: t(
      "SWITCHING_COST: the one-off cost of leaving.",
      "SWITCHING_COST: 일회성 전환 비용."
    ),
  }),
];
