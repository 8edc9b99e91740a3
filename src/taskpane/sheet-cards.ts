/* global HTMLElement, HTMLSelectElement, HTMLInputElement */
import {
  CURRENCIES,
  MAX_SEED,
  MAX_TRIALS,
  MEASURES,
  MIN_TRIALS,
  SCENARIOS,
  type Currency,
  type Measure,
  type Scenario,
} from "../model";
import { ENTITY_CHOICES } from "../sheets/common";
import { InsertError, insertSheet } from "../excel/insert-sheet";
import { renderSheet, SHEETS, type SheetOptions } from "../sheets";
import { MAX_SHEET_HORIZON, SHEET_DEFAULTS } from "../sheets/types";
import type { SheetTemplate } from "../sheets";
import { el, setText } from "./dom";
import { sheetTable, type PaneLanguage } from "./language";
import { stepText } from "./steps";

/** One card per sheet: its options, an Insert button, and a live status line. */
export function sheetCards(canInsert: boolean, lang: PaneLanguage): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "sheets-heading", class: "cards" },
    el("h2", { id: "sheets-heading" }, lang.text.sheetsHeading),
    ...SHEETS.map((template) => card(template, canInsert, lang))
  );
}

function card(template: SheetTemplate, canInsert: boolean, lang: PaneLanguage): HTMLElement {
  const { text } = lang;
  const title = lang.sheetText(template.title);
  const id = (field: string) => `${template.key}-${field}`;
  const controls: Partial<Record<keyof SheetOptions, HTMLSelectElement | HTMLInputElement>> = {};
  const field = (
    key: keyof SheetOptions,
    label: string,
    control: HTMLSelectElement | HTMLInputElement
  ) => {
    controls[key] = control;
    return el("label", { for: control.id }, label, control);
  };
  /** A drop-down of ids; `shown` words an option where its id is not what a reader sees. */
  const select = (
    key: keyof SheetOptions,
    values: readonly string[],
    value: string,
    shown: (v: string) => string = (v) => v
  ) =>
    el(
      "select",
      { id: id(key) },
      ...values.map((v) => el("option", { value: v, selected: v === value }, shown(v)))
    );

  const fields: HTMLElement[] = [];
  if (template.options.includes("scenario"))
    fields.push(
      field(
        "scenario",
        text.field.scenario,
        select("scenario", SCENARIOS, SHEET_DEFAULTS.scenario, (v) => text.choice[v as Scenario])
      )
    );
  if (template.options.includes("horizon")) {
    const input = el("input", {
      id: id("horizon"),
      type: "number",
      min: "1",
      max: String(MAX_SHEET_HORIZON),
      step: "1",
      value: String(SHEET_DEFAULTS.horizon),
      inputmode: "numeric",
    });
    fields.push(
      field("horizon", text.field.horizon({ max: lang.number(MAX_SHEET_HORIZON) }), input)
    );
  }
  if (template.options.includes("entity")) {
    fields.push(
      field("entity", text.field.entity, select("entity", ENTITY_CHOICES, SHEET_DEFAULTS.entity))
    );
  }
  if (template.options.includes("measure"))
    fields.push(
      field(
        "measure",
        text.field.measure,
        select("measure", MEASURES, "cost", (v) => text.choice[v as Measure])
      )
    );
  const whole = (key: "trials" | "seed", label: string, min: number, max: number, value: number) =>
    fields.push(
      field(
        key,
        label,
        el("input", {
          id: id(key),
          type: "number",
          min: String(min),
          max: String(max),
          step: "1",
          value: String(value),
          inputmode: "numeric",
        })
      )
    );
  if (template.options.includes("trials"))
    whole("trials", text.field.trials, MIN_TRIALS, MAX_TRIALS, SHEET_DEFAULTS.trials);
  if (template.options.includes("seed"))
    whole("seed", text.field.seed, 0, MAX_SEED, SHEET_DEFAULTS.seed);
  if (template.options.includes("currency"))
    fields.push(
      field(
        "currency",
        text.field.currency,
        select("currency", CURRENCIES, SHEET_DEFAULTS.currency)
      )
    );
  // Every card: the sheet's language, by default the pane's; each named in itself.
  fields.push(
    field(
      "language",
      text.field.language,
      select("language", ["en", "ko"], lang.language, (v) => (v === "ko" ? "한국어" : "English"))
    )
  );

  const status = el("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    id: id("status"),
  });
  const progress = el("progress", {
    class: "progress",
    hidden: true,
    "aria-label": text.inserting({ title }),
  });
  const button = el(
    "button",
    { type: "button", class: "primary", "aria-describedby": id("status"), disabled: !canInsert },
    text.insert({ title })
  );
  if (!canInsert) setText(status, text.insertNeedsExcel);

  button.addEventListener("click", async () => {
    const options = readOptions(controls, lang);
    if (typeof options === "string") {
      status.className = "status error";
      setText(status, options);
      return;
    }
    button.disabled = true;
    progress.hidden = false;
    status.className = "status";
    try {
      const table = await sheetTable(options.language ?? "en");
      const name = await insertSheet(renderSheet(template.key, options, table), (step) =>
        setText(status, stepText(step, lang))
      );
      status.className = "status ok";
      setText(status, text.inserted({ name }));
    } catch (error) {
      status.className = "status error";
      setText(
        status,
        error instanceof InsertError
          ? text.insertFailed({ name: error.sheetName, reason: error.reason })
          : error instanceof Error
            ? error.message
            : String(error)
      );
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });

  return el(
    "article",
    { class: "card", "aria-labelledby": id("title") },
    el("h3", { id: id("title") }, title),
    el("p", { class: "description" }, lang.sheetText(template.description)),
    fields.length ? el("div", { class: "fields" }, ...fields) : null,
    el("div", { class: "actions" }, button, progress),
    status
  );
}

/** The card's options, or a sentence saying what is wrong with them. */
function readOptions(
  controls: Partial<Record<keyof SheetOptions, HTMLSelectElement | HTMLInputElement>>,
  { text, number }: PaneLanguage
): SheetOptions | string {
  const horizon = controls.horizon ? Number(controls.horizon.value) : SHEET_DEFAULTS.horizon;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_SHEET_HORIZON)
    return text.horizonInvalid({ max: number(MAX_SHEET_HORIZON) });
  const trials = controls.trials ? Number(controls.trials.value) : SHEET_DEFAULTS.trials;
  if (!Number.isInteger(trials) || trials < MIN_TRIALS || trials > MAX_TRIALS)
    return text.trialsInvalid({ min: number(MIN_TRIALS), max: number(MAX_TRIALS) });
  const seed = controls.seed ? Number(controls.seed.value) : SHEET_DEFAULTS.seed;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    return text.seedInvalid({ max: String(MAX_SEED) });
  return {
    scenario: (controls.scenario?.value ?? SHEET_DEFAULTS.scenario) as Scenario,
    horizon,
    entity: controls.entity?.value ?? SHEET_DEFAULTS.entity,
    currency: (controls.currency?.value ?? SHEET_DEFAULTS.currency) as Currency,
    measure: (controls.measure?.value ?? "cost") as Measure,
    trials,
    seed,
    language: controls.language?.value === "ko" ? "ko" : "en",
  };
}
