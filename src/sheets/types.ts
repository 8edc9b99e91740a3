/**
 * Sheet templates as data. A template is a function from options to a `SheetSpec`; `render`
 * turns a spec into 2-D blocks (formulas, number formats) plus the few rectangle-level
 * instructions (styles, names, validation, tables, charts) the Excel writer applies.
 */
import {
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  type Currency,
  type Language,
  type Measure,
  type Scenario,
} from "../model";
import type { PrintSetup } from "./print";
import type { SheetBuilder } from "./builder";

/** How many year columns a sheet lays out, and the horizon its Horizon input starts at. */
export interface YearSpan {
  readonly years: number;
  readonly horizon: number;
}

/**
 * An inputs block: writes its rows from `top` and returns the first row after it.
 */
export type InputsBlock = (
  b: SheetBuilder,
  top: number,
  options: SheetOptions,
  span: YearSpan
) => number;

/** What the pane's cards and `npm run workbook` start from. */
export const SHEET_DEFAULTS = {
  scenario: "base",
  horizon: 10,
  entity: "Total",
  currency: "USD",
  measure: "cost",
  trials: DEFAULT_TRIALS,
  seed: DEFAULT_SEED,
} as const satisfies Required<Omit<SheetOptions, "language" | "scheduleYears">>;

export interface SheetOptions {
  readonly scenario: Scenario;
  /** The sheet's Horizon input, in years (1..30); also the year columns laid out, unless `scheduleYears`. */
  readonly horizon: number;
  /**
   * Year columns to lay out (1..30), at least the horizon; the Horizon input may go up to this.
   * The export lays out 30, so whoever receives it can lengthen the horizon.
   */
  readonly scheduleYears?: number;
  /** Entity name, or "Total". */
  readonly entity: string;
  readonly currency: Currency;
  /** Risk sheet only: what the simulation draws (default cost), its trials and seed (DEFAULT_TRIALS, DEFAULT_SEED). */
  readonly measure?: Measure;
  readonly trials?: number;
  readonly seed?: number;
  /** The language of the sheet's text (default English); formulas and numbers are the same in all. */
  readonly language?: Language;
}

/** Cell roles of the modelling convention (legend on every sheet). */
export type Style =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "formula"
  | "check"
  | "unit"
  | "note"
  | "key"
  | "index"
  | "total"
  | "text"
  | "data"
  | "link";

/** Excel number formats used by the templates. */
export const FORMATS = {
  integer: "#,##0",
  /** Negative amounts in parentheses, as analysts write them (and distinct from plain counts). */
  money: "#,##0;(#,##0)",
  share: "0.0%",
  rate: "0.0%",
  decimal: "0.00",
  factor: "0.0000",
  general: "General",
  /** Shows 1/0 as TRUE/FALSE where a spreadsheet keeps a boolean as a number (LibreOffice). */
  check: '"TRUE";"TRUE";"FALSE"',
  text: "@",
} as const;

/** One cell: a constant or a formula (A1 syntax, starting with "="), with its role and format. */
export interface CellSpec {
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly style?: Style;
  readonly format?: string;
  /** A hyperlink: the cell shows `value` and opens this URL. */
  readonly link?: string;
}

export interface NameSpec {
  /** Sheet-scoped name, e.g. "Scenario". */
  readonly name: string;
  /** A1 cell or range address on the same sheet. */
  readonly ref: string;
  readonly comment: string;
}

export interface ValidationSpec {
  readonly ref: string;
  readonly list?: readonly string[];
  readonly wholeNumber?: { readonly min: number; readonly max: number };
  /** A number between the bounds, fractions allowed (a share). */
  readonly decimal?: { readonly min: number; readonly max: number };
  readonly prompt: string;
  /** Titles of the prompt and of the alert on a wrong entry (the builder fills them in). */
  readonly title: string;
  readonly errorTitle: string;
}

export interface TableSpec {
  /** Range including the header row. */
  readonly ref: string;
  /** Base name; the writer makes it unique in the workbook. */
  readonly name: string;
}

export interface ChartSpec {
  readonly type: "BarClustered" | "ColumnStacked" | "ColumnClustered";
  readonly title: string;
  /** The data range, series in rows or columns. */
  readonly data: string;
  readonly seriesBy: "rows" | "columns";
  /** Category labels (x axis). */
  readonly categories: string;
  /** Series names, one cell per series, in series order. */
  readonly seriesNames: string;
  /** Optional extra series drawn as a line on the secondary axis. */
  readonly line?: { readonly name: string; readonly values: string };
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface SheetSpec {
  /** Stable key: "allocation" | "dependency" | "scenarios". */
  readonly key: string;
  /** Worksheet name to use (the writer adds " (2)" etc. when it is taken). */
  readonly name: string;
  /** The sheet's title as printed in page headers. */
  readonly title: string;
  readonly cells: ReadonlyMap<string, CellSpec>;
  readonly names: readonly NameSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Column widths in characters, by column letter. */
  readonly widths: Readonly<Record<string, number>>;
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Addresses of the check cells the master check ANDs. */
  readonly checks: readonly string[];
  /** Address of the cell right of the "Master check" label. */
  readonly masterCheck: string;
  /** SOVAI calls (as written, without "=") and what they equal in the sheet's native formulas. */
  readonly natives: Readonly<Record<string, string>>;
}

/** A spec turned into blocks an Excel writer (or a test's spreadsheet engine) consumes. */
export interface RenderedSheet {
  readonly key: string;
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** What `range.formulas` receives for A1 downwards: formulas, constants, "" for blanks. */
  readonly formulas: (string | number | boolean)[][];
  readonly numberFormats: string[][];
  /** Rectangles sharing a style, merged so their count does not grow with the horizon. */
  readonly styles: readonly { readonly ref: string; readonly style: Style }[];
  readonly names: readonly NameSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Column widths in characters, computed by layout.ts (at least the template's own). */
  readonly widths: readonly { readonly columns: string; readonly width: number }[];
  /** Rows whose wrapped text needs more than one line, with their height in points. */
  readonly heights: readonly { readonly row: number; readonly points: number }[];
  /**
   * Notes that wrap rather than run past their printed page's edge (wrap.ts): a cell ("B6:B6")
   * or a cell merged with the empty cells to its right ("A2:B2").
   */
  readonly wraps: readonly string[];
  readonly print: PrintSetup;
  /** Cells that are hyperlinks: address, URL, and the text they show. */
  readonly links: readonly {
    readonly address: string;
    readonly url: string;
    readonly text: string;
  }[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly checks: readonly string[];
  readonly masterCheck: string;
  readonly natives: Readonly<Record<string, string>>;
}

/**
 * The longest schedule a sheet lays out, in years: the task pane's horizon field, the export's
 * `--years` and the Dependency sheet all stop here (one year per column keeps the sheet printable).
 */
export const MAX_SHEET_HORIZON = 30;

/**
 * The year columns a schedule sheet lays out, and the horizon its input starts at, both 1..30.
 * @example scheduleSpan({ horizon: 10, scheduleYears: 30 }).years // 30
 */
export function scheduleSpan(options: Pick<SheetOptions, "horizon" | "scheduleYears">): {
  years: number;
  horizon: number;
} {
  const clamp = (n: number) => Math.max(1, Math.min(MAX_SHEET_HORIZON, Math.trunc(n)));
  const horizon = clamp(options.horizon);
  return { years: Math.max(horizon, clamp(options.scheduleYears ?? horizon)), horizon };
}
