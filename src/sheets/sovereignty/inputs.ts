import { cell } from "../builder";
import { currencyInput, gpusInScope, integerInput, precisionInputs, scopeInputs } from "../common";
import { DEFAULT_BY_YEAR, HHI_SCALE } from "../../model";
import { FORMATS, type InputsBlock } from "../types";

/** What the path aims at when the sheet is inserted: half the fleet (by DEFAULT_BY_YEAR). */
export const DEFAULT_TARGET_SHARE = 0.5;

/**
 * The inputs block: scenario, horizon, entity, the target share on alternatives and the year it
 * is reached, currency; the GPUs in scope, the exit cost of the whole fleet and the price of the
 * alternatives per GPU replaced (each from the SOVAI functions and the used assumptions); and the
 * constants the path's formulas name instead of writing them inline.
 * @returns the first row after the block
 */
export const inputsBlock: InputsBlock = (b, top, options, span) => {
  let r = scopeInputs(b, top, options, span, "the path");

  r++;
  b.row(`A${r}`, [
    cell.label("Target share on alternatives"),
    cell.input(DEFAULT_TARGET_SHARE, FORMATS.share),
    cell.unit("share of the fleet, 0 to 1"),
  ]);
  b.name("TargetShare", `B${r}`, "Share of the fleet moved to other accelerators by ByYear");
  b.validate({ ref: `B${r}`, decimal: { min: 0, max: 1 }, prompt: "A share from 0 to 1" });

  r++;
  b.row(`A${r}`, [
    cell.label("Reached by year"),
    cell.input(DEFAULT_BY_YEAR, FORMATS.integer),
    cell.unit("year"),
  ]);
  b.name("ByYear", `B${r}`, "Year the target share is reached; moves happen only at refreshes");
  b.validate({
    ref: `B${r}`,
    wholeNumber: { min: 1, max: 100 },
    prompt: "Whole years from 1 to 100",
  });

  currencyInput(b, ++r, options.currency);
  gpusInScope(b, ++r);

  r++;
  b.row(`A${r}`, [
    cell.label("Exit cost of the whole fleet"),
    cell.formula("=SOVAI.SWITCHING_COST(Entity,Scenario,Overrides)", FORMATS.money),
    cell.unit("selected currency"),
  ]);
  b.name(
    "FleetExitCost",
    `B${r}`,
    "GPUs × capex × switch_cost_pct × lock-in multipliers: what leaving all of it would cost"
  );

  r++;
  b.row(`A${r}`, [
    cell.label("Alternatives per GPU replaced"),
    cell.formula("=capex_per_gpu_usd*alt_units_per_gpu*alt_price_ratio", FORMATS.money),
    cell.unit("USD per GPU"),
  ]);
  b.name("AltPricePerGpu", `B${r}`, "capex × alt_units_per_gpu × alt_price_ratio");

  r = precisionInputs(b, r + 1);

  integerInput(b, ++r, "HHI scale", HHI_SCALE, "points");
  b.name("HhiScale", `B${r}`, "A single supplier's HHI: 100² points");
  return r + 1;
};
