import { CURRENCIES, DATA_AS_OF, entityNames, MODEL_VERSION, SCENARIOS } from "../model";
import { cell, SheetBuilder } from "./builder";
import { DEAL_LINK, sourceLinks } from "./sources";
import { FORMATS, type SheetOptions, type YearSpan } from "./types";

/**
 * The label left of every sheet's Master check, in each language the sheets are written in: the
 * workbook doctor finds Master checks by it (a test holds the Korean one to src/i18n/ko/sheets.ts).
 */
export const MASTER_CHECK_LABELS: readonly string[] = ["Master check", "종합 검사"];

/** A sheet-scoped name on every inserted sheet, so the pane can tell its sheets from the user's. */
export const SHEET_MARKER = "SovAI_Sheet";

/**
 * Rows 1–5 of every sheet: title, what it shows, master check, model version, legend. The title
 * cell is `titleFormula` when given, so it follows the sheet's inputs; `title` is what page
 * headers print.
 */
export function masthead(
  b: SheetBuilder,
  title: string,
  purpose: string,
  titleFormula?: string
): void {
  b.set("A1", titleFormula ? { formula: titleFormula, style: "title" } : cell.title(title));
  b.title(title);
  b.name(
    SHEET_MARKER,
    "A1",
    `Inserted by SovAI ${MODEL_VERSION}: Freeze & share treats this sheet as the add-in's`
  );
  b.set("A2", cell.subtitle(purpose));
  b.set("A3", cell.label(MASTER_CHECK_LABELS[0]));
  b.masterCheck("B3");
  b.set("C3", cell.note("TRUE when every check on this sheet holds"));
  b.set("A4", cell.label("Model"));
  b.set("B4", cell.formula("=SOVAI.MODEL_VERSION()"));
  b.row("A5", [
    cell.label("Legend"),
    cell.styled("Input", "input"),
    cell.styled("Formula", "formula"),
    cell.styled(true, "check"),
  ]);
  // Under the legend, in the repeated print-title columns, so a sheet printed across pages
  // never cuts it at a page edge or prints it over another page's cells.
  b.set(
    "A6",
    cell.note(
      "Inputs are blue on yellow; checks turn green when TRUE, red when FALSE; units have their own column."
    )
  );
  b.freeze(3, 1);
}

/** The scenario input on row `row`, labelled, named `Scenario`, with its validation list. */
export function scenarioInput(b: SheetBuilder, row: number, value: string): void {
  const address = `B${row}`;
  b.row(`A${row}`, [cell.label("Scenario"), cell.input(value), cell.unit("base / low / high")]);
  b.name(
    "Scenario",
    address,
    "base, low or high: which end of every range the SOVAI functions take"
  );
  b.validate({
    ref: address,
    list: SCENARIOS,
    prompt: "base = announced figures; low = cost-minimising; high = cost-maximising",
  });
}

/** What an entity input may hold: the total or one of the five recipients, by canonical name. */
export const ENTITY_CHOICES: readonly string[] = ["Total", ...entityNames()];

/** The entity input on row `row`, named `Entity`, with its validation list. */
export function entityInput(b: SheetBuilder, row: number, value: string): void {
  b.row(`A${row}`, [cell.label("Entity"), cell.input(value), cell.unit("name or Total")]);
  b.name("Entity", `B${row}`, "Whose GPUs: one of the five recipients, or Total");
  b.validate({
    ref: `B${row}`,
    list: ENTITY_CHOICES,
    prompt: "One recipient, or Total for all five",
  });
}

/**
 * The tiny constants formulas name instead of writing inline, 1e-9 each: the relative tolerance
 * checks compare two computations of one figure with, and the margin added before rounding
 * t / cycle down (so 15/3 counts as 5, not 4). Label, unit and the name's comment.
 */
const EPSILONS = {
  Tolerance: [
    "Check tolerance",
    "relative",
    "Relative tolerance for checks that compare two computations of one figure",
  ],
  GenerationMargin: [
    "Generation rounding margin",
    "generations",
    "Added before rounding t / cycle down, so 15/3 counts as 5, not 4",
  ],
} as const;

function epsilonInput(b: SheetBuilder, row: number, name: keyof typeof EPSILONS): void {
  const [label, unit, comment] = EPSILONS[name];
  b.row(`A${row}`, [cell.label(label), cell.input(1e-9, "0.0E+00"), cell.unit(unit)]);
  b.name(name, `B${row}`, comment);
}

/** A labelled whole-number input in A:C of row `row` (name it with `b.name`). */
export function integerInput(
  b: SheetBuilder,
  row: number,
  label: string,
  value: number,
  unit: string
): void {
  b.row(`A${row}`, [cell.label(label), cell.input(value, FORMATS.integer), cell.unit(unit)]);
}

/** The relative tolerance checks compare floating-point results with, named `Tolerance`. */
export function toleranceInput(b: SheetBuilder, row: number): void {
  epsilonInput(b, row, "Tolerance");
}

/**
 * The horizon input on row `row`, named `Horizon`: whole years up to the `years` columns laid out.
 * @param what - what the horizon is of, for the name's comment ("lock-in to cost")
 */
export function horizonInput(b: SheetBuilder, row: number, span: YearSpan, what: string): void {
  const { years, horizon } = span;
  b.row(`A${row}`, [
    cell.label("Horizon"),
    cell.input(horizon, FORMATS.integer),
    cell.unit(`years (1 to ${years})`),
  ]);
  b.name("Horizon", `B${row}`, `Years of ${what}; the sheet has ${years} year columns`);
  b.validate({
    ref: `B${row}`,
    wholeNumber: { min: 1, max: years },
    prompt: `Whole years from 1 to ${years}. Insert the sheet again for a longer schedule.`,
  });
}

/**
 * The head of an inputs block: its section title on row `top`, then the scenario, the horizon
 * (of `what`) and the entity, one a row.
 * @returns the entity's row
 */
export function scopeInputs(
  b: SheetBuilder,
  top: number,
  options: SheetOptions,
  span: YearSpan,
  what: string
): number {
  b.set(`A${top}`, cell.section("Inputs"));
  scenarioInput(b, top + 1, options.scenario);
  horizonInput(b, top + 2, span, what);
  entityInput(b, top + 3, options.entity);
  return top + 3;
}

/** The currency input on row `row`, named `Currency`, with its validation list. */
export function currencyInput(b: SheetBuilder, row: number, value: string): void {
  b.row(`A${row}`, [cell.label("Currency"), cell.input(value), cell.unit("USD / KRW")]);
  b.name("Currency", `B${row}`, "Currency of the native lines and the SOVAI results");
  b.validate({ ref: `B${row}`, list: CURRENCIES, prompt: "USD, or KRW at fx_krw_per_usd" });
}

/** The GPUs of the entity under the scenario on row `row`, named `Gpus`. */
export function gpusInScope(b: SheetBuilder, row: number): void {
  b.row(`A${row}`, [
    cell.label("GPUs in scope"),
    cell.formula("=SOVAI.KOREA_GPUS(Entity,Scenario)", FORMATS.integer),
    cell.unit("GPUs"),
  ]);
  b.name("Gpus", `B${row}`, "GPUs announced for the entity under the scenario");
}

/**
 * The tolerance and the margin added before rounding t / cycle down (`GenerationMargin`), on
 * rows `row` and `row + 1`, for sheets that count generations.
 * @returns the margin's row
 */
export function precisionInputs(b: SheetBuilder, row: number): number {
  epsilonInput(b, row, "Tolerance");
  epsilonInput(b, row + 1, "GenerationMargin");
  return row + 1;
}

/** A check row: label, the SOVAI function's value, the sheet's own computation, and how to compare. */
export type CheckRow = readonly [
  label: string,
  fn: string,
  native: string,
  kind: "close" | "equal",
];

/**
 * The checks block: each SOVAI function against the sheet's native computation over the same
 * assumptions, equal within `Tolerance` (relative) or exactly.
 * @returns the first row after the block
 */
export function checksTable(
  b: SheetBuilder,
  top: number,
  nativeHeader: string,
  checks: readonly CheckRow[]
): number {
  b.set(`A${top}`, cell.section("Checks"));
  b.row(`A${top + 1}`, ["Check", "SOVAI function", nativeHeader, "Passes"].map(cell.header));
  let r = top + 2;
  for (const [label, fn, native, kind] of checks) {
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(fn, FORMATS.money),
      cell.formula(native, FORMATS.money),
      kind === "close"
        ? cell.check(`=ABS(C${r}-B${r})<=Tolerance*MAX(1,ABS(B${r}))`)
        : cell.check(`=B${r}=C${r}`),
    ]);
    b.check(`D${r}`);
    r++;
  }
  return r;
}

/**
 * The sources block: one row per subject (an assumption, an entity) with its fact ids and a short
 * labelled link per source ("Korea Herald, 27 Feb 2026"), then the data's as-of date and the
 * model version.
 * @returns the first row after the block
 */
export function sourcesBlock(
  b: SheetBuilder,
  row: number,
  subjects: readonly (readonly [label: string, factIds: readonly string[], judgement?: boolean])[]
): number {
  b.set(`A${row}`, cell.section("Sources"));
  b.row(`A${row + 1}`, [cell.header("Subject"), cell.header("Facts"), cell.header("Source")]);
  b.row(`A${row + 2}`, [
    cell.label("The deal"),
    cell.key("D1–D12"),
    cell.link(DEAL_LINK.label, DEAL_LINK.url),
  ]);
  // One link per row, so the block stays three columns wide on screen and on paper.
  let r = row + 3;
  for (const [label, facts, judgement] of subjects) {
    const ids = facts.join(", ");
    const links = sourceLinks(facts);
    b.row(`A${r}`, [
      cell.label(label),
      cell.key(judgement ? (ids ? `Judgement; ${ids}` : "Judgement") : ids),
      links.length ? cell.link(links[0].label, links[0].url) : cell.note("No public source"),
    ]);
    for (const l of links.slice(1)) b.set(`C${++r}`, cell.link(l.label, l.url));
    r++;
  }
  const end = r;
  b.row(`A${end}`, [cell.label("Data as of"), cell.styled(DATA_AS_OF, "label")]);
  b.row(`A${end + 1}`, [cell.label("Model version"), cell.styled(MODEL_VERSION, "label")]);
  // Two short lines rather than one long one, which would run past the page's edge.
  b.row(`A${end + 2}`, [
    cell.label("Facts"),
    cell.note("Each fact id's date, confidence and links are in the add-in's docs/model.md."),
  ]);
  b.set(`B${end + 3}`, cell.note("Every assumption's links: =SOVAI.LOCKIN_ASSUMPTIONS()."));
  return end + 4;
}

export { FORMATS };
