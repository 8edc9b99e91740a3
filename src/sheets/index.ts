/**
 * The sheets the task pane inserts, by key, with what a card shows about each.
 */
import { allocationSheet } from "./allocation";
import { dependencySheet } from "./dependency";
import { render } from "./render";
import { riskSheet } from "./risk";
import { scenariosSheet } from "./scenarios";
import type { RenderedSheet, SheetOptions, SheetSpec } from "./types";

export interface SheetTemplate {
  readonly key: "allocation" | "dependency" | "scenarios" | "risk";
  readonly title: string;
  readonly description: string;
  /** Which options the card offers. */
  readonly options: readonly (keyof SheetOptions)[];
  readonly build: (options: SheetOptions) => SheetSpec;
}

export const SHEETS: readonly SheetTemplate[] = [
  {
    key: "allocation",
    title: "Allocation",
    description:
      "The five recipients as an Excel table: GPUs, shares, all-in capex and lock-in multipliers, with a chart.",
    options: ["scenario"],
    build: allocationSheet,
  },
  {
    key: "dependency",
    title: "Dependency & lock-in cost",
    description:
      "Assumptions you can override, the year-by-year lock-in schedule in native formulas, outputs in USD and KRW, and the stack dependency map.",
    options: ["scenario", "horizon", "entity", "currency"],
    build: dependencySheet,
  },
  {
    key: "scenarios",
    title: "Scenarios",
    description:
      "Low, base and high at 5, 10 and 15 years, and a tornado-ready sensitivity of LOCKIN_COST.",
    options: ["horizon", "entity"],
    build: scenariosSheet,
  },
  {
    key: "risk",
    title: "Risk",
    description:
      "The distribution between low and high: percentiles, a histogram and the inputs that drive the spread, from a seeded simulation.",
    options: ["horizon", "entity", "measure", "trials", "seed", "currency"],
    build: riskSheet,
  },
];

/** Renders a sheet by key. */
export function renderSheet(key: SheetTemplate["key"], options: SheetOptions): RenderedSheet {
  const template = SHEETS.find((s) => s.key === key);
  if (!template) throw new Error(`Unknown sheet "${key}"`);
  return render(template.build(options));
}

export { render };
export type { RenderedSheet, SheetOptions, SheetSpec };
