/* global Excel */

/** Why a formula was not inserted, in words for the task pane. */
export class FormulaInsertError extends Error {}

/**
 * Puts a formula into the top-left cell of the selection, but only if that cell is empty, so
 * nothing the analyst typed is overwritten. Two syncs: read the cell, then write it.
 * @returns the address written, e.g. "Sheet1!C4"
 */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const target = context.workbook.getSelectedRange().getCell(0, 0);
    target.load(["address", "formulas"]);
    await context.sync();
    const current = target.formulas[0][0];
    if (current !== "" && current !== null) {
      throw new FormulaInsertError(
        `${target.address} is not empty. Select an empty cell and try again.`
      );
    }
    target.formulas = [[formula]];
    await context.sync();
    return target.address;
  });
}
