/**
 * Argument coercion for the custom functions: Excel's raw arguments in, model types out.
 * Excel passes `null` for an omitted optional argument and for a blank cell; a range arrives as
 * a 2-D array. Every rule about argument types lives here, every rule about meaning in the
 * model, every message in the model's catalogue.
 */
import {
  describeValue,
  failure,
  isBlank,
  parseEntity,
  parseScenario,
  wholeYears,
  type Assumptions,
  type EntitySelector,
  type Scenario,
} from "../model";
import { plainValue } from "./data-types";
import { readOverrides } from "./overrides";

export { isBlank };

/**
 * A number argument: numbers pass, blank is `#NUM!` like Excel's own 0, anything else `#VALUE!`.
 * NaN and ±Infinity (which Excel never sends, but callers may) are `#NUM!`.
 */
export function numberArg(raw: unknown, name: string): number {
  const value = typeof raw === "object" ? plainValue(raw) : raw;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw failure("notFinite", { name, got: String(value) });
  }
  if (isBlank(value)) throw failure("blankNumber", { name });
  throw failure("notNumber", { name, got: describeValue(value) });
}

/** A text argument; blank gives `fallback`. Numbers and booleans are `#VALUE!`. */
export function textArg(raw: unknown, name: string, fallback = ""): string {
  const value = typeof raw === "object" ? plainValue(raw) : raw;
  if (isBlank(value)) return fallback;
  if (typeof value === "string") return value;
  throw failure("notText", { name, got: describeValue(value) });
}

/** `years`: a whole number 1..100 (fractions truncate). */
export function yearsArg(value: unknown): number {
  return wholeYears(numberArg(value, "years"));
}

/** `entity`: name, alias, `Total`/blank, or a GPU count. Booleans are `#VALUE!`. */
export function entityArg(raw: unknown): EntitySelector {
  const value = typeof raw === "object" ? plainValue(raw) : raw;
  // A name as listed ("Total", "Samsung") is the common case: parseEntity finds it at once.
  if (typeof value === "string" && value.length > 1 && value.charCodeAt(0) > 32) {
    return parseEntity(value);
  }
  if (isBlank(value)) return parseEntity(null);
  // parseEntity range-checks a count (NaN and ±Infinity included) with its own #NUM! message.
  if (typeof value === "number" || typeof value === "string") return parseEntity(value);
  throw failure("notEntity", { got: describeValue(value) });
}

/** `scenario`: base (default), low or high. A 1×1 range is read as its one value. */
export function scenarioArg(value: unknown): Scenario {
  if (value === "base" || value === "low" || value === "high") return value;
  return parseScenario(textArg(single(value, "scenario"), "scenario"));
}

/**
 * `overrides`: a 2-D block of name/value rows, or omitted; the model checks shape, names and
 * values, once per distinct block (overrides.ts).
 */
export function assumptionsArg(scenario: Scenario, overrides: unknown): Assumptions {
  return readOverrides(overrides).assumptions(scenario);
}

/** A single value from a scalar or a 1×1 range; a larger range is `#VALUE!` (the argument is not liftable). */
export function single(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw failure("notSingle", { name });
}

/**
 * An optional number argument (a 1×1 range is its one value): blank gives `fallback`, otherwise
 * the number goes through `check` (which may truncate and range-check it, or keep it as it is).
 * @example optionalNumber(null, "by_year", 10, (n) => n) // 10
 */
export function optionalNumber(
  value: unknown,
  name: string,
  fallback: number,
  check: (n: number) => number
): number {
  const v = single(value, name);
  return isBlank(v) ? fallback : check(numberArg(v, name));
}
