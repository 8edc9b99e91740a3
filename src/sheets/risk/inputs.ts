import { CURRENCIES, MAX_SEED, MAX_TRIALS, MEASURES, MIN_TRIALS } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { entityInput, toleranceInput } from "../common";
import { FORMATS, SHEET_DEFAULTS, type SheetOptions } from "../types";

/** Blank override rows under the currency row, for the analyst's own. */
const FREE_OVERRIDE_ROWS = 4;

/** Histogram bins the sheet lays out (one row each); the formulas read them from `Bins`. */
export const RISK_BINS = 20;

/**
 * The Risk sheet's inputs: horizon, entity, measure, trials, seed, currency, the precision
 * target of the standard-error check, and the overrides block every SOVAI call passes (the
 * currency row; an analyst may add assumption rows to hold inputs fixed).
 * @returns the first row after the block
 */
export function riskInputs(b: SheetBuilder, top: number, options: SheetOptions): number {
  b.set(`A${top}`, cell.section("Inputs"));
  let r = top + 1;
  b.row(`A${r}`, [
    cell.label("Horizon"),
    cell.input(Math.max(1, Math.min(100, Math.trunc(options.horizon))), FORMATS.integer),
    cell.unit("years (1 to 100)"),
  ]);
  b.name("Horizon", `B${r}`, "Years of lock-in the simulation costs");
  b.validate({
    ref: `B${r}`,
    wholeNumber: { min: 1, max: 100 },
    prompt: "Whole years from 1 to 100",
  });

  entityInput(b, ++r, options.entity);

  r++;
  b.row(`A${r}`, [
    cell.label("Measure"),
    cell.input(options.measure ?? "cost"),
    cell.unit("cost / premium / switching"),
  ]);
  b.name(
    "Measure",
    `B${r}`,
    "Which result the simulation draws: lock-in cost, premium or switching cost"
  );
  b.validate({
    ref: `B${r}`,
    list: MEASURES,
    prompt: "cost = LOCKIN_COST; premium = LOCKIN_PREMIUM; switching = SWITCHING_COST",
  });

  r++;
  b.row(`A${r}`, [
    cell.label("Trials"),
    cell.input(options.trials ?? SHEET_DEFAULTS.trials, FORMATS.integer),
    cell.unit("draws"),
  ]);
  b.name(
    "Trials",
    `B${r}`,
    "Number of draws of the uncertain inputs; a large run computes in the background, its cells showing #BUSY! meanwhile"
  );
  b.validate({
    ref: `B${r}`,
    wholeNumber: { min: MIN_TRIALS, max: MAX_TRIALS },
    prompt: `Whole number from ${MIN_TRIALS.toLocaleString("en-US")} to ${MAX_TRIALS.toLocaleString("en-US")}`,
  });

  r++;
  b.row(`A${r}`, [
    cell.label("Seed"),
    cell.input(options.seed ?? SHEET_DEFAULTS.seed, FORMATS.integer),
    cell.unit("whole number"),
  ]);
  b.name(
    "Seed",
    `B${r}`,
    "Seed of the random numbers: the same seed gives the same numbers everywhere"
  );
  b.validate({
    ref: `B${r}`,
    wholeNumber: { min: 0, max: MAX_SEED },
    prompt: `Whole number from 0 to ${MAX_SEED}`,
  });

  r++;
  b.row(`A${r}`, [cell.label("Currency"), cell.input(options.currency), cell.unit("USD / KRW")]);
  b.name("Currency", `B${r}`, "Currency of every result on the sheet");
  b.validate({
    ref: `B${r}`,
    list: CURRENCIES,
    prompt: "USD, or KRW at fx_krw_per_usd (which then varies too)",
  });

  r++;
  b.row(`A${r}`, [
    cell.label("Histogram bins"),
    cell.styled(RISK_BINS, "label"),
    cell.unit("bins (set by the layout)"),
  ]);
  b.name("Bins", `B${r}`, "Equal-width bins from the minimum to the maximum, one row each below");

  r++;
  b.row(`A${r}`, [
    cell.label("Precision target"),
    cell.input(0.01, FORMATS.share),
    cell.unit("standard error ÷ mean"),
  ]);
  b.name(
    "PrecisionTarget",
    `B${r}`,
    "The standard error of the mean must stay below this share of the mean"
  );
  toleranceInput(b, ++r);

  r += 2;
  b.row(`A${r}`, [
    cell.header("Overrides"),
    cell.header("Value"),
    cell.note("Type an assumption's name and value below to hold it fixed"),
  ]);
  b.row(`A${r + 1}`, [cell.key("currency"), cell.formula("=Currency")]);
  for (let k = 1; k <= FREE_OVERRIDE_ROWS; k++)
    b.row(`A${r + 1 + k}`, [cell.input(""), cell.input("")]);
  const last = r + 1 + FREE_OVERRIDE_ROWS;
  b.name(
    "Overrides",
    `A${r + 1}:B${last}`,
    "Name/value rows every SOVAI call on this sheet passes"
  );
  return last + 1;
}
