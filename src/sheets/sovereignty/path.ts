import { cell, type SheetBuilder } from "../builder";
import { discountLine, timingLines } from "../dependency/schedule";
import { FORMATS } from "../types";
import { yearLinesBlock, type LineRows, type YearLine } from "../years";

/** The path's lines, in row order. */
export type PathLine =
  | "year"
  | "inHorizon"
  | "generation"
  | "refreshYear"
  | "priceIndex"
  | "aim"
  | "share"
  | "nvidia"
  | "alternatives"
  | "switching"
  | "path"
  | "staying"
  | "difference"
  | "discount"
  | "pvDifference"
  | "cumulative"
  | "hhi"
  | "exitCost"
  | "paidBack";

export type PathRows = LineRows<PathLine>;

const money = "selected currency";

/**
 * The sovereignty path as data, one line per row, years left to right. The share on alternatives
 * moves only in refresh years, toward TargetShare × MIN(1, t / ByYear), and never back; NVIDIA
 * spend is (1 − share) × staying spend; alternatives cost Gpus × share × AltPricePerGpu ×
 * (refreshable_share × I(t) in a refresh year + hw_support_pct), with no licences; switching is
 * the share moved × FleetExitCost. Lines after the horizon are multiplied by "In horizon" (0).
 */
const LINES: Readonly<Record<PathLine, YearLine<PathLine>>> = {
  ...timingLines<PathLine>(),
  aim: {
    label: "Share aimed at this year",
    unit: "share",
    format: FORMATS.share,
    year: (c, _, at) => `=TargetShare*MIN(1,${c}${at("year")}/ByYear)`,
  },
  share: {
    label: "Share on alternatives",
    unit: "share",
    format: FORMATS.share,
    year: (c, p, at) =>
      `=IF(${c}${at("refreshYear")}=1,MAX(${p}${at("share")},${c}${at("aim")}),${p}${at("share")})`,
    zero: () => cell.styled(0, "label"),
  },
  nvidia: {
    label: "NVIDIA spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=(1-${c}${at("share")})*${c}${at("staying")}`,
    total: true,
  },
  alternatives: {
    label: "Alternatives spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=Gpus*${c}${at("share")}*AltPricePerGpu*(refreshable_share*${c}${at("priceIndex")}*${c}${at("refreshYear")}+hw_support_pct*${c}${at("inHorizon")})*CurrencyFactor`,
    total: true,
  },
  switching: {
    label: "Switching",
    unit: money,
    format: FORMATS.money,
    year: (c, p, at) =>
      `=(${c}${at("share")}-${p}${at("share")})*FleetExitCost*${c}${at("inHorizon")}`,
    total: true,
  },
  path: {
    label: "Path spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("nvidia")}+${c}${at("alternatives")}+${c}${at("switching")}`,
    total: true,
  },
  staying: {
    label: "Staying spend",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) =>
      `=(Gpus*capex_per_gpu_usd*refreshable_share*${c}${at("priceIndex")}*${c}${at("refreshYear")}+(Gpus*licence_attach_rate*licence_per_gpu_year_usd+Gpus*capex_per_gpu_usd*hw_support_pct)*${c}${at("inHorizon")})*CurrencyFactor`,
    total: true,
  },
  difference: {
    label: "Difference (path − staying)",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("path")}-${c}${at("staying")}`,
    total: true,
  },
  discount: discountLine<PathLine>(),
  pvDifference: {
    label: "PV of the difference",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=${c}${at("difference")}*${c}${at("discount")}`,
    total: true,
  },
  cumulative: {
    label: "Cumulative PV difference",
    unit: money,
    format: FORMATS.money,
    year: (c, p, at) => `=${p}${at("cumulative")}+${c}${at("pvDifference")}`,
    zero: () => cell.styled(0, "label"),
  },
  hhi: {
    label: "Accelerator HHI",
    unit: "points",
    format: FORMATS.integer,
    year: (c, _, at) =>
      `=HhiScale*((1-${c}${at("share")})*(1-${c}${at("share")})+${c}${at("share")}*${c}${at("share")})`,
  },
  exitCost: {
    label: "Remaining exit cost",
    unit: money,
    format: FORMATS.money,
    year: (c, _, at) => `=(1-${c}${at("share")})*FleetExitCost`,
  },
  paidBack: {
    label: "Paid back (cumulative PV ≤ 0 after a move)",
    unit: "year",
    format: FORMATS.integer,
    year: (c, _, at) =>
      `=IF(AND(${c}${at("share")}>0,${c}${at("cumulative")}<=0,${c}${at("inHorizon")}=1),${c}${at("year")},"")`,
  },
};

/**
 * The path in native formulas over the used assumptions, `years` columns wide.
 * @returns where each line is, and the first row after the block
 */
export function pathBlock(
  b: SheetBuilder,
  top: number,
  years: number
): { rows: PathRows; next: number } {
  return yearLinesBlock(b, top, years, "The path, year by year: year 0 is today's fleet", LINES);
}
