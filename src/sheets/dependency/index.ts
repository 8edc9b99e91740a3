import { ASSUMPTIONS } from "../../model";
import { columnLetter } from "../address";
import { SheetBuilder } from "../builder";
import { masthead, sourcesBlock } from "../common";
import { scheduleSpan, type SheetOptions, type SheetSpec } from "../types";
import { ASSUMPTION_COLUMNS, assumptionsBlock, conversionBlock } from "./assumptions";
import { inputsBlock } from "./inputs";
import { checksBlock, outputsBlock } from "./outputs";
import { timeBlockWidths, yearSpan } from "../years";
import { scheduleBlock } from "./schedule";
import { stackBlock } from "./stack";

/** First row below the masthead, and one blank row between blocks. */
const FIRST_BLOCK = 7;
const GAP = 1;
/** Height of the chart, in rows, beside the inputs and assumptions. */
const CHART_ROWS = 20;

/**
 * The Dependency & lock-in sheet: inputs, the assumptions block (whose used values feed both the
 * native schedule and the SOVAI functions as overrides), the lock-in schedule in native formulas
 * with time left to right, outputs in both currencies, checks against SOVAI.LOCKIN_COST, the
 * stack dependency map, a chart of yearly vendor spend with cumulative PV, and the sources.
 * Each block starts where the previous one ended.
 */
export function dependencySheet(options: SheetOptions): SheetSpec {
  const span = scheduleSpan(options);
  const years = span.years;
  const b = new SheetBuilder("dependency", "SovAI Dependency");
  masthead(
    b,
    "Dependency and lock-in cost",
    "What staying on one vendor's stack costs: forced refreshes, licences and support, discounted; and the cost of leaving.",
    `="Dependency and lock-in cost: "&Entity&", "&Horizon&" years, "&Scenario&" scenario, "&Currency`
  );
  const inputsTop = FIRST_BLOCK;
  let next = inputsBlock(b, inputsTop, options, span);
  next = assumptionsBlock(b, next + GAP);
  next = conversionBlock(b, next + GAP);
  const schedule = scheduleBlock(b, next + GAP, years);
  next = outputsBlock(b, schedule.next + GAP, schedule.rows);
  next = checksBlock(b, next + GAP, schedule.rows, years);
  next = stackBlock(b, next + GAP);
  sourcesBlock(
    b,
    next + GAP,
    ASSUMPTIONS.map((a) => [a.name, a.facts, a.judgement] as const)
  );

  const s = schedule.rows;
  const chartColumn = ASSUMPTION_COLUMNS + 1;
  b.chart({
    type: "ColumnStacked",
    title: "Yearly vendor spend by component, with cumulative PV",
    data: `${yearSpan(s, "refresh", years).split(":")[0]}:${yearSpan(s, "support", years).split(":")[1]}`,
    seriesBy: "rows",
    categories: yearSpan(s, "year", years),
    seriesNames: `A${s.refresh}:A${s.support}`,
    line: { name: `A${s.cumulative}`, values: yearSpan(s, "cumulative", years) },
    from: `${columnLetter(chartColumn)}${inputsTop}`,
    to: `${columnLetter(chartColumn + 8)}${inputsTop + CHART_ROWS - 1}`,
  });

  timeBlockWidths(b, years);
  b.freeze(3, 1);
  return b.build();
}
