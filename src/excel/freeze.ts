/* global Excel, Office */
import type { RestsOnLookup } from "../model";
import { SHEET_MARKER } from "../sheets/common";
import {
  isProvenanceSheet,
  PROVENANCE_HEADER,
  PROVENANCE_SHEET,
  PROVENANCE_SHEET_NAMES,
  PROVENANCE_WIDTHS,
  provenanceFormats,
  provenanceKey,
  provenanceRows,
  readProvenance,
  SOURCES_COLUMN,
  type ProvenanceEntry,
} from "../freeze/provenance";
import { columnLetter } from "../sheets/address";
import { columnPoints } from "../sheets/print";
import { planFreeze, planUnfreeze, sovaiCells, type LoadedRange } from "../freeze/plan";
import type { Progress } from "./insert-sheet";

type Cell = string | number | boolean;

/** A worksheet the pane can freeze, and whether the add-in inserted it. */
export interface SheetChoice {
  readonly name: string;
  readonly inserted: boolean;
}

/** Lists the workbook's sheets (the provenance record aside), marking the ones SovAI inserted. Two syncs. */
export async function listSheets(): Promise<SheetChoice[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const candidates = sheets.items.filter((s) => !isProvenanceSheet(s.name));
    const markers = candidates.map((s) => s.names.getItemOrNullObject(SHEET_MARKER));
    for (const m of markers) m.load("name");
    await context.sync();
    return candidates.map((s, i) => ({ name: s.name, inserted: !markers[i].isNullObject }));
  });
}

export interface FreezeResult {
  readonly frozen: number;
  /** "Sheet!A1" of SOVAI cells left as formulas because they show an error. */
  readonly skipped: readonly string[];
}

/** The sheets' language for the record's words: its name, header and key. */
export type Text = (english: string) => string;

/**
 * Replaces every formula calling SOVAI.* on the chosen sheets with its current value (a spilled
 * result with all of its values), leaves every other cell alone, and records each frozen cell in
 * the provenance record ("SovAI Provenance", or its name in `text`'s language; an existing record
 * under either name is appended to), with what each value rests on from `restsOn` (the
 * function records'). Three syncs whatever the sheets' size: read, locate spills, write.
 */
export async function freezeSheets(
  names: readonly string[],
  restsOn: RestsOnLookup,
  progress: Progress = () => undefined,
  text: Text = (english) => english
): Promise<FreezeResult> {
  return Excel.run(async (context) => {
    progress({ step: "readingSheets" });
    const worksheets = context.workbook.worksheets;
    const used = names.map((name) => {
      const range = worksheets.getItem(name).getUsedRangeOrNullObject();
      range.load(["formulas", "values", "rowIndex", "columnIndex"]);
      return { name, range };
    });
    const records = findRecords(worksheets);
    await context.sync();
    const record = records.find((r) => !r.isNullObject) ?? null;

    const loaded: LoadedRange[] = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({
        sheet: u.name,
        rowIndex: u.range.rowIndex,
        columnIndex: u.range.columnIndex,
        formulas: u.range.formulas as Cell[][],
        values: u.range.values as Cell[][],
      }));
    const spillable = spillsSupported();
    const spillRanges = loaded.flatMap((l) =>
      spillable
        ? sovaiCells(l).map((address) => {
            const spill = worksheets
              .getItem(l.sheet)
              .getRange(address)
              .getSpillingToRangeOrNullObject();
            spill.load("address");
            return { sheet: l.sheet, address, spill };
          })
        : []
    );
    const recordColumn =
      record === null ? null : record.getRange("A:A").getUsedRangeOrNullObject(true);
    recordColumn?.load("rowCount");
    await context.sync();

    const spills = new Map<string, Map<string, string>>();
    for (const s of spillRanges) {
      if (s.spill.isNullObject || !s.spill.address.includes(":")) continue;
      if (!spills.has(s.sheet)) spills.set(s.sheet, new Map());
      spills.get(s.sheet)!.set(s.address, s.spill.address.split("!").pop()!.replace(/\$/g, ""));
    }
    const plans = loaded.map((l) => planFreeze(l, spills.get(l.sheet) ?? new Map()));
    const entries = plans.flatMap((p) => p.entries);
    const skipped = plans.flatMap((p) => p.skipped);
    if (entries.length === 0) return { frozen: 0, skipped };

    progress({ step: "freezing", cells: entries.length });
    // The record goes first: if a later write fails, Unfreeze can still find what was changed.
    const sheet = record ?? createRecord(worksheets, text);
    const firstRow =
      recordColumn === null || recordColumn.isNullObject ? 2 : recordColumn.rowCount + 1;
    writeRows(sheet, firstRow, provenanceRows(entries, restsOn, text));
    for (const p of plans) {
      for (const w of p.writes) worksheets.getItem(w.sheet).getRange(w.ref).values = w.values;
    }
    await context.sync();
    return { frozen: entries.length, skipped };
  });
}

export interface UnfreezeResult {
  readonly restored: number;
  /** Cells edited since they were frozen, left as they are and kept in the record. */
  readonly kept: readonly ProvenanceEntry[];
}

/**
 * Puts back every formula the provenance record lists, unless the cell was edited since it was
 * frozen; clears a spill's frozen values first so the result can spill again. Deletes the record
 * when everything is restored. Four syncs whatever the record's length.
 */
export async function unfreeze(
  progress: Progress = () => undefined,
  text: Text = (english) => english
): Promise<UnfreezeResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const records = findRecords(worksheets);
    await context.sync();
    const record = records.find((r) => !r.isNullObject);
    if (record === undefined) return { restored: 0, kept: [] };

    progress({ step: "readingRecord" });
    const table = record
      .getRange(`A:${columnLetter(PROVENANCE_HEADER.length - 1)}`)
      .getUsedRangeOrNullObject(true);
    table.load("values");
    await context.sync();
    const entries = table.isNullObject ? [] : readProvenance(table.values.slice(1));

    const existing = new Set(worksheets.items.map((w) => w.name));
    const cells = entries
      .filter((e) => existing.has(e.sheet))
      .map((e) => {
        const range = worksheets.getItem(e.sheet).getRange(e.address);
        range.load("values");
        return { key: `${e.sheet}!${e.address}`, range };
      });
    await context.sync();

    const current = new Map<string, Cell | undefined>(
      cells.map((c) => [c.key, c.range.values[0][0] as Cell])
    );
    const { restore, keep } = planUnfreeze(entries, current);
    progress({ step: "restoring", formulas: restore.length });
    for (const r of restore) {
      const ws = worksheets.getItem(r.entry.sheet);
      if (r.clear) ws.getRange(r.clear).clear("Contents");
      ws.getRange(r.entry.address).formulas = [[r.entry.formula]];
    }
    if (keep.length === 0) record.delete();
    else {
      // Kept rows are written back as they were: what they rest on, and the model version and
      // data date of their freeze, stay those of the day they were frozen.
      const kept = new Set(keep.map((e) => `${e.sheet}!${e.address}`));
      const rows = table.values.slice(1).filter((r) => kept.has(`${r[0]}!${r[1]}`));
      table.clear("Contents");
      writeHeader(record, text);
      writeRows(record, 2, rows);
    }
    await context.sync();
    return { restored: restore.length, kept: keep };
  });
}

function spillsSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.12");
  } catch {
    return false;
  }
}

/** The record under each name it may have, as null objects where there is none. */
function findRecords(worksheets: Excel.WorksheetCollection): Excel.Worksheet[] {
  return PROVENANCE_SHEET_NAMES.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("name");
    return sheet;
  });
}

/**
 * A new record: the header, and the key in J:K with each source a labelled link; columns as wide
 * as the export's, wrapping longer text, read from the top.
 */
function createRecord(worksheets: Excel.WorksheetCollection, text: Text): Excel.Worksheet {
  const sheet = worksheets.add(text(PROVENANCE_SHEET));
  writeHeader(sheet, text);
  const key = provenanceKey(text);
  sheet.getRangeByIndexes(0, SOURCES_COLUMN, key.length, 2).values = key.map((row) =>
    row.map((c) => (typeof c === "string" ? c : ""))
  );
  key.forEach((row, r) =>
    row.forEach((c, k) => {
      if (typeof c !== "string")
        sheet.getCell(r, SOURCES_COLUMN + k).hyperlink = { address: c.url, textToDisplay: c.label };
    })
  );
  sheet.getRange("A1:K1").format.font.bold = true;
  PROVENANCE_WIDTHS.forEach((width, c) => {
    const format = sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format;
    format.columnWidth = Math.round(columnPoints(width));
    format.wrapText = true;
    format.verticalAlignment = "Top";
  });
  sheet.freezePanes.freezeRows(1);
  return sheet;
}

function writeHeader(sheet: Excel.Worksheet, text: Text): void {
  sheet.getRangeByIndexes(0, 0, 1, PROVENANCE_HEADER.length).values = [
    PROVENANCE_HEADER.map((h) => text(h)),
  ];
}

/**
 * Writes record rows from `firstRow` (1-based), each column in its format (the formula as text,
 * so it stays inert).
 */
function writeRows(sheet: Excel.Worksheet, firstRow: number, rows: unknown[][]): void {
  const block = sheet.getRangeByIndexes(firstRow - 1, 0, rows.length, PROVENANCE_HEADER.length);
  block.numberFormat = provenanceFormats(rows);
  block.values = rows;
}
