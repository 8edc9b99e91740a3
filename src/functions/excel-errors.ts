/* global CustomFunctions */
import { failure, ModelError, type ModelErrorKind } from "../model";

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
 * The one place a failure becomes an Excel error: a `ModelError` keeps its kind and message;
 * an error that is already a `CustomFunctions.Error` passes through; anything else is a bug,
 * shown as `#VALUE!` with its message rather than escaping as a JavaScript exception.
 */
export function excelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ModelError)
    return new CustomFunctions.Error(CODE[error.kind], error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(failure("unexpected", { detail }));
}
