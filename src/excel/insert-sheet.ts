/* global Excel, Office */
import { parseA1 } from "../sheets/address";
import type { ChartSpec, RenderedSheet, ValidationSpec } from "../sheets/types";
import { uniqueSheetName, uniqueTableName } from "./names";
import { columnPoints } from "../sheets/print";
import { applyPrintSetup } from "./print";
import { applyStyle } from "./styles";

/**
 * What a long workbook operation is doing, as data: the task pane words it in its language.
 * Counts are cells or formulas; names are worksheet names.
 */
export type Step =
  | { readonly step: "readingNames" }
  | { readonly step: "writing"; readonly cells: number; readonly name: string }
  | { readonly step: "inserted"; readonly name: string }
  | { readonly step: "readingSheets" }
  | { readonly step: "freezing"; readonly cells: number }
  | { readonly step: "readingRecord" }
  | { readonly step: "restoring"; readonly formulas: number };
export type Progress = (step: Step) => void;

/** A failed insertion, with the name it was going to use and a plain-language reason. */
export class InsertError extends Error {
  constructor(
    readonly sheetName: string,
    readonly reason: string
  ) {
    super(`Could not insert '${sheetName}': ${reason} Nothing was left in the workbook.`);
    this.name = "InsertError";
  }
}

/**
 * Inserts a rendered sheet as a new worksheet, in at most three `context.sync()` calls whatever
 * its size: (1) read the names already taken, (2) write everything, (3) only on failure, delete
 * what was added. Values and formulas go as one 2-D block, number formats as another. Existing
 * sheets are never touched: a taken name gets " (2)", " (3)"…
 *
 * Where the host has ExcelApi 1.20, the whole insertion is one undo step (`mergeUndoGroup`);
 * if the host refuses to group it (`UndoNotSupported`), it is inserted again without grouping.
 * @returns the worksheet's name
 */
export async function insertSheet(
  sheet: RenderedSheet,
  progress: Progress = () => undefined
): Promise<string> {
  const grouped = undoGroupingSupported();
  try {
    return await insertOnce(sheet, progress, grouped);
  } catch (error) {
    if (grouped && errorCode(error) === "UndoNotSupported")
      return insertOnce(sheet, progress, false);
    throw error;
  }
}

/** True where `Excel.run` accepts `mergeUndoGroup` (ExcelApi 1.20). */
export function undoGroupingSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  } catch {
    return false;
  }
}

function insertOnce(sheet: RenderedSheet, progress: Progress, grouped: boolean): Promise<string> {
  const batch = async (context: Excel.RequestContext): Promise<string> => {
    progress({ step: "readingNames" });
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();

    const name = uniqueSheetName(
      sheet.name,
      worksheets.items.map((w) => w.name)
    );
    const tableNames = tables.items.map((t) => t.name);
    try {
      progress({ step: "writing", cells: sheet.rows * sheet.columns, name });
      const ws = worksheets.add(name);
      write(ws, sheet, tableNames);
      ws.activate();
      await context.sync();
      progress({ step: "inserted", name });
      return name;
    } catch (error) {
      await removeSheet(context, name);
      // The caller retries an ungroupable insertion without undo grouping.
      if (errorCode(error) === "UndoNotSupported") throw error;
      throw new InsertError(name, reason(error));
    }
  };
  return grouped ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

/** Queues every write of the sheet on a fresh worksheet; nothing here syncs. */
function write(ws: Excel.Worksheet, sheet: RenderedSheet, tableNames: readonly string[]): void {
  // Names first, so formulas that use them resolve as they are written.
  for (const n of sheet.names) ws.names.add(n.name, ws.getRange(n.ref), n.comment);
  const block = ws.getRangeByIndexes(0, 0, sheet.rows, sheet.columns);
  block.numberFormat = sheet.numberFormats;
  block.formulas = sheet.formulas;
  // Every cell reads from the top, so labels, numbers and wrapped text in a tall row line up.
  block.format.verticalAlignment = "Top";
  for (const s of sheet.styles) applyStyle(ws.getRange(s.ref), s.style);
  for (const v of sheet.validations) validate(ws.getRange(v.ref), v);
  const taken = [...tableNames];
  for (const t of sheet.tables) {
    const table = ws.tables.add(t.ref, true);
    table.name = uniqueTableName(t.name, taken);
    table.style = "TableStyleLight9";
    taken.push(table.name);
  }
  for (const c of sheet.charts) chart(ws, sheet, c);
  for (const w of sheet.widths)
    ws.getRange(w.columns).format.columnWidth = Math.round(columnPoints(w.width));
  for (const h of sheet.heights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.points;
  for (const ref of sheet.wraps) {
    const range = ws.getRange(ref);
    if (ref.split(":")[0] !== ref.split(":")[1]) range.merge(false);
    range.format.wrapText = true;
  }
  applyPrintSetup(ws, sheet.print);
  for (const l of sheet.links)
    ws.getRange(l.address).hyperlink = { address: l.url, textToDisplay: l.text };
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) {
    ws.freezePanes.freezeAt(
      ws.getRangeByIndexes(0, 0, Math.max(1, sheet.freeze.rows), Math.max(1, sheet.freeze.columns))
    );
  }
}

function validate(range: Excel.Range, v: ValidationSpec): void {
  if (v.list)
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  else if (v.wholeNumber) {
    range.dataValidation.rule = {
      wholeNumber: {
        formula1: v.wholeNumber.min,
        formula2: v.wholeNumber.max,
        operator: "Between",
      },
    };
  } else if (v.decimal) {
    range.dataValidation.rule = {
      decimal: { formula1: v.decimal.min, formula2: v.decimal.max, operator: "Between" },
    };
  }
  range.dataValidation.prompt = { showPrompt: true, title: v.title, message: v.prompt };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: v.errorTitle,
    message: v.prompt,
  };
}

function chart(ws: Excel.Worksheet, sheet: RenderedSheet, c: ChartSpec): void {
  const ch = ws.charts.add(c.type, ws.getRange(c.data), c.seriesBy === "rows" ? "Rows" : "Columns");
  ch.title.text = c.title;
  ch.setPosition(c.from, c.to);
  ch.legend.position = "Bottom";
  const names = textOf(sheet, c.seriesNames);
  names.forEach((name, i) => {
    const series = ch.series.getItemAt(i);
    series.name = name;
    series.setXAxisValues(ws.getRange(c.categories));
  });
  if (c.line) {
    const line = ch.series.add(textOf(sheet, c.line.name)[0]);
    line.setValues(ws.getRange(c.line.values));
    line.setXAxisValues(ws.getRange(c.categories));
    line.chartType = "Line";
    line.axisGroup = "Secondary";
  }
}

/** The constant texts of a rendered range (series names are labels, known without reading Excel). */
function textOf(sheet: RenderedSheet, ref: string): string[] {
  const [from, to = from] = ref.split(":");
  const [r0, c0] = parseA1(from);
  const [r1, c1] = parseA1(to);
  const out: string[] = [];
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) out.push(String(sheet.formulas[r][c]));
  return out;
}

async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  } catch {
    // The failure came before the sheet existed: there is nothing to remove.
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const location = (error as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation;
  return `${message.replace(/\.?$/, ".")}${location ? ` (at ${location}.)` : ""}`;
}
