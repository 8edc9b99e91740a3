import { a1 } from "../sheets/address";
import type { RenderedSheet } from "../sheets/types";

/** A formula replaced by its value, with what is needed to put it back. */
export interface FrozenCell {
  readonly address: string;
  readonly formula: string;
  readonly value: string | number | boolean;
}

/** True for a formula that calls an add-in function, which Excel without the add-in shows as #NAME?. */
export function callsSovai(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /\bSOVAI\./i.test(formula);
}

/**
 * A copy of a rendered sheet in which every formula that calls SOVAI.* holds its value instead;
 * native formulas stay formulas, so the sheet's own arithmetic and checks stay live.
 * @param valueAt - the current value of a cell, by A1 address (from Excel or a spreadsheet engine)
 */
export function freezeSovai(
  sheet: RenderedSheet,
  valueAt: (address: string) => string | number | boolean
): { sheet: RenderedSheet; frozen: FrozenCell[] } {
  const frozen: FrozenCell[] = [];
  const formulas = sheet.formulas.map((row, r) =>
    row.map((content, c) => {
      if (!callsSovai(content)) return content;
      const address = a1(r, c);
      const value = valueAt(address);
      frozen.push({ address, formula: content, value });
      return value;
    })
  );
  return { sheet: { ...sheet, formulas }, frozen };
}
