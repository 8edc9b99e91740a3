import { CURRENCIES } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { entityInput, scenarioInput, toleranceInput } from "../common";
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
  years: number
): number {
  b.set(`A${top}`, cell.section("Inputs"));
  let r = top + 1;
  b.row(`A${r}`, [cell.label("Scenario"), null, cell.unit("base / low / high")]);
  scenarioInput(b, `B${r}`, options.scenario);

  r++;
  b.row(`A${r}`, [
    cell.label("Horizon"),
    cell.input(years, FORMATS.integer),
    cell.unit(`years (1 to ${years})`),
  ]);
  b.name("Horizon", `B${r}`, `Years of lock-in to cost; the schedule has ${years} year columns`);
  b.validate({
    ref: `B${r}`,
    wholeNumber: { min: 1, max: years },
    prompt: `Whole years from 1 to ${years}. Insert the sheet again for a longer schedule.`,
  });

  entityInput(b, ++r, options.entity);

  r++;
  b.row(`A${r}`, [cell.label("Currency"), cell.input(options.currency), cell.unit("USD / KRW")]);
  b.name("Currency", `B${r}`, "Currency of the schedule and the SOVAI results");
  b.validate({ ref: `B${r}`, list: CURRENCIES, prompt: "USD, or KRW at fx_krw_per_usd" });

  r++;
  b.row(`A${r}`, [
    cell.label("GPUs in scope"),
    cell.formula("=SOVAI.KOREA_GPUS(Entity,Scenario)", FORMATS.integer),
    cell.unit("GPUs"),
  ]);
  b.name("Gpus", `B${r}`, "GPUs announced for the entity under the scenario");

  toleranceInput(b, ++r);

  r++;
  b.row(`A${r}`, [
    cell.label("Generation rounding margin"),
    cell.input(1e-9, "0.0E+00"),
    cell.unit("generations"),
  ]);
  b.name(
    "GenerationMargin",
    `B${r}`,
    "Added before rounding t / cycle down, so 15/3 counts as 5, not 4"
  );

  r++;
  b.row(`A${r}`, [
    cell.label("Hours per year"),
    cell.input(8760, FORMATS.integer),
    cell.unit("hours"),
  ]);
  b.name("HoursPerYear", `B${r}`, "Hours of operation per year for energy");
  return r + 1;
}
