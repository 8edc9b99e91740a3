/**
 * Blocks whose time runs left to right: one row per line (label in A, unit in B, the horizon's
 * total in C where it means something, year 0 in D), one column per year from E. The Dependency
 * sheet's lock-in schedule and the Sovereignty sheet's path are both written this way, each from a
 * table of lines.
 */
import { columnLetter } from "./address";
import { cell, type SheetBuilder } from "./builder";
import type { CellSpec } from "./types";

/** Column of year 0 (the initial purchase, not counted); year 1 is the next column. */
const YEAR_ZERO = 3;

/**
 * A line's formula for one year column: `c` is the year's column, `p` the previous year's, and
 * `at(line)` the row of another line.
 */
export type YearFormula<L extends string> = (
  c: string,
  p: string,
  at: (line: L) => number
) => string;

export interface YearLine<L extends string> {
  readonly label: string;
  readonly unit: string;
  readonly format: string;
  readonly year: YearFormula<L>;
  /** Show the horizon's sum in column C. */
  readonly total?: boolean;
  /** What year 0 holds, for lines a later year reads from the previous one. */
  readonly zero?: (zero: string, at: (line: L) => number) => CellSpec;
}

/** Where each line sits, so outputs, checks and charts can refer to it. */
export type LineRows<L extends string> = Readonly<Record<L, number>>;

/**
 * A line's year cells, year 1 to the last laid-out year: `E50:AH50`.
 * @example yearSpan({ year: 10 }, "year", 3) // "E10:G10"
 */
export function yearSpan<L extends string>(rows: LineRows<L>, line: L, years: number): string {
  return `${columnLetter(YEAR_ZERO + 1)}${rows[line]}:${columnLetter(YEAR_ZERO + years)}${rows[line]}`;
}

/**
 * The last column a block of `years` uses, for column widths.
 * @example lastYearColumn(30) // 33
 */
export function lastYearColumn(years: number): number {
  return YEAR_ZERO + years;
}

/**
 * Column widths for a sheet built around a time block: the label column, the unit and total
 * columns, and every year column.
 */
export function timeBlockWidths(b: SheetBuilder, years: number): void {
  b.width("A", 46).width("B", 20).width("C", 20).width("D", 16).width("E", 16).width("F", 18);
  for (let c = 6; c <= lastYearColumn(years); c++) b.width(columnLetter(c), 16);
}

/**
 * Writes `lines` below a section title at `top`, `years` columns wide. The line keyed `year` is the
 * header row: 0 in year 0, "Horizon total" above the totals.
 * @returns where each line is, and the first row after the block
 */
export function yearLinesBlock<L extends string>(
  b: SheetBuilder,
  top: number,
  years: number,
  section: string,
  lines: Readonly<Record<L, YearLine<L>>>
): { rows: LineRows<L>; next: number } {
  b.set(`A${top}`, cell.section(section));
  const names = Object.keys(lines) as L[];
  const rows = Object.fromEntries(names.map((line, i) => [line, top + 1 + i])) as LineRows<L>;
  const at = (line: L) => rows[line];
  const zero = columnLetter(YEAR_ZERO);
  for (const line of names) {
    const spec = lines[line];
    const r = rows[line];
    const isYear = line === "year";
    b.set(`A${r}`, isYear ? cell.header(spec.label) : cell.label(spec.label));
    b.set(`B${r}`, isYear ? cell.header(spec.unit) : cell.unit(spec.unit));
    if (isYear) {
      b.set(`C${r}`, cell.header("Horizon total"));
      b.set(`${zero}${r}`, { value: 0, style: "header", format: spec.format });
    } else if (spec.zero) b.set(`${zero}${r}`, spec.zero(zero, at));
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
