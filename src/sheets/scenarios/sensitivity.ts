import { ASSUMPTIONS, MEASURE_INPUTS, type AssumptionName } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../common";

/**
 * Assumptions that move LOCKIN_COST and have a range (the risk simulation varies the same ones),
 * in table order; escalation_years is one value in every scenario, so it has no bar.
 */
export const SENSITIVE: readonly AssumptionName[] = MEASURE_INPUTS.cost.filter((name) => {
  const { low, high } = ASSUMPTIONS.find((a) => a.name === name)!.values;
  return low !== high;
});

/**
 * The one-at-a-time sensitivity of LOCKIN_COST to each assumption's low and high value (base
 * scenario), laid out for a tornado chart; `comparisonHeader` is the comparison's header row, whose
 * scenario names the calls read.
 * @returns the sensitivity's header row and its last row
 */
export function sensitivityBlock(
  b: SheetBuilder,
  top: number,
  comparisonHeader: number
): { header: number; last: number } {
  const header = top + 1;
  b.set(
    `A${top}`,
    cell.section(
      "Sensitivity of LOCKIN_COST to one assumption at a time (base scenario; tornado-ready)"
    )
  );
  b.row(
    `A${header}`,
    [
      "Assumption",
      "Low value",
      "LOCKIN_COST at low",
      "Assumption (high case)",
      "High value",
      "LOCKIN_COST at high",
      "Base LOCKIN_COST",
      "Change at low",
      "Change at high",
      "Swing",
      "low ≤ base ≤ high",
    ].map(cell.header)
  );
  SENSITIVE.forEach((name, i) => {
    const r = header + 1 + i;
    const format = name.endsWith("_usd") ? FORMATS.money : FORMATS.general;
    b.row(`A${r}`, [
      cell.key(name),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},$C$${comparisonHeader})`, format),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${comparisonHeader},A${r}:B${r})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(`=A${r}`),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},$G$${comparisonHeader})`, format),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${comparisonHeader},D${r}:E${r})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${comparisonHeader})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(`=C${r}-G${r}`, FORMATS.money),
      cell.formula(`=F${r}-G${r}`, FORMATS.money),
      cell.formula(`=I${r}-H${r}`, FORMATS.money),
      cell.check(`=AND(C${r}<=G${r}*(1+Tolerance),G${r}<=F${r}*(1+Tolerance))`),
    ]);
    b.check(`K${r}`);
  });
  return { header: header, last: header + SENSITIVE.length };
}
