/**
 * Reading a saved workbook (ExcelJS) as a reader sees it: a formula cell's cached result, and
 * every cell that shows an Excel error.
 */
import type ExcelJS from "exceljs";

/** What a cell shows: a formula's cached result, else its value. */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "formula" in (v as object))
    return (v as { result?: unknown }).result;
  return v;
}

/** Every cell of every sheet showing an Excel error, as `Sheet!A1: value`. */
export function errorCells(book: ExcelJS.Workbook): string[] {
  const errors: string[] = [];
  for (const ws of book.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const r = resultOf(cell);
        if (
          (r && typeof r === "object" && "error" in (r as object)) ||
          (typeof r === "string" && /^#(N\/A|VALUE!|NUM!|REF!|NAME\?|DIV\/0!)/.test(r))
        )
          errors.push(`${ws.name}!${cell.address}: ${JSON.stringify(r)}`);
      })
    );
  return errors;
}
