/**
 * Cards: a whole record in one cell. Where Excel supports custom functions returning data types
 * (CustomFunctionsRuntime 1.4), these return an entity value (the card Excel shows when the
 * cell's icon is clicked, and fields the analyst reads with =A1.GPUs); elsewhere they return the
 * record's name as text, so older Excel shows "Samsung Electronics" instead of an error. The
 * records come from the model (cards.ts); this file only shapes them as Excel's data-type JSON.
 */
import {
  assumptionCard,
  DATA_AS_OF,
  entityCard,
  MODEL_VERSION,
  type CardNumberKind,
  type CardRecord,
} from "../model";
import { assumptionsArg, entityArg, optionalNumber, scenarioArg, single, textArg } from "./coerce";
import { guarded } from "./excel-errors";
import type { ScenarioName } from "./enums";
import { SCENARIO, OVERRIDES } from "./params";
import type { FunctionRecord } from "./record";

/** KOREA_CARD: the adapter its record (below) runs. */
export function koreaCard(
  entity: any,
  scenario?: ScenarioName,
  years?: any,
  overrides?: any[][]
): any {
  return guarded(() => {
    const e = entityArg(single(entity, "entity"));
    const s = scenarioArg(scenario);
    const n = optionalNumber(years, "years", 10, (y) => y);
    return shown(entityCard(e, s, n, assumptionsArg(s, overrides)));
  });
}

/** LOCKIN_ASSUMPTION_CARD: the adapter its record (below) runs. */
export function lockinAssumptionCard(name: any, scenario?: ScenarioName): any {
  return guarded(() =>
    shown(assumptionCard(textArg(single(name, "name"), "name"), scenarioArg(scenario)))
  );
}

declare const __SOVAI_ORIGIN__: string;
/** Where the add-in is served, for the provider's logo (the build sets it). */
const ORIGIN =
  typeof __SOVAI_ORIGIN__ === "undefined" ? "https://localhost:3000" : __SOVAI_ORIGIN__;

/** Number formats by what a number is; money carries the card's currency. */
function numberFormat(kind: CardNumberKind, currency: string): string {
  switch (kind) {
    case "money":
      return `#,##0 "${currency}"`;
    case "gpus":
      return '#,##0 "GPUs"';
    case "share":
      return "0.0%";
    case "years":
      return "0";
    case "number":
      return "General";
  }
}

/** True where custom functions may return data types (CustomFunctionsRuntime 1.4). */
export function dataTypesSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.4") === true
    );
  } catch {
    return false;
  }
}

/** The record as Excel's entity-value JSON where supported, else its name. */
function shown(record: CardRecord): unknown {
  return dataTypesSupported() ? toEntityValue(record) : record.text;
}

/**
 * A record as an Excel entity value: typed properties (Double with a number format, String,
 * Boolean), a card laid out in the record's sections, and the model as provider.
 */
export function toEntityValue(record: CardRecord) {
  const currency = record.properties.Currency?.value;
  const properties: Record<string, object> = {};
  for (const [name, v] of Object.entries(record.properties)) {
    properties[name] =
      v.kind === "text"
        ? { type: "String", basicValue: v.value }
        : v.kind === "boolean"
          ? { type: "Boolean", basicValue: v.value }
          : {
              type: "Double",
              basicValue: v.value,
              numberFormat: numberFormat(v.kind, typeof currency === "string" ? currency : "USD"),
            };
  }
  return {
    type: "Entity",
    text: record.text,
    properties,
    layouts: {
      card: {
        title: record.text,
        sections: record.sections.map((s) => ({
          layout: "List",
          title: s.title,
          properties: [...s.properties],
        })),
      },
    },
    provider: {
      description: `SovAI model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`,
      logoSourceAddress: `${ORIGIN}/assets/icon-32.png`,
    },
  };
}

export const CARDS: readonly FunctionRecord[] = [
  {
    id: "KOREA_CARD",
    summary: {
      en: "A card of one recipient, or of all five: GPUs, share, deployment, lock-in cost, premium, switching cost and their sources, in one cell. Click the card icon to read it; =A1.GPUs pulls a field.",
      ko: "한 기관 또는 다섯 곳 전체의 카드: GPU, 비중, 도입 시기, 락인 비용, 웃돈, 전환 비용과 출처를 한 셀에. 카드 아이콘을 눌러 보고, =A1.GPUs로 필드를 가져옵니다.",
    },
    params: [
      {
        name: "entity",
        kind: "value",
        en: "Name or alias in English or Korean (Samsung, 삼성, MSIT…), or Total.",
        ko: "영문 또는 한글 이름·별칭(Samsung, 삼성, MSIT 등) 또는 Total.",
      },
      SCENARIO,
      {
        name: "years",
        kind: "value",
        optional: true,
        en: "Horizon of the lock-in figures in whole years, 1 to 100 (default 10).",
        ko: "락인 수치의 기간(정수 연도, 1~100, 기본값 10).",
      },
      OVERRIDES,
    ],
    returns: {
      kind: "value",
      en: "A card (an entity value); the recipient's name where Excel has no data types.",
    },
    run: koreaCard,
    restsOn: "both",
    examples: [{ formula: '=SOVAI.KOREA_CARD("Samsung")', result: '"Samsung Electronics"' }],
    refuses: [{ formula: '=SOVAI.KOREA_CARD("Samsnug")', error: "#N/A" }],
  },
  {
    id: "LOCKIN_ASSUMPTION_CARD",
    summary: {
      en: "A card of one assumption: its value under the scenario, unit, low, base and high, allowed range, description and sources.",
      ko: "한 가정의 카드: 시나리오 값, 단위, low·base·high, 허용 범위, 설명, 출처.",
    },
    params: [
      {
        name: "name",
        kind: "value",
        en: "Assumption name, e.g. capex_per_gpu_usd.",
        ko: "가정 이름(예: capex_per_gpu_usd).",
      },
      SCENARIO,
    ],
    returns: {
      kind: "value",
      en: "A card (an entity value); the assumption's name where Excel has no data types.",
    },
    run: lockinAssumptionCard,
    restsOn: "model",
    examples: [
      {
        formula: '=SOVAI.LOCKIN_ASSUMPTION_CARD("capex_per_gpu_usd","high")',
        result: '"capex_per_gpu_usd"',
      },
    ],
    refuses: [{ formula: '=SOVAI.LOCKIN_ASSUMPTION_CARD("speed")', error: "#VALUE!" }],
  },
];
