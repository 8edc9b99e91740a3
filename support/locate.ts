/**
 * Finds cells of a rendered sheet by what a reader sees (a row's label in column A, a column's
 * header above it, an input's defined name) so tests survive layout changes: labels are the
 * contract, addresses are not.
 */
import { columnLetter } from "../src/sheets/address";
import type { RenderedSheet } from "../src/sheets/types";

/** 1-based row whose column A holds `label`; `nth` picks a later one of several. */
export function rowOf(sheet: RenderedSheet, label: string, nth = 1): number {
  let seen = 0;
  const r = sheet.formulas.findIndex((line) => line[0] === label && ++seen === nth);
  if (r < 0) throw new Error(`${sheet.name}: no row ${nth} labelled "${label}"`);
  return r + 1;
}

/**
 * The cell in the row labelled `label` under the nearest header above it that reads `header`.
 * @example at(sheet, "Total", "GPUs") // "D23" on the Allocation sheet
 */
export function at(sheet: RenderedSheet, label: string, header: string, nth = 1): string {
  const row = rowOf(sheet, label, nth);
  for (let r = row - 2; r >= 0; r--) {
    const c = sheet.formulas[r].indexOf(header);
    if (c >= 0) return `${columnLetter(c)}${row}`;
  }
  throw new Error(`${sheet.name}: no header "${header}" above row ${row}`);
}

/** The address a sheet-scoped name refers to: `nameRef(sheet, "Scenario")` → "B8". */
export function nameRef(sheet: RenderedSheet, name: string): string {
  const n = sheet.names.find((x) => x.name === name);
  if (!n) throw new Error(`${sheet.name}: no name ${name}`);
  return n.ref;
}
