/**
 * The sheets the task pane inserts, by key, with the options each card offers.
 */
import { allocationSheet } from "./allocation";
import { dependencySheet } from "./dependency";
import { render } from "./render";
import { riskSheet } from "./risk";
import { scenariosSheet } from "./scenarios";
import { sovereigntySheet } from "./sovereignty";
import { localizePrint, localizeSpec, type SheetTable } from "./localize";
import { ENTITY_CHOICES } from "./common";
import { ASSUMPTION_NAMES, MEASURES, SCENARIOS, type Language } from "../model";
import type { RenderedSheet, SheetOptions, SheetSpec } from "./types";

/**
 * A sheet the pane offers and the export writes: its key, its card's title and description (in
 * English; the Korean is in the sheet's part of src/i18n/ko/sheets/, and the build names any
 * that is missing), the options the card offers, and the template.
 */
export interface SheetTemplate {
  readonly key: string;
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
    options: ["horizon", "entity", "currency"],
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
  {
    key: "sovereignty",
    title: "Sovereignty path",
    description:
      "Moving part of the fleet off NVIDIA at refreshes: the path against staying year by year in native formulas, its net PV, break-even year, HHI and remaining exit cost.",
    options: ["scenario", "horizon", "entity", "currency"],
    build: sovereigntySheet,
  },
];

/** Values the sheets show as they are in every language: entity, scenario, measure and assumption names. */
const NAMES: ReadonlySet<string> = new Set([
  ...ENTITY_CHOICES,
  ...SCENARIOS,
  ...MEASURES,
  ...ASSUMPTION_NAMES,
]);

/**
 * Renders a sheet by key, in `options.language` (English by default).
 * @param table - the language's sheet text (src/i18n/ko/sheets.ts); needed for any language but English
 * @param missing - collects prose the table lacks (the build's completeness check)
 */
export function renderSheet(
  key: SheetTemplate["key"],
  options: SheetOptions,
  table?: SheetTable,
  missing?: Set<string>
): RenderedSheet {
  const template = SHEETS.find((s) => s.key === key);
  if (!template) throw new Error(`Unknown sheet "${key}"`);
  return renderSpec(template.build(options), options.language ?? "en", table, missing);
}

/**
 * Renders a sheet described outside the registry (the export's model sheet) in `language`, with
 * the same table and completeness check as `renderSheet`.
 */
export function renderSpec(
  spec: SheetSpec,
  language: Language,
  table?: SheetTable,
  missing?: Set<string>
): RenderedSheet {
  if (language === "en") return render(spec);
  if (!table) throw new Error(`No sheet text given for "${language}"`);
  const sheet = render(localizeSpec(spec, language, table, NAMES, missing));
  return { ...sheet, print: localizePrint(sheet.print, table, NAMES, missing) };
}

export { render };
export { SHEET_DEFAULTS } from "./types";
export type { RenderedSheet, SheetOptions, SheetSpec, SheetTable };
