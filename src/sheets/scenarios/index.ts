import { ASSUMPTIONS } from "../../model";
import { SheetBuilder } from "../builder";
import { masthead, sourcesBlock } from "../common";
import type { SheetOptions, SheetSpec } from "../types";
import { comparisonBlock } from "./comparison";
import { inputsBlock } from "./inputs";
import { SENSITIVE, sensitivityBlock } from "./sensitivity";

/** First row below the masthead; two blank rows before the sensitivity. */
const FIRST_BLOCK = 7;
const GAP = 2;

/**
 * LOCKIN_COST, LOCKIN_PREMIUM and SWITCHING_COST under low/base/high at 5, 10 and 15 years,
 * with the simulated P5 and P95 beside the corners; a one-at-a-time sensitivity of LOCKIN_COST
 * to each uncertain assumption's low and high value, laid out for a tornado chart; the chart. In
 * the selected currency (the sensitivity at the base rate). Each block starts where the previous
 * one ended.
 */
export function scenariosSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("scenarios", "SovAI Scenarios");
  masthead(
    b,
    "Scenarios and sensitivity",
    "How far the answer moves between the cost-minimising and cost-maximising ends of every range.",
    `="Scenarios and sensitivity: "&Entity&", "&Currency`
  );
  const comparison = comparisonBlock(b, inputsBlock(b, FIRST_BLOCK, options));
  const sensitivity = sensitivityBlock(b, comparison.next + GAP, comparison.header);
  const { header, last } = sensitivity;

  b.chart({
    type: "BarClustered",
    title: "Tornado: change in LOCKIN_COST at each assumption's low and high value",
    data: `H${header + 1}:I${last}`,
    seriesBy: "columns",
    categories: `A${header + 1}:A${last}`,
    seriesNames: `H${header}:I${header}`,
    from: `A${last + 2}`,
    to: `G${last + 22}`,
  });

  sourcesBlock(
    b,
    last + 24,
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
