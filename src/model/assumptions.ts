import {
  ASSUMPTIONS,
  ASSUMPTION_NAMES,
  type AssumptionName,
  type AssumptionRecord,
} from "./data/assumptions";
import { sourceUrls } from "./data/sources";
import { failure } from "./messages";
import type { Scenario } from "./scenario";
import { closestKey, describeValue, fieldKey, isBlank, truncate } from "./text";

/** The currencies money results are given in: USD, or KRW at fx_krw_per_usd. */
export const CURRENCIES = ["USD", "KRW"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Every assumption's value in use, plus the currency money results are given in. */
export type Assumptions = Readonly<Record<AssumptionName, number>> & {
  readonly currency: Currency;
};

/** A cell as the model sees it: Excel's scalar types, blank as null. */
export type Cell = string | number | boolean | null;

const BY_NAME: ReadonlyMap<string, AssumptionRecord> = new Map(ASSUMPTIONS.map((a) => [a.name, a]));

/** The three scenarios' defaults, built once: the common no-override call allocates nothing. */
const DEFAULTS: Readonly<Record<Scenario, Assumptions>> = {
  low: defaultsFor("low"),
  base: defaultsFor("base"),
  high: defaultsFor("high"),
};

/**
 * The assumptions in use for a scenario after overrides.
 *
 * `overrides` is a two-column block of `name, value` rows, e.g. the dependency sheet's
 * assumptions block or `{"refresh_cycle_years",3}`. Blank rows, and rows whose value is blank,
 * are ignored. The name `currency` takes `"USD"` (default) or `"KRW"`.
 *
 * @example resolveAssumptions("base", [["refresh_cycle_years", 3]]).refresh_cycle_years // 3
 * @throws ModelError `value` for a malformed block, an unknown or repeated name, or a value of
 *   the wrong type; `num` for a value outside the assumption's allowed range.
 */
export function resolveAssumptions(
  scenario: Scenario,
  overrides: readonly (readonly Cell[])[] | null = null
): Assumptions {
  const defaults = DEFAULTS[scenario];
  if (overrides === null || isBlankBlock(overrides)) return defaults;
  if (overrides.some((row) => row.length !== 2)) {
    throw failure("overridesShape");
  }
  const resolved: Record<string, number | string> = { ...defaults };
  const seen = new Set<string>();
  overrides.forEach(([rawName, value], i) => {
    if (isBlank(rawName) && isBlank(value)) return;
    if (typeof rawName !== "string" || isBlank(rawName)) {
      throw failure("overrideNoName", { row: i + 1 });
    }
    if (isBlank(value)) return;
    const name = fieldKey(rawName);
    if (seen.has(name)) throw failure("overrideTwice", { name: truncate(name) });
    seen.add(name);
    if (name === "currency") {
      resolved.currency = parseCurrency(value);
      return;
    }
    const record = assumptionRecord(rawName);
    resolved[record.name] = checkValue(record, value);
  });
  return resolved as Assumptions;
}

/**
 * The assumptions a (valid) overrides block sets: every named row with a value, by canonical
 * name; `currency` is not an assumption and is left out.
 * @example [...overriddenNames([["PUE", 1.2], ["currency", "KRW"], ["discount_rate", null]])] // ["pue"]
 */
export function overriddenNames(
  overrides: readonly (readonly Cell[])[] | null
): Set<AssumptionName> {
  const names = new Set<AssumptionName>();
  for (const [rawName, value] of overrides ?? []) {
    if (typeof rawName !== "string" || isBlank(rawName) || isBlank(value)) continue;
    if (fieldKey(rawName) !== "currency") names.add(assumptionRecord(rawName).name);
  }
  return names;
}

/**
 * An `overrides` argument as the model reads it: null when omitted or a single blank, else its
 * rows with each cell narrowed to Excel's scalar types (blank as null). This is the one check of
 * the block's shape; `resolveAssumptions` then checks it has two columns.
 * @example overridesBlock([["pue", 1.2]]) // [["pue", 1.2]]
 * @throws ModelError `value` for anything but a 2-D block of text, numbers and booleans.
 */
export function overridesBlock(raw: unknown): Cell[][] | null {
  if (isBlank(raw)) return null;
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(Array.isArray)) {
    throw failure("overridesShape");
  }
  return (raw as unknown[][]).map((row) => row.map(overrideCell));
}

function overrideCell(value: unknown): Cell {
  if (value === undefined || value === "") return null;
  if (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  throw failure("overridesCell", { got: describeValue(value) });
}

/**
 * The record of a named assumption, looked up case-insensitively.
 * @example assumptionRecord("PUE").unit // "ratio"
 * @throws ModelError `value` naming the unknown name, with the closest known one.
 */
export function assumptionRecord(name: string): AssumptionRecord {
  const record = BY_NAME.get(fieldKey(name));
  if (record) return record;
  throw failure("unknownAssumption", {
    name: truncate(name),
    hint: closestKey(fieldKey(name), ASSUMPTION_NAMES) ?? "",
    known: ASSUMPTION_NAMES.join(", "),
  });
}

/** `USD` or `KRW`, case-insensitively. */
export function parseCurrency(value: Cell): Currency {
  const key = typeof value === "string" ? value.trim().toUpperCase() : value;
  if (key === "USD" || key === "KRW") return key;
  throw failure("notCurrency", { got: describeValue(value) });
}

/** The allowed range of an assumption as text, e.g. "from 0 to 1" or "greater than -1 and at most 1". */
export function allowedRange(record: AssumptionRecord): string {
  return record.minExclusive
    ? `greater than ${record.min} and at most ${record.max}`
    : `from ${record.min} to ${record.max}`;
}

/** Fact ids and URLs behind an assumption, as one cell of text; judgement calls say so. */
export function assumptionSource(record: AssumptionRecord): string {
  const cited = record.facts.length
    ? `${record.facts.join(", ")}: ${sourceUrls(record.facts).join(" ; ")}`
    : "No public source.";
  return record.judgement ? `Judgement. ${cited}` : cited;
}

/** Header of `LOCKIN_ASSUMPTIONS`. */
export const ASSUMPTIONS_HEADER = [
  "Name",
  "Value",
  "Unit",
  "Low",
  "Base",
  "High",
  "Description",
  "Source",
] as const;

/**
 * The assumptions table for a scenario: header, then one row per assumption.
 * @example assumptionsTable("high")[2].slice(0, 6) // ["refresh_cycle_years",3,"years",6,5,3]
 */
export function assumptionsTable(scenario: Scenario): (string | number)[][] {
  return [
    [...ASSUMPTIONS_HEADER],
    ...ASSUMPTIONS.map((a) => [
      a.name,
      a.values[scenario],
      a.unit,
      a.values.low,
      a.values.base,
      a.values.high,
      a.description,
      assumptionSource(a),
    ]),
  ];
}

function checkValue(record: AssumptionRecord, value: Cell): number {
  if (typeof value !== "number") {
    throw failure("assumptionNotNumber", {
      name: record.name,
      unit: record.unit,
      got: describeValue(value),
    });
  }
  const tooLow = record.minExclusive ? !(value > record.min) : !(value >= record.min);
  if (tooLow || !(value <= record.max)) {
    throw failure("assumptionRange", {
      name: record.name,
      range: allowedRange(record),
      unit: record.unit,
      got: String(value),
    });
  }
  return value;
}

function defaultsFor(scenario: Scenario): Assumptions {
  const values = Object.fromEntries(ASSUMPTIONS.map((a) => [a.name, a.values[scenario]]));
  return Object.freeze({ ...values, currency: "USD" }) as Assumptions;
}

function isBlankBlock(rows: readonly (readonly Cell[])[]): boolean {
  return rows.every((row) => row.every(isBlank));
}
