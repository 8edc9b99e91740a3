/**
 * Messages by id, and the one way the model fails with one. `kind` says which Excel error a
 * message is shown as (see ../errors.ts); the text comes from a language's catalogue.
 */
import { ModelError, type ModelErrorKind } from "../errors";
import { EN, type Catalogue, type MessageId, type MessageParams } from "./en";
import { KO } from "./ko";

export { EN, KO, type Catalogue, type MessageId, type MessageParams };

/** The languages the add-in speaks; anything else is shown in English. */
export type Language = "en" | "ko";

/**
 * The add-in's language for a BCP 47 tag such as Office's display language or the browser's.
 * @example languageOf("ko-KR") // "ko"
 * @example languageOf("en-GB") // "en"
 */
export function languageOf(tag: string | undefined | null): Language {
  return /^ko(-|_|$)/i.test(tag ?? "") ? "ko" : "en";
}

/** The message catalogue of a language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en: EN, ko: KO };

/** The Excel error each message is shown as. */
export const MESSAGE_KINDS: Readonly<Record<MessageId, ModelErrorKind>> = {
  notFinite: "num",
  blankNumber: "num",
  notNumber: "value",
  notText: "value",
  notEntity: "value",
  notSingle: "value",
  rangeSizes: "na",
  emptyRange: "value",
  raggedRange: "value",
  rangeTooLarge: "num",
  tooLarge: "num",
  overridesShape: "value",
  overridesCell: "value",
  overrideNoName: "value",
  overrideTwice: "value",
  unknownAssumption: "value",
  notCurrency: "value",
  assumptionNotNumber: "value",
  assumptionRange: "num",
  yearsRange: "num",
  cycleRange: "num",
  gpuCountRange: "num",
  unknownEntity: "na",
  fieldsOfOne: "value",
  notDisclosed: "na",
  unknownField: "value",
  unknownScenario: "value",
  noShares: "value",
  shareRange: "num",
  targetShareRange: "num",
  sharesOver: "num",
  unexpected: "value",
  trialsRange: "num",
  seedRange: "num",
  binsRange: "num",
  unknownStatistic: "value",
  percentileRange: "num",
  unknownMeasure: "value",
  cardOfCount: "value",
};

/**
 * A ModelError for message `id`, its text in English; the error keeps the id and parameters so
 * an adapter can show it in the user's language.
 * @example failure("notDisclosed", { name: "SK Group" }).message // "Investment not disclosed for SK Group."
 */
export function failure<K extends MessageId>(
  id: K,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): ModelError {
  const text = (EN[id] as (p: unknown) => string)(params[0]);
  return new ModelError(MESSAGE_KINDS[id], text, id, params[0]);
}

/** The message of `error` in `catalogue`, falling back to its English text for a plain error. */
export function messageIn(catalogue: Catalogue, error: ModelError): string {
  if (error.id === undefined) return error.message;
  return (catalogue[error.id] as (p: unknown) => string)(error.params);
}
