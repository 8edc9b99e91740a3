import { ASSUMPTIONS, MEASURE_INPUTS, type AssumptionName } from "../model";
import { cell, SheetBuilder } from "./builder";
import {
  currencyInput,
  entityInput,
  FORMATS,
  masthead,
  sourcesBlock,
  toleranceInput,
} from "./common";
import type { SheetOptions, SheetSpec } from "./types";

/**
 * Assumptions that move LOCKIN_COST and have a range (the risk simulation varies the same ones),
 * in table order; escalation_years is one value in every scenario, so it has no bar.
 */
const SENSITIVE: readonly AssumptionName[] = MEASURE_INPUTS.cost.filter((name) => {
  const { low, high } = ASSUMPTIONS.find((a) => a.name === name)!.values;
  return low !== high;
});

const HEADER = 14;
const SENSITIVITY = 25;

/**
 * LOCKIN_COST, LOCKIN_PREMIUM and SWITCHING_COST under low/base/high at 5, 10 and 15
 * years, with the simulated P5 and P95 beside the corners; a one-at-a-time sensitivity of LOCKIN_COST to each key assumption's low and high value,
 * laid out for a tornado chart; the chart. In the selected currency (the sensitivity at the base rate).
 */
export function scenariosSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("scenarios", "SovAI Scenarios");
  masthead(
    b,
    "Scenarios and sensitivity",
    "How far the answer moves between the cost-minimising and cost-maximising ends of every range.",
    `="Scenarios and sensitivity: "&Entity&", "&Currency`
  );

  b.set("A7", cell.section("Inputs"));
  entityInput(b, 8, options.entity);
  toleranceInput(b, 9);
  b.row("A10", [
    cell.label("Sensitivity horizon"),
    cell.input(Math.max(1, Math.min(100, Math.trunc(options.horizon))), FORMATS.integer),
    cell.unit("years"),
  ]);
  b.name("SensitivityHorizon", "B10", "Horizon of the one-at-a-time sensitivity");
  b.validate({
    ref: "B10",
    wholeNumber: { min: 1, max: 100 },
    prompt: "Whole years from 1 to 100",
  });
  currencyInput(b, 11, options.currency);
  // The currency as an overrides row, so every SOVAI call answers in it; the sensitivity, whose
  // overrides name one assumption, converts at the base rate as the functions do.
  b.row("D11", [cell.key("currency"), cell.formula("=Currency")]);
  b.name(
    "CurrencyOverride",
    "D11:E11",
    "The currency as a name/value row passed to the SOVAI calls"
  );
  b.row("F11", [
    cell.label("Units per USD"),
    cell.formula(
      `=IF(Currency="KRW",SOVAI.LOCKIN_ASSUMPTION("fx_krw_per_usd",$E$${HEADER}),1)`,
      FORMATS.money
    ),
  ]);
  b.name("CurrencyFactor", "G11", "Units of the selected currency per USD, at the base rate");

  b.set(`A${HEADER - 2}`, cell.section("Scenario comparison"));
  b.set(
    `A${HEADER - 1}`,
    cell.note(
      "low and high take every range's cost-minimising or cost-maximising end at once: bounds, not a plausible range. P5 and P95 are the simulated 5th and 95th percentiles (SOVAI.LOCKIN_RISK, 10,000 trials, seed 1): nine outcomes in ten fall between them."
    )
  );
  b.row(`A${HEADER}`, [
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
    `=SOVAI.LOCKIN_RISK(${years},${c}$${HEADER},Entity,CurrencyOverride,,,"${measure}")`;
  [5, 10, 15].forEach((years, i) => {
    const r = HEADER + 1 + i;
    metric(
      r,
      "LOCKIN_COST",
      cell.input(years, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_COST($B${r},Entity,${c}$${HEADER},CurrencyOverride)`,
      risk(`$B${r}`, "cost")
    );
  });
  [0, 1, 2].forEach((i) => {
    const r = HEADER + 4 + i;
    const source = HEADER + 1 + i;
    metric(
      r,
      "LOCKIN_PREMIUM",
      cell.formula(`=B${source}`, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_PREMIUM($B${r},Entity,${c}$${HEADER},CurrencyOverride)`,
      risk(`$B${r}`, "premium")
    );
  });
  // The switching cost is one-off: the simulation checks its years argument and ignores it.
  metric(
    HEADER + 7,
    "SWITCHING_COST (one-off)",
    null,
    (c) => `=SOVAI.SWITCHING_COST(Entity,${c}$${HEADER},CurrencyOverride)`,
    risk("SensitivityHorizon", "switching")
  );

  b.set(
    `A${SENSITIVITY - 1}`,
    cell.section(
      "Sensitivity of LOCKIN_COST to one assumption at a time (base scenario; tornado-ready)"
    )
  );
  b.row(
    `A${SENSITIVITY}`,
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
    const r = SENSITIVITY + 1 + i;
    const format = name.endsWith("_usd") ? FORMATS.money : FORMATS.general;
    b.row(`A${r}`, [
      cell.key(name),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},$C$${HEADER})`, format),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${HEADER},A${r}:B${r})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(`=A${r}`),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},$G$${HEADER})`, format),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${HEADER},D${r}:E${r})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$E$${HEADER})*CurrencyFactor`,
        FORMATS.money
      ),
      cell.formula(`=C${r}-G${r}`, FORMATS.money),
      cell.formula(`=F${r}-G${r}`, FORMATS.money),
      cell.formula(`=I${r}-H${r}`, FORMATS.money),
      cell.check(`=AND(C${r}<=G${r}*(1+Tolerance),G${r}<=F${r}*(1+Tolerance))`),
    ]);
    b.check(`K${r}`);
  });
  const lastSensitivity = SENSITIVITY + SENSITIVE.length;

  b.chart({
    type: "BarClustered",
    title: "Tornado: change in LOCKIN_COST at each assumption's low and high value",
    data: `H${SENSITIVITY + 1}:I${lastSensitivity}`,
    seriesBy: "columns",
    categories: `A${SENSITIVITY + 1}:A${lastSensitivity}`,
    seriesNames: `H${SENSITIVITY}:I${SENSITIVITY}`,
    from: `A${lastSensitivity + 2}`,
    to: `G${lastSensitivity + 22}`,
  });

  sourcesBlock(
    b,
    lastSensitivity + 24,
    ASSUMPTIONS.filter((a) => SENSITIVE.includes(a.name)).map(
      (a) => [a.name, a.facts, a.judgement] as const
    )
  );
  for (const [column, width] of Object.entries({
    A: 34,
    B: 18,
    C: 20,
    D: 24,
    E: 18,
    F: 20,
    G: 20,
    H: 18,
    I: 18,
    J: 18,
    K: 16,
  })) {
    b.width(column, width);
  }
  return b.build();
}
