/**
 * Inputs of an exported sheet that need the add-in: locked by sheet protection (no password, so
 * anyone may lift it knowingly), each saying what it is fixed at and how to change it, in a note,
 * in the prompt shown when the cell is selected, and beside its unit. Every other input stays
 * open to edit.
 */
/* eslint-disable office-addins/call-sync-before-read --
   ExcelJS cells in memory, not Office.js proxies: there is nothing to load or sync. */
import type ExcelJS from "exceljs";
import { a1, cellsIn, parseA1 } from "../sheets/address";
import type { RenderedSheet, Style } from "../sheets/types";
import type { Value } from "./evaluator/evaluate";

/** The labels' words, which the build checks the Korean table has. */
export const LOCKED_TEXT: readonly string[] = [
  "Fixed at export",
  "fixed at export",
  "re-export or use the add-in to change",
  "empty",
];

/**
 * Locks `locked` (addresses of input cells) on `ws`, written from `sheet`, and labels them;
 * does nothing when there are none.
 * @param valueAt - each input's value at export
 * @param text - the sheet's language
 */
export function lockInputs(
  ws: ExcelJS.Worksheet,
  sheet: RenderedSheet,
  locked: readonly string[],
  valueAt: (address: string) => Value,
  text: (english: string) => string
): void {
  if (locked.length === 0) return;
  const fixed = new Set(locked);
  for (const address of cellsStyled(sheet, "input"))
    if (!fixed.has(address)) ws.getCell(address).protection = { locked: false };
  for (const address of locked) {
    const label = fixedLabel(valueAt(address), text);
    const cell = ws.getCell(address);
    cell.note = label;
    cell.dataValidation = {
      ...(cell.dataValidation ?? { type: "custom", formulae: ["TRUE"] }),
      showInputMessage: true,
      promptTitle: text("Fixed at export"),
      prompt: label,
    } as ExcelJS.DataValidation;
    const [r, c] = parseA1(address);
    const unit = a1(r, c + 1);
    if (styleAt(sheet, unit) === "unit") {
      const beside = ws.getCell(unit);
      beside.value = `${String(beside.value ?? "")} · ${text("fixed at export")}`;
    }
  }
  void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
}

/**
 * "Fixed at export: 10,000; re-export or use the add-in to change", in the sheet's language.
 * @example fixedLabel(10000, (s) => s) // "Fixed at export: 10,000; re-export or use the add-in to change"
 */
export function fixedLabel(value: Value, text: (english: string) => string): string {
  const shown =
    typeof value === "number"
      ? value.toLocaleString("en-US", { maximumFractionDigits: 6 })
      : value === null || value === ""
        ? text("empty")
        : String(value);
  return `${text("Fixed at export")}: ${shown}; ${text("re-export or use the add-in to change")}`;
}

/** Every cell of the rectangles styled `style`. */
function cellsStyled(sheet: RenderedSheet, style: Style): string[] {
  return sheet.styles.filter((s) => s.style === style).flatMap((s) => cellsIn(s.ref));
}

/** The style of one cell, or null. */
function styleAt(sheet: RenderedSheet, address: string): Style | null {
  const [r, c] = parseA1(address);
  for (const s of sheet.styles) {
    const [from, to = from] = s.ref.split(":");
    const [r0, c0] = parseA1(from);
    const [r1, c1] = parseA1(to);
    if (r >= r0 && r <= r1 && c >= c0 && c <= c1) return s.style;
  }
  return null;
}
