import { cell, type SheetBuilder } from "../builder";
import { checksTable } from "../common";
import { FORMATS } from "../types";
import { yearSpan } from "../years";
import type { PathRows } from "./path";

/** The SOVAI call the outputs and checks share, over the sheet's inputs and used assumptions. */
const COST = "SOVAI.SOVEREIGNTY_COST(Horizon,TargetShare,ByYear,Entity,Scenario,Overrides)";
/** The same path with a target share of 0, which must cost nothing. */
const ZERO_TARGET = "SOVAI.SOVEREIGNTY_COST(Horizon,0,ByYear,Entity,Scenario,Overrides)";

/**
 * The outputs block: the net PV of the path against staying, the break-even year, and the
 * accelerator HHI, exit cost and share at the horizon, each beside what staying gives.
 * @returns the first row after the block
 */
export function outputsBlock(b: SheetBuilder, top: number, s: PathRows, years: number): number {
  b.set(`A${top}`, cell.section("Outputs: the path against staying"));
  b.row(`A${top + 1}`, ["Output", "Path", "Staying", "Notes"].map(cell.header));
  const paid = yearSpan(s, "paidBack", years);
  const at = (line: keyof PathRows) => `INDEX(${yearSpan(s, line, years)},1,Horizon)`;
  const outputs: readonly (readonly [string, string, string | number, string, string])[] = [
    ["Net PV of the path over staying", `=${COST}`, 0, FORMATS.money, "Negative: the path saves"],
    [
      "Break-even year",
      `=IF(MIN(${paid})=0,"none",MIN(${paid}))`,
      "",
      FORMATS.integer,
      "First year whose cumulative PV difference is ≤ 0 after the first move; none within the horizon",
    ],
    [
      "Accelerator HHI at the horizon",
      `=${at("hhi")}`,
      "=HhiScale",
      FORMATS.integer,
      "One alternative supplier: the upper bound",
    ],
    [
      "Remaining exit cost at the horizon",
      `=${at("exitCost")}`,
      "=FleetExitCost",
      FORMATS.money,
      "What leaving the rest would still cost",
    ],
    [
      "Share on alternatives at the horizon",
      `=${at("share")}`,
      0,
      FORMATS.share,
      "Moves happen only at refreshes",
    ],
  ];
  let r = top + 2;
  for (const [label, path, staying, format, note] of outputs) {
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(path, format),
      typeof staying === "string" && staying.startsWith("=")
        ? cell.formula(staying, format)
        : cell.styled(staying, "label"),
      cell.note(note),
    ]);
    r++;
  }
  return r;
}

/**
 * The checks block: the native path against SOVEREIGNTY_COST, its staying spend against
 * LOCKIN_COST, and a target of 0 giving 0.
 * @returns the first row after the block
 */
export function checksBlock(b: SheetBuilder, top: number, s: PathRows, years: number): number {
  // Without the add-in (the export) the path's own total stands in for the function: those two
  // checks then hold by construction, and the staying spend is still checked against a closed form.
  b.native(COST, `C${s.pvDifference}`);
  b.native(ZERO_TARGET, "0");
  return checksTable(b, top, "Native path", [
    [
      "Path PV difference equals SOVAI.SOVEREIGNTY_COST",
      `=${COST}`,
      `=C${s.pvDifference}`,
      "close",
    ],
    [
      "Cumulative PV difference at the horizon equals the total",
      `=C${s.pvDifference}`,
      `=INDEX(${yearSpan(s, "cumulative", years)},1,Horizon)`,
      "close",
    ],
    [
      "Staying spend's PV equals SOVAI.LOCKIN_COST",
      "=SOVAI.LOCKIN_COST(Horizon,Entity,Scenario,Overrides)",
      `=SUMPRODUCT(${yearSpan(s, "staying", years)},${yearSpan(s, "discount", years)})`,
      "close",
    ],
    ["A target share of 0 gives 0", `=${ZERO_TARGET}`, "=0", "equal"],
  ]);
}
