import { ASSUMPTIONS, MEASURE_INPUTS, type AssumptionName } from "../model";
import { cell, SheetBuilder } from "./builder";
import { entityInput, FORMATS, masthead, sourcesBlock, toleranceInput } from "./common";
import type { SheetOptions, SheetSpec } from "./types";

/** Assumptions that move LOCKIN_COST (the risk simulation varies the same ones), in table order. */
const SENSITIVE: readonly AssumptionName[] = MEASURE_INPUTS.cost;

const HEADER = 14;
const SENSITIVITY = 25;

/**
 * LOCKIN_COST, LOCKIN_PREMIUM and SWITCHING_COST under low/base/high at 5, 10 and 15
 * years; a one-at-a-time sensitivity of LOCKIN_COST to each key assumption's low and high value,
 * laid out for a tornado chart; the chart. All in USD.
 */
export function scenariosSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("scenarios", "SovAI Scenarios");
  masthead(
    b,
    "Scenarios and sensitivity (USD)",
    "How far the answer moves between the cost-minimising and cost-maximising ends of every range.",
    `="Scenarios and sensitivity: "&Entity&", USD"`
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

  b.set(`A${HEADER - 1}`, cell.section("Scenario comparison"));
  b.row(`A${HEADER}`, [
    cell.header("Function"),
    cell.header("Horizon (years)"),
    cell.header("low"),
    cell.header("base"),
    cell.header("high"),
    cell.header("Unit"),
    cell.header("low ≤ base ≤ high"),
  ]);
  const metric = (
    r: number,
    label: string,
    horizon: ReturnType<typeof cell.input> | null,
    formula: (col: string) => string
  ) => {
    b.row(`A${r}`, [
      cell.label(label),
      horizon,
      ...["C", "D", "E"].map((c) => cell.formula(formula(c), FORMATS.money)),
      cell.unit("USD"),
      cell.check(`=AND(C${r}<=D${r}*(1+Tolerance),D${r}<=E${r}*(1+Tolerance))`),
    ]);
    b.check(`G${r}`);
  };
  [5, 10, 15].forEach((years, i) => {
    const r = HEADER + 1 + i;
    metric(
      r,
      "LOCKIN_COST",
      cell.input(years, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_COST($B${r},Entity,${c}$${HEADER})`
    );
  });
  [0, 1, 2].forEach((i) => {
    const r = HEADER + 4 + i;
    const source = HEADER + 1 + i;
    metric(
      r,
      "LOCKIN_PREMIUM",
      cell.formula(`=B${source}`, FORMATS.integer),
      (c) => `=SOVAI.LOCKIN_PREMIUM($B${r},Entity,${c}$${HEADER})`
    );
  });
  metric(
    HEADER + 7,
    "SWITCHING_COST (one-off)",
    null,
    (c) => `=SOVAI.SWITCHING_COST(Entity,${c}$${HEADER})`
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
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$D$${HEADER},A${r}:B${r})`,
        FORMATS.money
      ),
      cell.formula(`=A${r}`),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},$E$${HEADER})`, format),
      cell.formula(
        `=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$D$${HEADER},D${r}:E${r})`,
        FORMATS.money
      ),
      cell.formula(`=SOVAI.LOCKIN_COST(SensitivityHorizon,Entity,$D$${HEADER})`, FORMATS.money),
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
