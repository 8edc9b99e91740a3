import { columnLetter, parseA1, rangeA1 } from "./address";
import { layout, ROW_POINTS } from "./layout";
import { wrapSpans } from "./wrap";
import { columnPoints, printSetup, type PageContent } from "./print";
import { FORMATS, type RenderedSheet, type SheetSpec, type Style } from "./types";

/**
 * Turns a spec into the blocks the writer sends to Excel: one 2-D array of formulas and
 * constants from A1 to the last used cell, one of number formats, and the styled rectangles.
 * Pure: the same spec always renders the same blocks.
 */
export function render(spec: SheetSpec): RenderedSheet {
  let rows = 0;
  let columns = 0;
  for (const address of spec.cells.keys()) {
    const [r, c] = parseA1(address);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  const formulas: (string | number | boolean)[][] = grid(rows, columns, "");
  const numberFormats: string[][] = grid(rows, columns, FORMATS.general);
  const styles: (Style | null)[][] = grid<Style | null>(rows, columns, null);
  const links: { address: string; url: string; text: string }[] = [];
  for (const [address, c] of spec.cells) {
    const [r, col] = parseA1(address);
    formulas[r][col] = c.formula ?? c.value ?? "";
    if (c.format) numberFormats[r][col] = c.format;
    else if (typeof c.value === "string" && looksLikeNumberOrDate(c.value))
      numberFormats[r][col] = FORMATS.text;
    styles[r][col] = c.style ?? null;
    if (c.link) links.push({ address, url: c.link, text: String(c.value ?? "") });
  }
  const fit = layout(formulas, numberFormats, styles, spec.widths);
  // Wrapped notes make rows taller, so the page breaks are worked out again with them.
  const across = printSetup(
    spec.title,
    pageContent(spec, rows, columns, styles, fit.widths, fit.heights)
  );
  const wraps = wrapSpans(formulas, styles, fit.widths, across);
  const heights = tallest([...fit.heights, ...wraps]);
  const print = printSetup(
    spec.title,
    pageContent(spec, rows, columns, styles, fit.widths, heights)
  );
  return {
    key: spec.key,
    name: spec.name,
    rows,
    columns,
    formulas,
    numberFormats,
    styles: rectangles(styles),
    names: spec.names,
    validations: spec.validations,
    tables: spec.tables,
    charts: spec.charts,
    widths: widthRuns(fit.widths),
    heights,
    wraps: wraps.map((w) => w.ref),
    print,
    links,
    freeze: spec.freeze,
    checks: spec.checks,
    masterCheck: spec.masterCheck,
    natives: spec.natives,
  };
}

/** One height per row, the tallest asked for, in row order. */
function tallest(
  heights: readonly { readonly row: number; readonly points: number }[]
): { row: number; points: number }[] {
  const byRow = new Map<number, number>();
  for (const h of heights) byRow.set(h.row, Math.max(h.points, byRow.get(h.row) ?? 0));
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points }));
}

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;

/** The printed extent of a sheet: its cells and its charts, with each block's first row. */
function pageContent(
  spec: SheetSpec,
  rows: number,
  columns: number,
  styles: (Style | null)[][],
  widths: Readonly<Record<string, number>>,
  heights: readonly { readonly row: number; readonly points: number }[]
): PageContent {
  let lastRow = rows;
  let lastColumn = columns;
  for (const chart of spec.charts) {
    const [r, c] = parseA1(chart.to);
    lastRow = Math.max(lastRow, r + 1);
    lastColumn = Math.max(lastColumn, c + 1);
  }
  const tall = new Map(heights.map((h) => [h.row, h.points]));
  return {
    columnPoints: Array.from({ length: lastColumn }, (_, c) =>
      columnPoints(widths[columnLetter(c)] ?? DEFAULT_WIDTH)
    ),
    rowPoints: Array.from({ length: lastRow }, (_, r) => tall.get(r + 1) ?? ROW_POINTS),
    blockStarts: styles.flatMap((row, r) => (row[0] === "section" ? [r + 1] : [])),
  };
}

/** Text Excel would turn into a number or date when written (e.g. "2025-10-31"), kept as text. */
function looksLikeNumberOrDate(text: string): boolean {
  return /^[+-]?[\d.,]+(e[+-]?\d+)?%?$/i.test(text) || /^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/.test(text);
}

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
}

/**
 * Covers each style's cells with few rectangles: runs along a row, then identical runs on
 * consecutive rows merged downwards. A schedule row 30 years wide is one rectangle.
 */
function rectangles(styles: (Style | null)[][]): { ref: string; style: Style }[] {
  const open = new Map<
    string,
    { top: number; bottom: number; left: number; right: number; style: Style }
  >();
  const done: { top: number; bottom: number; left: number; right: number; style: Style }[] = [];
  styles.forEach((line, r) => {
    const runs: { left: number; right: number; style: Style }[] = [];
    line.forEach((style, c) => {
      const last = runs[runs.length - 1];
      if (style === null) return;
      if (last && last.style === style && last.right === c - 1) last.right = c;
      else runs.push({ left: c, right: c, style });
    });
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}:${run.style}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === r - 1) rect.bottom = r;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: r, bottom: r, ...run });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((x) => ({ ref: rangeA1(x.top, x.left, x.bottom, x.right), style: x.style }));
}

/** Consecutive columns of equal width as one range each, e.g. "E:AH" for a schedule. */
function widthRuns(widths: Readonly<Record<string, number>>): { columns: string; width: number }[] {
  const sorted = Object.entries(widths)
    .map(([letter, width]) => [parseA1(`${letter}1`)[1], width] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: { first: number; last: number; width: number }[] = [];
  for (const [column, width] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.last === column - 1) last.last = column;
    else runs.push({ first: column, last: column, width });
  }
  return runs.map((r) => ({
    columns: `${columnLetter(r.first)}:${columnLetter(r.last)}`,
    width: r.width,
  }));
}
