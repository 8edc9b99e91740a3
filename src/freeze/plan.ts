/**
 * Pure planning for Freeze & share: which cells of a loaded used range call SOVAI.*, what to
 * write in their place, and how to put the formulas back. No Excel calls here.
 */
import { a1, parseA1, rangeA1 } from "../sheets/address";
import { callsSovai } from "./snapshot";
import type { ProvenanceEntry } from "./provenance";

type Cell = string | number | boolean;

/** The used range of one sheet as loaded from Excel. */
export interface LoadedRange {
  readonly sheet: string;
  /** 0-based position of the range's top-left cell on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly formulas: readonly (readonly Cell[])[];
  readonly values: readonly (readonly Cell[])[];
}

/** A rectangle to overwrite with values. */
export interface ValueWrite {
  readonly sheet: string;
  readonly ref: string;
  readonly values: Cell[][];
}

export interface FreezePlan {
  readonly writes: ValueWrite[];
  readonly entries: ProvenanceEntry[];
  /** SOVAI cells left as formulas because they show an error (a value would hide it). */
  readonly skipped: string[];
}

/** Addresses (sheet-relative A1) of the cells calling SOVAI.*, in reading order. */
export function sovaiCells(range: LoadedRange): string[] {
  const out: string[] = [];
  range.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (callsSovai(f)) out.push(a1(range.rowIndex + r, range.columnIndex + c));
    })
  );
  return out;
}

/**
 * Plans the freeze of one sheet: each SOVAI cell becomes its value; a spilled result has its
 * whole spill written as values (its anchor included, in one write); single cells stacked in a
 * column are written together. Cells showing an error keep their formula.
 * @param spills - spill range (A1, e.g. "C4:J14") by anchor address, for anchors that spill
 */
export function planFreeze(range: LoadedRange, spills: ReadonlyMap<string, string>): FreezePlan {
  const writes: ValueWrite[] = [];
  const entries: ProvenanceEntry[] = [];
  const skipped: string[] = [];
  const value = (row: number, column: number) =>
    range.values[row - range.rowIndex][column - range.columnIndex];
  const singles: [number, number][] = [];

  for (const address of sovaiCells(range)) {
    const [r, c] = parseA1(address);
    const v = value(r, c);
    const formula = String(range.formulas[r - range.rowIndex][c - range.columnIndex]);
    if (typeof v === "string" && /^#[A-Z0-9/]+[!?]?$/.test(v)) {
      skipped.push(`${range.sheet}!${address}`);
      continue;
    }
    const spill = spills.get(address);
    entries.push({ sheet: range.sheet, address, formula, value: v, spill: spill ?? "" });
    if (spill) {
      const [from, to = from] = spill.split(":");
      const [r0, c0] = parseA1(from);
      const [r1, c1] = parseA1(to);
      const block: Cell[][] = [];
      for (let rr = r0; rr <= r1; rr++) {
        const line: Cell[] = [];
        for (let cc = c0; cc <= c1; cc++) line.push(value(rr, cc));
        block.push(line);
      }
      writes.push({ sheet: range.sheet, ref: spill, values: block });
    } else singles.push([r, c]);
  }

  // Stack single cells of one column on consecutive rows into one write.
  singles.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length === 0) return;
    const [top, column] = run[0];
    const bottom = run[run.length - 1][0];
    writes.push({
      sheet: range.sheet,
      ref: rangeA1(top, column, bottom, column),
      values: run.map(([rr, cc]) => [value(rr, cc)]),
    });
    run = [];
  };
  for (const cell of singles) {
    const last = run[run.length - 1];
    if (last && last[1] === cell[1] && last[0] === cell[0] - 1) run.push(cell);
    else {
      flush();
      run = [cell];
    }
  }
  flush();
  return { writes, entries, skipped };
}

/** What Unfreeze does with one recorded cell. */
export interface Restore {
  readonly entry: ProvenanceEntry;
  /** The spill area to clear before the formula goes back (its values would block the spill). */
  readonly clear?: string;
}

/**
 * Splits the record into cells to restore and cells to leave: a cell whose current value is no
 * longer the frozen one was edited since, and restoring it would lose the analyst's work.
 * @param current - the current value of each recorded cell, keyed "Sheet!A1"; missing = sheet gone
 */
export function planUnfreeze(
  entries: readonly ProvenanceEntry[],
  current: ReadonlyMap<string, Cell | undefined>
): { restore: Restore[]; keep: ProvenanceEntry[] } {
  const restore: Restore[] = [];
  const keep: ProvenanceEntry[] = [];
  for (const entry of entries) {
    const now = current.get(`${entry.sheet}!${entry.address}`);
    if (now === undefined || !sameValue(now, entry.value)) keep.push(entry);
    else restore.push({ entry, clear: entry.spill || undefined });
  }
  return { restore, keep };
}

function sameValue(a: Cell, b: Cell): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return String(a) === String(b);
}
