import { currencyInput, gpusInScope, integerInput, precisionInputs, scopeInputs } from "../common";
import type { InputsBlock } from "../types";

/**
 * The inputs block: scenario, horizon, entity, currency, the GPUs in scope, and the constants the
 * schedule's formulas name instead of writing them inline (tolerance, rounding margin, hours).
 * @returns the first row after the block
 */
export const inputsBlock: InputsBlock = (b, top, options, span) => {
  let r = scopeInputs(b, top, options, span, "lock-in to cost");
  currencyInput(b, ++r, options.currency);
  gpusInScope(b, ++r);
  r = precisionInputs(b, r + 1);

  integerInput(b, ++r, "Hours per year", 8760, "hours");
  b.name("HoursPerYear", `B${r}`, "Hours of operation per year for energy");
  return r + 1;
};
