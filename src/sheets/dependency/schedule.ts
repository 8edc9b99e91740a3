import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../types";
import { yearLinesBlock, type LineRows, type YearLine } from "../years";

/** The schedule's lines; `LINES` below gives each one's label, unit, format and formula, in row order. */
export type Line =
  | "year"
  | "inHorizon"
  | "generation"
  | "refreshYear"
  | "priceIndex"
  | "refresh"
  | "licences"
  | "support"
  | "vendor"
  | "energy"
  | "discount"
  | "pv"
  | "cumulative"
  | "premium"
  | "energyPv";

/** Where each schedule line sits, so outputs, checks and the chart can refer to it. */
export type ScheduleRows = LineRows<Line>;

/**
 * I(t) in column `c`: (1+esc)^n(t) up to year escalation_years, then (1+esc)^n(T) × (1+growth)^(t−T).
 * @example priceIndexFormula("E", 10, 12).startsWith("=IF(E10<=escalation_years,") // true
 */
export function priceIndexFormula(c: string, yearRow: number, generationRow: number): string {
  return `=IF(${c}${yearRow}<=escalation_years,(1+gen_price_escalation)^${c}${generationRow},(1+gen_price_escalation)^INT(escalation_years/refresh_cycle_years+GenerationMargin)*(1+longrun_price_growth)^(${c}${yearRow}-escalation_years))`;
}

/** The lines every time-left-to-right block starts with: year, in horizon, generation, refresh year, price index. */
export type TimingLine = "year" | "inHorizon" | "generation" | "refreshYear" | "priceIndex";

/**
 * The timing lines, shared by the lock-in schedule and the sovereignty path: year t, whether it
 * is within Horizon, the platform generation n(t), whether t is a refresh year, and I(t).
 * @example Object.keys(timingLines()) // ["year","inHorizon","generation","refreshYear","priceIndex"]
 */
export function timingLines<L extends string>(): Record<TimingLine, YearLine<L | TimingLine>> {
  return {
    year: {
      label: "Year",
      unit: "year",
      format: FORMATS.integer,
      year: (_, p, at) => `=${p}${at("year")}+1`,
    },
    inHorizon: {
      label: "In horizon",
      unit: "1 = yes",
      format: FORMATS.integer,
      year: (c, _, at) => `=IF(${c}${at("year")}<=Horizon,1,0)`,
    },
    generation: {
      label: "Platform generation",
      unit: "count",
      format: FORMATS.integer,
      year: (c, _, at) => `=INT(${c}${at("year")}/refresh_cycle_years+GenerationMargin)`,
      zero: (zero, at) =>
        cell.formula(
          `=INT(${zero}${at("year")}/refresh_cycle_years+GenerationMargin)`,
          FORMATS.integer
        ),
    },
    refreshYear: {
      label: "Refresh year",
      unit: "1 = yes",
      format: FORMATS.integer,
      year: (c, p, at) =>
        `=IF(${c}${at("generation")}>${p}${at("generation")},1,0)*${c}${at("inHorizon")}`,
      total: true,
    },
    priceIndex: {
      label: "Price index",
      unit: "factor",
      format: FORMATS.factor,
      year: (c, _, at) => priceIndexFormula(c, at("year"), at("generation")),
    },
  };
}

/**
 * The discount factor line, D(t) = 1 / (1 + discount_rate)^t.
 * @example discountLine().label // "Discount factor"
 */
export function discountLine<L extends string>(): YearLine<L | "year"> {
  return {
    label: "Discount factor",
    unit: "factor",
    format: FORMATS.factor,
    year: (c, _, at) => `=1/(1+discount_rate)^${c}${at("year")}`,
  };
}

/** Money lines are USD × CurrencyFactor. */
const money = "selected currency";

/**
 * The lock-in schedule as data, one line per row, in order: year t = 1..N left to right,
 * generation n(t) = INT(t / cycle + margin), price index I(t) = (1+esc)^n(t) up to year T =
 * escalation_years and (1+esc)^n(T) × (1+growth)^(t−T) after it, refresh capex R = G × capex ×
 * share × I(t) in refresh years, licences L = G × attach × price, support S = G × capex × support%, vendor
 * spend V = R + L + S, discount D = (1+r)^−t, PV = V·D, premium = (R+L)·p/(1+p)·D.
 * Lines outside the horizon are multiplied by "In horizon" (0), so the Horizon input can shorten
 * the schedule without re-inserting the sheet.
 */
const LINES: Readonly<Record<Line, YearLine<Line>>> = {
  ...timingLines<Line>(),
  refresh: {
    label: "Refresh capex",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=Gpus*capex_per_gpu_usd*refreshable_share*${c}${at("priceIndex")}*${c}${at("refreshYear")}*CurrencyFactor`,
    total: true,
  },
  licences: {
    label: "Licences",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=Gpus*licence_attach_rate*licence_per_gpu_year_usd*${c}${at("inHorizon")}*CurrencyFactor`,
    total: true,
  },
  support: {
    label: "Vendor support",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=Gpus*capex_per_gpu_usd*hw_support_pct*${c}${at("inHorizon")}*CurrencyFactor`,
    total: true,
  },
  vendor: {
    label: "Vendor spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("refresh")}+${c}${at("licences")}+${c}${at("support")}`,
    total: true,
  },
  energy: {
    label: "Energy (TCO only, not lock-in)",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=Gpus*kw_per_gpu*pue*load_factor*HoursPerYear*electricity_krw_per_kwh/fx_krw_per_usd*${c}${at("inHorizon")}*CurrencyFactor`,
    total: true,
  },
  discount: discountLine<Line>(),
  pv: {
    label: "PV of vendor spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("vendor")}*${c}${at("discount")}`,
    total: true,
  },
  cumulative: {
    label: "Cumulative PV",
    unit: money,
    format: FORMATS.money,
    year: (c, p, at) => `=${p}${at("cumulative")}+${c}${at("pv")}`,
    zero: () => cell.styled(0, "label"),
  },
  premium: {
    label: "PV of premium over a multi-vendor market",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=(${c}${at("refresh")}+${c}${at("licences")})*vendor_premium/(1+vendor_premium)*${c}${at("discount")}`,
    total: true,
  },
  energyPv: {
    label: "PV of energy",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("energy")}*${c}${at("discount")}`,
    total: true,
  },
};

/**
 * The schedule in native formulas over the used assumptions, `years` columns wide.
 * @returns where each line is, and the first row after the block
 */
export function scheduleBlock(
  b: SheetBuilder,
  top: number,
  years: number
): { rows: ScheduleRows; next: number } {
  return yearLinesBlock(
    b,
    top,
    years,
    "Lock-in schedule: year 0 is the initial purchase, not counted",
    LINES
  );
}
