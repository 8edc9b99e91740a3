/**
 * Allocation functions: who got how many GPUs. Thin adapters: coerce the arguments (coerce.ts),
 * call the model, lift over ranges (lift.ts), and turn any failure into an Excel error
 * (excel-errors.ts). Each adapter's record (`ALLOCATION`, at the end) says the rest: id, help in
 * English and Korean, parameters, what the value rests on and examples (record.ts).
 */
import { allocationTable, entityField, entityNames, gpuShare, gpusOf } from "../model";
import { entityArg, scenarioArg, single, textArg } from "./coerce";
import { guarded } from "./excel-errors";
import { lift1 } from "./lift";
import type { ScenarioName, EntityFieldName } from "./enums";
import { SCENARIO } from "./params";
import type { FunctionRecord } from "./record";

/** KOREA_GPUS: the adapter its record (below) runs. */
export function koreaGpus(entity?: any[][], scenario?: ScenarioName): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpusOf, s);
  });
}

/** KOREA_GPU_SHARE: the adapter its record (below) runs. */
export function koreaGpuShare(entity: any[][], scenario?: ScenarioName): any[][] {
  return guarded(() => {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, gpuShare, s);
  });
}

/** KOREA_ALLOCATION: the adapter its record (below) runs. */
export function koreaAllocation(scenario?: ScenarioName): any[][] {
  return guarded(() => allocationTable(scenarioArg(scenario)));
}

/** KOREA_ENTITY: the adapter its record (below) runs. */
export function koreaEntity(entity: any[][], field: EntityFieldName): any[][] {
  return guarded(() => {
    const f = textArg(single(field, "field"), "field");
    return lift1(entity, entityArg, entityField, f);
  });
}

/** KOREA_ENTITIES: the adapter its record (below) runs. */
export function koreaEntities(): string[][] {
  return entityNames().map((name) => [name]);
}

export const ALLOCATION: readonly FunctionRecord[] = [
  {
    id: "KOREA_GPUS",
    summary: {
      en: "GPUs announced for an entity on 31 Oct 2025 (all five if omitted). A range spills one result per cell.",
      ko: "2025년 10월 31일 발표된 기관별 GPU 수(생략하면 다섯 곳 전체). 범위를 주면 셀마다 결과를 펼칩니다.",
    },
    params: [
      {
        name: "entity",
        kind: "range",
        optional: true,
        en: "Name or alias in English or Korean (Samsung, 삼성, MSIT, HMG...), Total, or a GPU count; a range spills.",
        ko: "영문 또는 한글 이름·별칭(Samsung, 삼성, MSIT, HMG 등), Total, 또는 GPU 수. 범위를 주면 펼칩니다.",
      },
      {
        name: "scenario",
        kind: "ScenarioName",
        optional: true,
        en: "base (announced, default), low or high.",
        ko: "base(발표치, 기본값), low 또는 high.",
      },
    ],
    returns: { kind: "table", en: "GPUs." },
    run: koreaGpus,
    restsOn: "deal",
    examples: [
      { formula: '=SOVAI.KOREA_GPUS("Samsung")', result: "50,000" },
      { formula: "=SOVAI.KOREA_GPUS()", result: "260,000" },
      { formula: '=SOVAI.KOREA_GPUS("네이버","high")', result: "80,000" },
      { formula: '=SOVAI.KOREA_GPUS("MSIT","high")', result: "52,000" },
    ],
    refuses: [{ formula: '=SOVAI.KOREA_GPUS("Samsnug")', error: "#N/A" }],
  },
  {
    id: "KOREA_GPU_SHARE",
    summary: {
      en: "An entity's share of all GPUs announced, from 0 to 1. A range spills one result per cell.",
      ko: "발표된 전체 GPU 중 기관의 비중(0~1). 범위를 주면 셀마다 결과를 펼칩니다.",
    },
    params: [
      {
        name: "entity",
        kind: "range",
        en: "Name or alias in English or Korean, or a GPU count; a range spills.",
        ko: "영문 또는 한글 이름·별칭, 또는 GPU 수. 범위를 주면 펼칩니다.",
      },
      SCENARIO,
    ],
    returns: { kind: "table", en: "Share of the scenario's total, 0..1." },
    run: koreaGpuShare,
    restsOn: "deal",
    examples: [{ formula: '=SOVAI.KOREA_GPU_SHARE("NAVER")', result: "0.2308" }],
    refuses: [{ formula: '=SOVAI.KOREA_GPU_SHARE("Intel")', error: "#N/A" }],
  },
  {
    id: "KOREA_ALLOCATION",
    summary: {
      en: "The allocation table: Entity, Korean name, Sector, GPUs, Share, Announced as, Primary uses.",
      ko: "배분표: 기관, 한글 이름, 부문, GPU, 비중, 발표 표현, 주요 용도.",
    },
    params: [SCENARIO],
    returns: { kind: "table", en: "A table with a header row, one row per entity." },
    run: koreaAllocation,
    restsOn: "deal",
    examples: [{ formula: "=SOVAI.KOREA_ALLOCATION()", result: "spills 6 × 7" }],
    refuses: [{ formula: '=SOVAI.KOREA_ALLOCATION("HIGHEST")', error: "#VALUE!" }],
  },
  {
    id: "KOREA_ENTITY",
    summary: {
      en: "One field of an entity's record: name, korean_name, sector, gpus, share, announced_as, uses, deployment, investment_usd, switch_multiplier, source, as_of; korean_sector, korean_announced_as, korean_uses and korean_deployment in Korean.",
      ko: "기관 기록의 한 필드: name, korean_name, sector, gpus, share, announced_as, uses, deployment, investment_usd, switch_multiplier, source, as_of. korean_sector, korean_announced_as, korean_uses, korean_deployment는 한국어로 돌려줍니다.",
    },
    params: [
      {
        name: "entity",
        kind: "range",
        en: "Name or alias in English or Korean; a range spills.",
        ko: "영문 또는 한글 이름·별칭. 범위를 주면 펼칩니다.",
      },
      {
        name: "field",
        kind: "EntityFieldName",
        en: "Field name, e.g. sector or investment_usd.",
        ko: "필드 이름(예: sector, investment_usd).",
      },
    ],
    returns: { kind: "table", en: "The field's value." },
    run: koreaEntity,
    restsOn: "deal",
    examples: [
      { formula: '=SOVAI.KOREA_ENTITY("HMG","investment_usd")', result: "3,000,000,000" },
      { formula: '=SOVAI.KOREA_ENTITY("삼성","switch_multiplier")', result: "2" },
      {
        formula: '=SOVAI.KOREA_ENTITY("Samsung","deployment")',
        result: '"Over the next several years"',
      },
    ],
    refuses: [{ formula: '=SOVAI.KOREA_ENTITY("Samsung","ceo")', error: "#VALUE!" }],
  },
  {
    id: "KOREA_ENTITIES",
    summary: {
      en: "The five entities' canonical names, as a column (for validation lists).",
      ko: "다섯 기관의 정식 이름을 한 열로(유효성 검사 목록용).",
    },
    params: [],
    returns: { kind: "names", en: "A column of names." },
    run: koreaEntities,
    restsOn: "deal",
    examples: [{ formula: "=SOVAI.KOREA_ENTITIES()", result: "spills 5 × 1" }],
  },
];
