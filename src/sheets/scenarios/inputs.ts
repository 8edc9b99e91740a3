import { cell, type SheetBuilder } from "../builder";
import { currencyInput, entityInput, FORMATS, toleranceInput } from "../common";
import type { SheetOptions } from "../types";

/**
 * The inputs block: entity, tolerance, the sensitivity's horizon and the currency, with the
 * currency as an overrides row every SOVAI call passes (so each answers in it) and the base rate
 * the sensitivity converts at (its overrides name one assumption, so it is computed in USD).
 * @returns the first row after the block
 */
export function inputsBlock(b: SheetBuilder, top: number, options: SheetOptions): number {
  b.set(`A${top}`, cell.section("Inputs"));
  entityInput(b, top + 1, options.entity);
  toleranceInput(b, top + 2);
  const horizon = top + 3;
  b.row(`A${horizon}`, [
    cell.label("Sensitivity horizon"),
    cell.input(Math.max(1, Math.min(100, Math.trunc(options.horizon))), FORMATS.integer),
    cell.unit("years"),
  ]);
  b.name("SensitivityHorizon", `B${horizon}`, "Horizon of the one-at-a-time sensitivity");
  b.validate({
    ref: `B${horizon}`,
    wholeNumber: { min: 1, max: 100 },
    prompt: "Whole years from 1 to 100",
  });
  const currency = top + 4;
  currencyInput(b, currency, options.currency);
  b.row(`D${currency}`, [cell.key("currency"), cell.formula("=Currency")]);
  b.name(
    "CurrencyOverride",
    `D${currency}:E${currency}`,
    "The currency as a name/value row passed to the SOVAI calls"
  );
  b.row(`F${currency}`, [
    cell.label("Units per USD"),
    cell.formula(
      `=IF(Currency="KRW",SOVAI.LOCKIN_ASSUMPTION("fx_krw_per_usd","base"),1)`,
      FORMATS.money
    ),
  ]);
  b.name(
    "CurrencyFactor",
    `G${currency}`,
    "Units of the selected currency per USD, at the base rate"
  );
  return currency + 1;
}
