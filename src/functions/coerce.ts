/**
 * Argument coercion for the custom functions: Excel's raw arguments in, model types out.
 * Excel passes `null` for an omitted optional argument and for a blank cell; a range arrives as
 * a 2-D array. Every rule about argument types lives here, every rule about meaning in the model.
 */
import {
  ModelError,
  parseEntity,
  parseScenario,
  resolveAssumptions,
  wholeYears,
  type Assumptions,
  type Cell,
  type EntitySelector,
  type Scenario,
} from "../model";
import { truncate } from "../model/text";

/** True for an omitted argument or a blank cell. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A number argument: numbers pass, blank is `#NUM!` like Excel's own 0, anything else `#VALUE!`.
 * NaN and ±Infinity (which Excel never sends, but callers may) are `#NUM!`.
 */
export function numberArg(value: unknown, name: string): number {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new ModelError("num", `${name} must be a finite number; got ${value}.`);
  }
  if (isBlank(value)) throw new ModelError("num", `${name} is blank; give a number.`);
  throw new ModelError("value", `${name} must be a number; got ${describe(value)}.`);
}

/** A text argument; blank gives `fallback`. Numbers and booleans are `#VALUE!`. */
export function textArg(value: unknown, name: string, fallback = ""): string {
  if (isBlank(value)) return fallback;
  if (typeof value === "string") return value;
  throw new ModelError("value", `${name} must be text; got ${describe(value)}.`);
}

/** `years`: a whole number 1..100 (fractions truncate). */
export function yearsArg(value: unknown): number {
  return wholeYears(numberArg(value, "years"));
}

/** `entity`: name, alias, `Total`/blank, or a GPU count. Booleans are `#VALUE!`. */
export function entityArg(value: unknown): EntitySelector {
  if (isBlank(value)) return parseEntity(null);
  // parseEntity range-checks a count (NaN and ±Infinity included) with its own #NUM! message.
  if (typeof value === "number" || typeof value === "string") return parseEntity(value);
  throw new ModelError("value", `entity must be a name or a GPU count; got ${describe(value)}.`);
}

/** `scenario`: base (default), low or high. A 1×1 range is read as its one value. */
export function scenarioArg(value: unknown): Scenario {
  return parseScenario(textArg(single(value, "scenario"), "scenario"));
}

/**
 * `overrides`: a 2-D block of name/value rows, or omitted. A blank single cell counts as omitted.
 * Cells are narrowed to Excel's scalar types; the model checks names and values.
 */
export function assumptionsArg(scenario: Scenario, overrides: unknown): Assumptions {
  if (isBlank(overrides)) return resolveAssumptions(scenario);
  if (!Array.isArray(overrides) || overrides.length === 0 || !overrides.every(Array.isArray)) {
    throw new ModelError("value", "Overrides must be a two-column range of name, value rows.");
  }
  return resolveAssumptions(
    scenario,
    (overrides as unknown[][]).map((row) => row.map(cellArg))
  );
}

/** A single value from a scalar or a 1×1 range; a larger range is `#VALUE!` (the argument is not liftable). */
export function single(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new ModelError("value", `${name} takes a single value, not a range.`);
}

function cellArg(value: unknown): Cell {
  if (value === undefined || value === "") return null;
  if (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  throw new ModelError("value", `Overrides hold text and numbers only; got ${describe(value)}.`);
}

function describe(value: unknown): string {
  if (typeof value === "string") return `"${truncate(value)}"`;
  if (Array.isArray(value)) return "a range";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
