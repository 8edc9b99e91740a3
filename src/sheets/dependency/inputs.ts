import { cell, type SheetBuilder } from "../builder";
import {
  currencyInput,
  entityInput,
  generationMarginInput,
  gpusInScope,
  horizonInput,
  scenarioInput,
  toleranceInput,
} from "../common";
import { FORMATS, type SheetOptions } from "../types";

/**
 * The inputs block: scenario, horizon, entity, currency, the GPUs in scope, and the constants the
 * schedule's formulas name instead of writing them inline (tolerance, rounding margin, hours).
 * @returns the first row after the block
 */
export function inputsBlock(
  b: SheetBuilder,
  top: number,
  options: SheetOptions,
  span: { readonly years: number; readonly horizon: number }
): number {
  b.set(`A${top}`, cell.section("Inputs"));
  let r = top + 1;
  scenarioInput(b, r, options.scenario);

  horizonInput(b, ++r, span, "lock-in to cost");
  entityInput(b, ++r, options.entity);
  currencyInput(b, ++r, options.currency);
  gpusInScope(b, ++r);
  toleranceInput(b, ++r);
  generationMarginInput(b, ++r);

  r++;
  b.row(`A${r}`, [
    cell.label("Hours per year"),
    cell.input(8760, FORMATS.integer),
    cell.unit("hours"),
  ]);
  b.name("HoursPerYear", `B${r}`, "Hours of operation per year for energy");
  return r + 1;
}
