/**
 * How much of a range argument the functions read. Excel hands a whole-column reference such as
 * `B:C` over as all 1,048,576 rows, blank or not; reading them all would make a three-row
 * overrides block cost seconds and megabytes. So a range is read up to its last non-blank row
 * (and column), and a used area larger than MAX_RANGE_CELLS is refused with `#NUM!` rather
 * than computed: at about a microsecond a cell, that keeps every call well under the 100 ms a
 * custom function may hold Excel's one thread.
 */
import { failure, isBlank } from "../model";

/** Cells a range argument may hold up to its last non-blank row and column. */
export const MAX_RANGE_CELLS = 100_000;

/**
 * The rows of `grid` up to its last non-blank row and the columns up to its last non-blank
 * column (only rows when `trimColumns` is false, for blocks whose columns mean something): at
 * least one row and one column, so an all-blank range reads as one blank cell. Rows past the
 * used area are never copied; a range that is already its used area is returned as is.
 * @example usedArea([[1, null], [null, null], [null, null]]) // [[1]]
 * @throws ModelError `num` when the used area holds more than MAX_RANGE_CELLS cells.
 */
export function usedArea(grid: readonly (readonly unknown[])[], trimColumns = true): unknown[][] {
  let rows = grid.length;
  while (rows > 1 && blankRow(grid[rows - 1])) rows--;
  let cols = trimColumns ? 1 : (grid[0]?.length ?? 0);
  for (let r = 0; trimColumns && r < rows; r++) {
    const row = grid[r];
    for (let c = row.length - 1; c >= cols; c--) {
      if (!isBlank(row[c])) {
        cols = c + 1;
        break;
      }
    }
  }
  if (rows * cols > MAX_RANGE_CELLS) {
    throw failure("rangeTooLarge", { max: MAX_RANGE_CELLS, got: rows * cols });
  }
  const width = grid[0]?.length ?? 0;
  if (rows === grid.length && cols === width) return grid as unknown[][];
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = grid[r].slice(0, cols);
  return out;
}

function blankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}
