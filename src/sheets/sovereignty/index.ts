import { ASSUMPTIONS } from "../../model";
import { columnLetter } from "../address";
import { SheetBuilder } from "../builder";
import { masthead, sourcesBlock } from "../common";
import { ASSUMPTION_COLUMNS, assumptionsBlock, conversionBlock } from "../dependency/assumptions";
import { scheduleSpan, type SheetOptions, type SheetSpec } from "../types";
import { timeBlockWidths, yearSpan } from "../years";
import { inputsBlock } from "./inputs";
import { checksBlock, outputsBlock } from "./outputs";
import { pathBlock } from "./path";

const FIRST_BLOCK = 7;
const GAP = 1;
const CHART_ROWS = 20;

/** The assumptions the path reads beyond the lock-in schedule's: the alternatives'. */
const ALTERNATIVES = new Set(["alt_units_per_gpu", "alt_price_ratio", "switch_cost_pct"]);

/**
 * The Sovereignty sheet: moving part of the fleet off NVIDIA at refreshes, against staying.
 * Inputs (with the target share and the year it is reached), the assumptions block with override
 * cells (the alternatives' among them), the path in native formulas with time left to right,
 * outputs (net PV, break-even year, HHI and exit cost at the horizon against staying), checks
 * against SOVAI.SOVEREIGNTY_COST and SOVAI.LOCKIN_COST, a chart of path against staying spend with
 * the share on alternatives, and the sources.
 */
export function sovereigntySheet(options: SheetOptions): SheetSpec {
  const span = scheduleSpan(options);
  const years = span.years;
  const b = new SheetBuilder("sovereignty", "SovAI Sovereignty");
  masthead(
    b,
    "Sovereignty path",
    "What moving part of the fleet off NVIDIA at refreshes costs and buys against staying: spend, concentration and the cost of leaving.",
    `="Sovereignty path: "&Entity&", "&TEXT(TargetShare,"0.0%")&" by year "&ByYear&", "&Horizon&" years, "&Scenario&" scenario, "&Currency`
  );
  const inputsTop = FIRST_BLOCK;
  let next = inputsBlock(b, inputsTop, options, span);
  next = assumptionsBlock(b, next + GAP);
  next = conversionBlock(b, next + GAP);
  const path = pathBlock(b, next + GAP, years);
  next = outputsBlock(b, path.next + GAP, path.rows, years);
  next = checksBlock(b, next + GAP, path.rows, years);
  sourcesBlock(
    b,
    next + GAP,
    ASSUMPTIONS.filter((a) => ALTERNATIVES.has(a.name)).map(
      (a) => [a.name, a.facts, a.judgement] as const
    )
  );

  const s = path.rows;
  const chartColumn = ASSUMPTION_COLUMNS + 1;
  b.chart({
    type: "ColumnClustered",
    title: "Path against staying spend, with the share on alternatives",
    data: `${yearSpan(s, "path", years).split(":")[0]}:${yearSpan(s, "staying", years).split(":")[1]}`,
    seriesBy: "rows",
    categories: yearSpan(s, "year", years),
    seriesNames: `A${s.path}:A${s.staying}`,
    line: { name: `A${s.share}`, values: yearSpan(s, "share", years) },
    from: `${columnLetter(chartColumn)}${inputsTop}`,
    to: `${columnLetter(chartColumn + 8)}${inputsTop + CHART_ROWS - 1}`,
  });

  timeBlockWidths(b, years);
  b.freeze(3, 1);
  return b.build();
}
