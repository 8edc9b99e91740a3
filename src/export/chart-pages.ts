/**
 * Where the export puts a sheet's charts: below its tables, from column A across the first page,
 * each on a page it fits on whole. Beside the tables, as the task pane places them for the
 * screen, a chart on a sheet printed across pages lands on a page whose repeated label columns
 * it is drawn over, or is cut at a page's edge.
 */
import { columnLetter } from "../sheets/address";
import { ROW_POINTS } from "../sheets/layout";
import { pageHeight, TITLE_ROWS } from "../sheets/print";
import type { RenderedSheet } from "../sheets/types";

/** A chart's height in rows, and the blank rows above each. */
const CHART_ROWS = 20;
const GAP = 1;

/**
 * `sheet` with its charts moved below its last row, each across the first page's columns, on a
 * new page, and a page break before each chart that would not fit below the one before it.
 * @example chartsBelow({ rows: 10, columns: 9, charts: [{ from: "H7", to: "P26" }], print: { pagesAcross: [0, 6], breaks: [], scale: 100 } }).charts[0].from // "A12"
 */
export function chartsBelow<
  T extends Pick<RenderedSheet, "rows" | "columns" | "charts"> & {
    print: Pick<RenderedSheet["print"], "pagesAcross" | "breaks" | "scale">;
  },
>(sheet: T): T {
  if (sheet.charts.length === 0) return sheet;
  const lastColumn = columnLetter(Math.max(1, (sheet.print.pagesAcross[1] ?? sheet.columns) - 1));
  const capacity = Math.floor(pageHeight(sheet.print.scale) / ROW_POINTS) - TITLE_ROWS;
  const breaks = [...sheet.print.breaks];
  // The charts start a page of their own: where the tables end on theirs is not known for
  // certain (a block longer than a page runs on), and a chart must not be cut.
  let used = capacity;
  let top = sheet.rows + 1 + GAP;
  const charts = sheet.charts.map((chart) => {
    if (used + GAP + CHART_ROWS > capacity) {
      breaks.push(top - GAP);
      used = 0;
    }
    used += GAP + CHART_ROWS;
    const placed = { ...chart, from: `A${top}`, to: `${lastColumn}${top + CHART_ROWS - 1}` };
    top += CHART_ROWS + GAP;
    return placed;
  });
  return { ...sheet, charts, print: { ...sheet.print, breaks } };
}
