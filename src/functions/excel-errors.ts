/* global CustomFunctions, Office */
import {
  CATALOGUES,
  failure,
  languageOf,
  messageIn,
  ModelError,
  type Language,
  type ModelErrorKind,
} from "../model";

/**
 * Excel's code for each kind of model error. Literal strings rather than
 * `CustomFunctions.ErrorCode.*` so the mapping does not depend on the runtime exposing the enum.
 */
const CODE: Readonly<Record<ModelErrorKind, CustomFunctions.ErrorCode>> = {
  na: "#N/A" as CustomFunctions.ErrorCode,
  value: "#VALUE!" as CustomFunctions.ErrorCode,
  num: "#NUM!" as CustomFunctions.ErrorCode,
};

/**
 * Office's display language, read when an error is shown: Office sets it before any function
 * runs, and outside Office (Node, tests) there is none, so messages are in English.
 */
export function displayLanguage(): Language {
  try {
    return typeof Office === "undefined" ? "en" : languageOf(Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/**
 * The one place a failure becomes an Excel error: a `ModelError` keeps its kind, and its message
 * is rendered in the display language from the catalogue; an error that is already a
 * `CustomFunctions.Error` passes through; anything else is a bug, shown as `#VALUE!` with its
 * message rather than escaping as a JavaScript exception.
 * @example excelError(failure("notDisclosed", { name: "SK Group" }), "ko").message // "SK Group의 투자액은 공개되지 않았습니다."
 */
export function excelError(
  error: unknown,
  language: Language = displayLanguage()
): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ModelError)
    return new CustomFunctions.Error(CODE[error.kind], messageIn(CATALOGUES[language], error));
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(failure("unexpected", { detail }), language);
}

/**
 * Runs an adapter's body, turning whatever it throws into the Excel error to show (excelError):
 * every custom function's one error path.
 * @example guarded(() => 2 + 2) // 4
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw excelError(e);
  }
}
