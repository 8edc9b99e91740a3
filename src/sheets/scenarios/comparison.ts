import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../common";

/**
 * The scenario comparison: LOCKIN_COST and LOCKIN_PREMIUM at three horizons and SWITCHING_COST,
 * each under low, base and high with the simulated P5 and P95 beside the corners, in the
 * selected currency, each row checked low ≤ P5, base ≤ P95 ≤ high. The header row holds the
 * scenario and statistic names the calls read.
 * @returns the header row, and the first row after the block
 */
export function comparisonBlock(b: SheetBuilder, top: number): { header: number; next: number } {
  const header = top + 2;
  b.set(`A${top}`, cell.section("Scenario comparison"));
  b.set(
    `A${top + 1}`,
    cell.note(
      "low and high take every range's cost-minimising or cost-maximising end at once: bounds, not a plausible range. P5 and P95 are the simulated 5th and 95th percentiles (SOVAI.LOCKIN_RISK, 10,000 trials, seed 1): nine outcomes in ten fall between them."
    )
  );
  b.row(`A${header}`, [
    cell.header("Function"),
    cell.header("Horizon (years)"),
    cell.header("low"),
    cell.header("P5"),
    cell.header("base"),
    cell.header("P95"),
    cell.header("high"),
    cell.header("Unit"),
    cell.header("low ≤ P5, base ≤ P95 ≤ high"),
  ]);
  /** One function's row: the three deterministic corners and, beside them, the simulated percentiles. */
  const metric = (
    r: number,
    label: string,
    horizon: ReturnType<typeof cell.input> | null,
    corner: (col: string) => string,
    percentile: (col: string) => string
  ) => {
    b.row(`A${r}`, [
      cell.label(label),
      horizon,
      cell.formula(corner("C"), FORMATS.money),
      cell.formula(percentile("D"), FORMATS.money),
      cell.formula(corner("E"), FORMATS.money),
      cell.formula(percentile("F"), FORMATS.money),
      cell.formula(corner("G"), FORMATS.money),
      { formula: "=Currency", style: "unit" },
      cell.check(
        `=AND(C${r}<=D${r}*(1+Tolerance),C${r}<=E${r}*(1+Tolerance),D${r}<=F${r}*(1+Tolerance),E${r}<=G${r}*(1+Tolerance),F${r}<=G${r}*(1+Tolerance))`
      ),
    ]);
    b.check(`I${r}`);
  };
  const risk = (years: string, measure: string) => (c: string) =>
    `=SOVAI.LOCKIN_RISK(${years},${c}$${header},Entity,CurrencyOverride,,,"${measure}")`;
  [5, 10, 15].forEach((years, i) => {
    const r = header + 1 + i;
    metric(
      r,
      "LOCKIN_COST",
      cell.input(years, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_COST($B${r},Entity,${c}$${header},CurrencyOverride)`,
      risk(`$B${r}`, "cost")
    );
  });
  [0, 1, 2].forEach((i) => {
    const r = header + 4 + i;
    const source = header + 1 + i;
    metric(
      r,
      "LOCKIN_PREMIUM",
      cell.formula(`=B${source}`, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_PREMIUM($B${r},Entity,${c}$${header},CurrencyOverride)`,
      risk(`$B${r}`, "premium")
    );
  });
  // The switching cost is one-off: the simulation checks its years argument and ignores it.
  metric(
    header + 7,
    "SWITCHING_COST (one-off)",
    null,
    (c) => `=SOVAI.SWITCHING_COST(Entity,${c}$${header},CurrencyOverride)`,
    risk("SensitivityHorizon", "switching")
  );

  return { header: header, next: header + 8 };
}
