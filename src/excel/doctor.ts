/* global Excel, Office */
/**
 * The workbook doctor's Excel side: reads every sheet in two syncs whatever the workbook's size,
 * hands the cells to the pure diagnosis (src/doctor), and applies the fixes: recalculate just the
 * affected cells, re-enter formulas as a user would type them (the documented workaround for
 * formulas Excel left unresolved), and unfreeze stale values so they recompute.
 */
import {
  checkAddresses,
  diagnose,
  sovaiIds,
  type Finding,
  type FormulaCell,
  type FrozenRecord,
  type MasterCheck,
} from "../doctor/findings";
import { isProvenanceSheet } from "../freeze/provenance";
import { a1, parseA1 } from "../sheets/address";
import { MASTER_CHECK_LABELS } from "../sheets/common";
import { unfreeze } from "./freeze";

type Grid = (string | number | boolean)[][];

/** Scans the workbook; `knownIds` are the add-in's function ids. Two syncs. */
export async function scanWorkbook(knownIds: readonly string[]): Promise<Finding[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((s) => {
      const range = s.getUsedRangeOrNullObject();
      range.load(["formulas", "values", "rowIndex", "columnIndex"]);
      return { name: s.name, range };
    });
    await context.sync();
    const cells: FormulaCell[] = [];
    const masters: MasterCheck[] = [];
    const frozen: FrozenRecord[] = [];
    for (const { name, range } of used) {
      if (range.isNullObject) continue;
      const formulas = range.formulas as Grid;
      const values = range.values as Grid;
      const at = (r: number, c: number) => a1(range.rowIndex + r, range.columnIndex + c);
      const valueAt = (address: string) => {
        const [r, c] = parseA1(address);
        return values[r - range.rowIndex]?.[c - range.columnIndex];
      };
      const labelAt = (address: string) => {
        const [r] = parseA1(address);
        return String(values[r - range.rowIndex]?.[0 - range.columnIndex] ?? address);
      };
      if (isProvenanceSheet(name)) {
        values.slice(1).forEach((row) => {
          const [sheet, address, , , , modelVersion, dataAsOf] = row;
          if (typeof sheet === "string" && sheet && typeof address === "string")
            frozen.push({
              sheet,
              address,
              modelVersion: String(modelVersion),
              dataAsOf: String(dataAsOf),
            });
        });
        continue;
      }
      formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (
            typeof f === "string" &&
            f.startsWith("=") &&
            (sovaiIds(f).length || /_xldudf_/i.test(f))
          )
            cells.push({ sheet: name, address: at(r, c), formula: f, value: values[r][c] });
          if (MASTER_CHECK_LABELS.includes(String(f)) && range.columnIndex + c === 0) {
            const address = at(r, c + 1);
            const checks = checkAddresses(String(formulas[r][c + 1] ?? "")).map((x) => ({
              address: x,
              label: labelAt(x),
              value: valueAt(x),
            }));
            masters.push({ sheet: name, address, value: values[r][c + 1], checks });
          }
        })
      );
    }
    return diagnose({ cells, masters, frozen, knownIds });
  });
}

/** What the fixes did. */
export interface FixResult {
  readonly recalculated: number;
  readonly reentered: number;
  readonly unfrozen: number;
}

/**
 * Applies every fixable finding: recalculates #BUSY! cells, re-enters #NAME? and _xldudf_
 * formulas as typed, in one batch that is one undo step where Excel supports grouping
 * (ExcelApi 1.20); then unfreezes stale values (Freeze & share's own Unfreeze, a separate step).
 * Touches only the cells the findings name.
 */
export async function fixAll(findings: readonly Finding[]): Promise<FixResult> {
  const recalc = findings.filter((f) => f.fix === "recalculate");
  const reenter = findings.filter((f) => f.fix === "reenter" && f.formula);
  const batch = async (context: Excel.RequestContext) => {
    const sheets = context.workbook.worksheets;
    for (const f of recalc) sheets.getItem(f.sheet).getRange(f.address).calculate();
    for (const f of reenter) sheets.getItem(f.sheet).getRange(f.address).formulas = [[f.formula!]];
    await context.sync();
  };
  if (recalc.length || reenter.length) {
    const grouped = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
    await (grouped ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch));
  }
  let unfrozen = 0;
  if (findings.some((f) => f.fix === "unfreeze")) unfrozen = (await unfreeze()).restored;
  return { recalculated: recalc.length, reentered: reenter.length, unfrozen };
}
