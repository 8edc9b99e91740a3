import { columnLetter } from "../address";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../types";

/** Column of year 0 (the initial purchase, not counted); year 1 is the next column. */
const YEAR_ZERO = 3;

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
export type ScheduleRows = Readonly<Record<Line, number>>;

/**
 * A line's formula for one year column: `c` is the year's column, `p` the previous year's, and
 * `at(line)` the row of another line. Money lines are USD × CurrencyFactor.
 */
type YearFormula = (c: string, p: string, at: (line: Line) => number) => string;

interface LineSpec {
  readonly label: string;
  readonly unit: string;
  readonly format: string;
  readonly year: YearFormula;
  /** Show the horizon's sum in column C. */
  readonly total?: boolean;
}

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
const LINES: Readonly<Record<Line, LineSpec>> = {
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
    year: (c, _, at) =>
      `=IF(${c}${at("year")}<=escalation_years,(1+gen_price_escalation)^${c}${at("generation")},(1+gen_price_escalation)^INT(escalation_years/refresh_cycle_years+GenerationMargin)*(1+longrun_price_growth)^(${c}${at("year")}-escalation_years))`,
  },
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
  discount: {
    label: "Discount factor",
    unit: "factor",
    format: FORMATS.factor,
    year: (c, _, at) => `=1/(1+discount_rate)^${c}${at("year")}`,
  },
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

/** A schedule line's year cells, year 1 to the last laid-out year: `E50:AH50`. */
export function yearSpan(rows: ScheduleRows, line: Line, years: number): string {
  return `${columnLetter(YEAR_ZERO + 1)}${rows[line]}:${columnLetter(YEAR_ZERO + years)}${rows[line]}`;
}

/**
 * The schedule in native formulas over the used assumptions, `years` columns wide.
 * @returns where each line is, and the first row after the block
 */
export function scheduleBlock(
  b: SheetBuilder,
  top: number,
  years: number
): { rows: ScheduleRows; next: number } {
  b.set(`A${top}`, cell.section("Lock-in schedule: year 0 is the initial purchase, not counted"));
  const names = Object.keys(LINES) as Line[];
  const rows = Object.fromEntries(names.map((line, i) => [line, top + 1 + i])) as ScheduleRows;
  const at = (line: Line) => rows[line];
  const zero = columnLetter(YEAR_ZERO);
  b.row(`B${rows.year}`, [
    null,
    cell.header("Total"),
    { value: 0, style: "header", format: FORMATS.integer },
  ]);
  b.set(
    `${zero}${rows.generation}`,
    cell.formula(`=INT(${zero}${rows.year}/refresh_cycle_years+GenerationMargin)`, FORMATS.integer)
  );
  b.set(`${zero}${rows.cumulative}`, cell.styled(0, "label"));
  for (const line of names) {
    const spec = LINES[line];
    const r = rows[line];
    const isYear = line === "year";
    b.set(`A${r}`, isYear ? cell.header(spec.label) : cell.label(spec.label));
    b.set(`B${r}`, isYear ? cell.header(spec.unit) : cell.unit(spec.unit));
    if (spec.total) b.set(`C${r}`, cell.total(`=SUM(${yearSpan(rows, line, years)})`, spec.format));
    for (let t = 1; t <= years; t++) {
      const col = columnLetter(YEAR_ZERO + t);
      const formula = spec.year(col, columnLetter(YEAR_ZERO + t - 1), at);
      b.set(
        `${col}${r}`,
        isYear
          ? { formula, style: "header", format: spec.format }
          : cell.formula(formula, spec.format)
      );
    }
  }
  return { rows, next: top + 1 + names.length };
}

/** The last column the schedule uses, for column widths. */
export function lastYearColumn(years: number): number {
  return YEAR_ZERO + years;
}
