/* global Excel */

/** The selected cell already holds something: the pane words it from `address`. */
export class FormulaInsertError extends Error {
  constructor(readonly address: string) {
    super(`${address} is not empty. Select an empty cell and try again.`);
    this.name = "FormulaInsertError";
  }
}

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
      throw new FormulaInsertError(target.address);
    }
    target.formulas = [[formula]];
    await context.sync();
    return target.address;
  });
}
