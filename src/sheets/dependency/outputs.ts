import { cell, type SheetBuilder } from "../builder";
import { checksTable } from "../common";
import { FORMATS } from "../types";
import { yearSpan } from "../years";
import type { ScheduleRows } from "./schedule";

/**
 * The outputs block: each figure in the selected currency (column B), in USD (B ÷ CurrencyFactor)
 * and in KRW (USD × fx), with the upgrade-cycle count below.
 * @returns the first row after the block
 */
export function outputsBlock(b: SheetBuilder, top: number, s: ScheduleRows): number {
  b.set(`A${top}`, cell.section("Outputs"));
  b.row(`A${top + 1}`, ["Output", "Selected currency", "USD", "KRW", "Notes"].map(cell.header));
  const outputs: readonly (readonly [string, string, string])[] = [
    [
      "Lock-in cost: PV of vendor spend",
      `=C${s.pv}`,
      "Refresh capex + licences + support, discounted",
    ],
    [
      "Lock-in premium: PV paid over a multi-vendor market",
      `=C${s.premium}`,
      "Share vendor_premium/(1+vendor_premium) of refresh capex and licences",
    ],
    [
      "Switching cost (one-off)",
      "=SOVAI.SWITCHING_COST(Entity,Scenario,Overrides)",
      "GPUs × capex × switch_cost_pct × entity multiplier",
    ],
    [
      "Average yearly 'subscription'",
      `=C${s.vendor}/Horizon`,
      "Undiscounted vendor spend per year over the horizon",
    ],
    ["TCO with energy (PV)", `=C${s.pv}+C${s.energyPv}`, "Lock-in cost plus discounted energy"],
  ];
  let r = top + 2;
  for (const [label, formula, note] of outputs) {
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(formula, FORMATS.money),
      cell.formula(`=B${r}/CurrencyFactor`, FORMATS.money),
      cell.formula(`=C${r}*fx_krw_per_usd`, FORMATS.money),
      cell.note(note),
    ]);
    r++;
  }
  b.row(`A${r}`, [
    cell.label("Upgrade cycles within the horizon"),
    cell.formula("=SOVAI.UPGRADE_CYCLES(Horizon,refresh_cycle_years)", FORMATS.integer),
    null,
    null,
    cell.note("Forced platform refreshes (count)"),
  ]);
  return r + 1;
}

/**
 * The checks block: each SOVAI function against the native schedule over the same assumptions,
 * equal within `Tolerance` (relative) or exactly for counts.
 * @returns the first row after the block
 */
export function checksBlock(b: SheetBuilder, top: number, s: ScheduleRows, years: number): number {
  return checksTable(b, top, "Native schedule", [
    [
      "Schedule PV equals SOVAI.LOCKIN_COST over the same assumptions",
      "=SOVAI.LOCKIN_COST(Horizon,Entity,Scenario,Overrides)",
      `=C${s.pv}`,
      "close",
    ],
    [
      "Schedule premium equals SOVAI.LOCKIN_PREMIUM",
      "=SOVAI.LOCKIN_PREMIUM(Horizon,Entity,Scenario,Overrides)",
      `=C${s.premium}`,
      "close",
    ],
    [
      "Refresh years equal SOVAI.UPGRADE_CYCLES",
      "=SOVAI.UPGRADE_CYCLES(Horizon,refresh_cycle_years)",
      `=C${s.refreshYear}`,
      "equal",
    ],
    [
      "Cumulative PV at the horizon equals the PV total",
      `=C${s.pv}`,
      `=INDEX(${yearSpan(s, "cumulative", years)},1,Horizon)`,
      "close",
    ],
  ]);
}
