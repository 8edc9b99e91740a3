import { ALLOCATION_HEADER, ANNOUNCED_AS_KO, ENTITIES } from "../model";
import { cell, SheetBuilder } from "./builder";
import { columnLetter } from "./address";
import { textWidth } from "./layout";
import { FORMATS, masthead, scenarioInput, sourcesBlock, toleranceInput } from "./common";
import type { SheetOptions, SheetSpec } from "./types";

/** Field keys heading the table's columns; the formulas read them, so no text sits in a formula. */
const FIELD_ROW = 16;
const HEADER_ROW = 17;
const FIRST = 18;
const LAST = FIRST + ENTITIES.length - 1;
const TOTAL = LAST + 1;
/** Columns of the allocation table: the allocation header and five more (capex … card). */
const TABLE_COLUMNS = ALLOCATION_HEADER.length + 4;

/**
 * The allocation of the 260,000 GPUs as an Excel table, live over SOVAI.KOREA_GPUS,
 * with all-in capex at the assumption price, a total row, checks and a bar chart.
 */
export function allocationSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("allocation", "SovAI Allocation");
  masthead(
    b,
    "Allocation of the GPUs announced for Korea",
    "Who gets the GPUs announced on 31 Oct 2025, what they cost all-in, and how deep each recipient is locked in.",
    `="Allocation of "&TEXT(D${TOTAL},"#,##0")&" GPUs announced for Korea, "&Scenario&" scenario"`
  );

  b.set("A7", cell.section("Inputs"));
  b.row("A8", [cell.label("Scenario"), null, cell.unit("base / low / high")]);
  scenarioInput(b, "B8", options.scenario);
  toleranceInput(b, 9);

  b.set("A11", cell.section("All-in capex per GPU"));
  b.row("A12", [
    cell.header("Assumption"),
    cell.header("Used"),
    cell.header("Unit"),
    cell.header("Scenario value"),
    cell.header("Override"),
  ]);
  b.row("A13", [
    cell.key("capex_per_gpu_usd"),
    cell.formula("=IF(ISBLANK(E13),D13,E13)", FORMATS.money),
    cell.unit("USD per GPU"),
    cell.formula("=SOVAI.LOCKIN_ASSUMPTION(A13,Scenario)", FORMATS.money),
    { style: "input", format: FORMATS.money },
  ]);
  b.name(
    "capex_per_gpu_usd",
    "B13",
    "All-in capex per GPU in use (USD): the override if given, else the scenario's value"
  );

  b.set("A15", cell.section("Allocation"));
  // A Korean sheet reads the Korean text fields: only these keys differ, never a formula.
  const ko = options.language === "ko";
  const text = (field: "sector" | "announced_as" | "uses" | "deployment") =>
    cell.key(ko ? `korean_${field}` : field);
  b.row(`A${FIELD_ROW}`, [
    cell.key("field →"),
    cell.key("korean_name"),
    text("sector"),
    null,
    null,
    text("announced_as"),
    text("uses"),
    null,
    cell.key("switch_multiplier"),
    text("deployment"),
  ]);
  b.row(
    `A${HEADER_ROW}`,
    [...ALLOCATION_HEADER, "All-in capex (USD)", "Switch multiplier", "Deployment", "Card"].map(
      cell.header
    )
  );
  ENTITIES.forEach((e, i) => {
    const r = FIRST + i;
    b.row(`A${r}`, [
      cell.label(e.name),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},B$${FIELD_ROW})`),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},C$${FIELD_ROW})`),
      cell.formula(`=SOVAI.KOREA_GPUS($A${r},Scenario)`, FORMATS.integer),
      cell.formula(`=D${r}/$D$${TOTAL}`, FORMATS.share),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},F$${FIELD_ROW})`),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},G$${FIELD_ROW})`),
      cell.formula(`=D${r}*capex_per_gpu_usd`, FORMATS.money),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},I$${FIELD_ROW})`, FORMATS.decimal),
      cell.formula(`=SOVAI.KOREA_ENTITY($A${r},J$${FIELD_ROW})`),
      // A card where Excel has data types (click it; =K18.GPUs reads a field), else the name.
      cell.formula(`=SOVAI.KOREA_CARD($A${r},Scenario)`),
    ]);
  });
  b.table({ ref: `A${HEADER_ROW}:K${LAST}`, name: "SovAI_Allocation" });
  b.row(`A${TOTAL}`, [
    { value: "Total", style: "total" },
    null,
    null,
    cell.total(`=SUM(D${FIRST}:D${LAST})`, FORMATS.integer),
    cell.total(`=SUM(E${FIRST}:E${LAST})`, FORMATS.share),
    null,
    cell.note("Switch multiplier: GPU-weighted average"),
    cell.total(`=SUM(H${FIRST}:H${LAST})`, FORMATS.money),
    cell.total(`=SUMPRODUCT(D${FIRST}:D${LAST},I${FIRST}:I${LAST})/D${TOTAL}`, FORMATS.decimal),
  ]);

  const checks = TOTAL + 2;
  b.set(`A${checks}`, cell.section("Checks"));
  b.row(`A${checks + 1}`, ["Check", "Expected", "Actual", "Passes"].map(cell.header));
  const c1 = checks + 2;
  b.row(`A${c1}`, [
    cell.label("Table total equals SOVAI.KOREA_GPUS for the total"),
    cell.formula(`=SOVAI.KOREA_GPUS(A${TOTAL},Scenario)`, FORMATS.integer),
    cell.formula(`=D${TOTAL}`, FORMATS.integer),
    cell.check(`=C${c1}=B${c1}`),
  ]);
  b.row(`A${c1 + 1}`, [
    cell.label("Shares add up to the total's share"),
    cell.formula(`=SOVAI.KOREA_GPU_SHARE(A${TOTAL},Scenario)`, FORMATS.share),
    cell.formula(`=E${TOTAL}`, FORMATS.share),
    cell.check(`=ABS(C${c1 + 1}-B${c1 + 1})<=Tolerance`),
  ]);
  b.row(`A${c1 + 2}`, [
    cell.label("Capex column adds up to total GPUs × capex per GPU"),
    cell.formula(`=D${TOTAL}*capex_per_gpu_usd`, FORMATS.money),
    cell.formula(`=H${TOTAL}`, FORMATS.money),
    cell.check(`=ABS(C${c1 + 2}-B${c1 + 2})<=Tolerance*ABS(B${c1 + 2})`),
  ]);
  for (const r of [c1, c1 + 1, c1 + 2]) b.check(`D${r}`);

  b.chart({
    type: "BarClustered",
    title: "GPUs by entity",
    data: `D${FIRST}:D${LAST}`,
    seriesBy: "columns",
    categories: `A${FIRST}:A${LAST}`,
    seriesNames: `D${HEADER_ROW}`,
    // Right of the table (its header row is the widest row), level with the inputs.
    from: `${columnLetter(TABLE_COLUMNS + 1)}7`,
    to: `${columnLetter(TABLE_COLUMNS + 8)}${TOTAL}`,
  });

  sourcesBlock(
    b,
    c1 + 4,
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
