/** Shared test helpers: relative closeness and Excel-error expectations. */
import { ModelError } from "../src/model";
import { StubCustomFunctionsError } from "./custom-functions-stub";

/** Asserts |actual − expected| ≤ rel × max(1, |expected|). */
export function expectClose(actual: unknown, expected: number, rel = 1e-9): void {
  expect(typeof actual).toBe("number");
  const tolerance = rel * Math.max(1, Math.abs(expected));
  if (Math.abs((actual as number) - expected) > tolerance) {
    throw new Error(`expected ${expected} ± ${tolerance}, got ${actual}`);
  }
}

/** Runs `f` and returns the CustomFunctions error it throws (failing if it returns). */
export function excelErrorOf(f: () => unknown): StubCustomFunctionsError {
  try {
    const value = f();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof StubCustomFunctionsError)) throw e;
    return e;
  }
}

/** Asserts `f` throws the Excel error `code` with a message matching `message`. */
export function expectExcelError(f: () => unknown, code: string, message?: RegExp): void {
  const error = excelErrorOf(f);
  expect(error.code).toBe(code);
  expect(error.message ?? "").not.toBe("");
  if (message) expect(error.message).toMatch(message);
}

/** The ModelError `f` throws; anything else, or nothing, fails the test. */
export function modelErrorOf(f: () => unknown): ModelError {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}
