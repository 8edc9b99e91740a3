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
import {
  assumptionsArg,
  entityArg,
  isBlank,
  numberArg,
  scenarioArg,
  single,
  textArg,
} from "./coerce";
import { guarded } from "./excel-errors";

/*
 * Enum arguments must be declared in the file that uses them: the metadata generator reads each
 * file alone. test/built/enums.test.ts checks every copy against the model's lists.
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
 * A card of one recipient, or of all five: GPUs, share, deployment, lock-in cost, premium, switching cost and their sources, in one cell. Click the card icon to read it; =A1.GPUs pulls a field.
 * @customfunction KOREA_CARD
 * @helpurl https://localhost:3000/help.html#KOREA_CARD
 * @param entity Name or alias in English or Korean (Samsung, 삼성, MSIT…), or Total.
 * @param [scenario] base (default), low or high.
 * @param [years] Horizon of the lock-in figures in whole years, 1 to 100 (default 10).
 * @param [overrides] Two-column range of assumption name, value rows; currency USD or KRW.
 * @returns A card (an entity value); the recipient's name where Excel has no data types.
 */
export function koreaCard(
  entity: any,
  scenario?: ScenarioName,
  years?: any,
  overrides?: any[][]
): any {
  return guarded(() => {
    const e = entityArg(single(entity, "entity"));
    const s = scenarioArg(scenario);
    const y = single(years, "years");
    const n = isBlank(y) ? 10 : numberArg(y, "years");
    return shown(entityCard(e, s, n, assumptionsArg(s, overrides)));
  });
}

/**
 * A card of one assumption: its value under the scenario, unit, low, base and high, allowed range, description and sources.
 * @customfunction LOCKIN_ASSUMPTION_CARD
 * @helpurl https://localhost:3000/help.html#LOCKIN_ASSUMPTION_CARD
 * @param name Assumption name, e.g. capex_per_gpu_usd.
 * @param [scenario] base (default), low or high.
 * @returns A card (an entity value); the assumption's name where Excel has no data types.
 */
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
