import { ANNOUNCED_AS_KO, ENTITIES } from "../../model";
import { columnLetter } from "../address";
import { cell, SheetBuilder } from "../builder";
import { FORMATS, masthead, scenarioInput, sourcesBlock, toleranceInput } from "../common";
import { textWidth } from "../layout";
import type { SheetOptions, SheetSpec } from "../types";
import { checksBlock, TABLE_COLUMNS, tableBlock } from "./table";

/** First row below the masthead, and one blank row between blocks. */
const FIRST_BLOCK = 7;
const GAP = 1;

/**
 * The allocation of the 260,000 GPUs as an Excel table, live over SOVAI.KOREA_GPUS, with all-in
 * capex at the assumption price, a total row, checks and a bar chart. Each block starts where
 * the previous one ended.
 */
export function allocationSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("allocation", "SovAI Allocation");
  const ko = options.language === "ko";
  let next = inputsBlock(b, FIRST_BLOCK, options);
  next = capexBlock(b, next + GAP);
  const t = tableBlock(b, next + GAP, ko);
  masthead(
    b,
    "Allocation of the GPUs announced for Korea",
    "Who gets the GPUs announced on 31 Oct 2025, what they cost all-in, and how deep each recipient is locked in.",
    `="Allocation of "&TEXT(D${t.total},"#,##0")&" GPUs announced for Korea, "&Scenario&" scenario"`
  );
  next = checksBlock(b, t.total + 1 + GAP, t);
  b.chart({
    type: "BarClustered",
    title: "GPUs by entity",
    data: `D${t.first}:D${t.last}`,
    seriesBy: "columns",
    categories: `A${t.first}:A${t.last}`,
    seriesNames: `D${t.header}`,
    // Right of the table (its header row is the widest row), level with the inputs.
    from: `${columnLetter(TABLE_COLUMNS + 1)}${FIRST_BLOCK}`,
    to: `${columnLetter(TABLE_COLUMNS + 8)}${t.total}`,
  });

  sourcesBlock(
    b,
    next + GAP,
    ENTITIES.map((e) => [e.name, e.facts] as const)
  );
  // The text columns show SOVAI.KOREA_ENTITY results, which layout.ts cannot see: size them
  // from the data they show (padding as layout.ts pads).
  const widest = (text: (e: (typeof ENTITIES)[number]) => string) =>
    Math.max(...ENTITIES.map((e) => textWidth(text(e)))) + 2;
  b.width(
    "B",
    widest((e) => e.koreanName)
  )
    .width(
      "C",
      widest((e) => (ko ? e.korean.sector : e.sector))
    )
    .width(
      "F",
      widest((e) => (ko ? ANNOUNCED_AS_KO[e.announcedAs] : e.announcedAs))
    )
    .width(
      "G",
      widest((e) => (ko ? e.korean.uses : e.uses))
    )
    .width(
      "J",
      widest((e) => (ko ? e.korean.deployment : e.deployment))
    )
    .width(
      "K",
      widest((e) => e.name)
    );
  return b.build();
}

/**
 * The inputs block: the scenario and the checks' tolerance.
 * @returns the first row after the block
 */
function inputsBlock(b: SheetBuilder, top: number, options: SheetOptions): number {
  b.set(`A${top}`, cell.section("Inputs"));
  scenarioInput(b, top + 1, options.scenario);
  toleranceInput(b, top + 2);
  return top + 3;
}

/**
 * All-in capex per GPU: the scenario's value from SOVAI.LOCKIN_ASSUMPTION, an override cell, and
 * the value used, named `capex_per_gpu_usd` for the table's capex column.
 * @returns the first row after the block
 */
function capexBlock(b: SheetBuilder, top: number): number {
  b.set(`A${top}`, cell.section("All-in capex per GPU"));
  b.row(`A${top + 1}`, [
    cell.header("Assumption"),
    cell.header("Used"),
    cell.header("Unit"),
    cell.header("Scenario value"),
    cell.header("Override"),
  ]);
  const r = top + 2;
  b.row(`A${r}`, [
    cell.key("capex_per_gpu_usd"),
    cell.formula(`=IF(ISBLANK(E${r}),D${r},E${r})`, FORMATS.money),
    cell.unit("USD per GPU"),
    cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},Scenario)`, FORMATS.money),
    { style: "input", format: FORMATS.money },
  ]);
  b.name(
    "capex_per_gpu_usd",
    `B${r}`,
    "All-in capex per GPU in use (USD): the override if given, else the scenario's value"
  );
  return r + 1;
}
