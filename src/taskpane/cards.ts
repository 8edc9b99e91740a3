/* global HTMLElement, HTMLSelectElement, HTMLInputElement */
import { SCENARIOS, type Currency, type Scenario } from "../model";
import { ENTITY_CHOICES } from "../sheets/common";
import { insertSheet } from "../excel/insert-sheet";
import { renderSheet, SHEETS, type SheetOptions } from "../sheets";
import { MAX_SHEET_HORIZON } from "../sheets/types";
import type { SheetTemplate } from "../sheets";
import { el, setText } from "./dom";

const DEFAULTS: SheetOptions = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" };

/** One card per sheet: its options, an Insert button, and a live status line. */
export function sheetCards(canInsert: boolean): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "sheets-heading", class: "cards" },
    el("h2", { id: "sheets-heading" }, "Insert a model sheet"),
    ...SHEETS.map((template) => card(template, canInsert))
  );
}

function card(template: SheetTemplate, canInsert: boolean): HTMLElement {
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
  const select = (key: keyof SheetOptions, values: readonly string[], value: string) =>
    el(
      "select",
      { id: id(key) },
      ...values.map((v) => el("option", { value: v, selected: v === value }, v))
    );

  const fields: HTMLElement[] = [];
  if (template.options.includes("scenario"))
    fields.push(field("scenario", "Scenario", select("scenario", SCENARIOS, DEFAULTS.scenario)));
  if (template.options.includes("horizon")) {
    const input = el("input", {
      id: id("horizon"),
      type: "number",
      min: "1",
      max: String(MAX_SHEET_HORIZON),
      step: "1",
      value: String(DEFAULTS.horizon),
      inputmode: "numeric",
    });
    fields.push(field("horizon", `Horizon (years, 1–${MAX_SHEET_HORIZON})`, input));
  }
  if (template.options.includes("entity")) {
    fields.push(field("entity", "Entity", select("entity", ENTITY_CHOICES, DEFAULTS.entity)));
  }
  if (template.options.includes("currency"))
    fields.push(
      field("currency", "Currency", select("currency", ["USD", "KRW"], DEFAULTS.currency))
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
    "aria-label": `Inserting ${template.title}`,
  });
  const button = el(
    "button",
    { type: "button", class: "primary", "aria-describedby": id("status"), disabled: !canInsert },
    `Insert ${template.title}`
  );
  if (!canInsert) setText(status, "Open this pane in Excel to insert the sheet.");

  button.addEventListener("click", async () => {
    const options = readOptions(controls);
    if (typeof options === "string") {
      status.className = "status error";
      setText(status, options);
      return;
    }
    button.disabled = true;
    progress.hidden = false;
    status.className = "status";
    try {
      const name = await insertSheet(renderSheet(template.key, options), (message) =>
        setText(status, message)
      );
      status.className = "status ok";
      setText(status, `Inserted '${name}'.`);
    } catch (error) {
      status.className = "status error";
      setText(status, error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });

  return el(
    "article",
    { class: "card", "aria-labelledby": id("title") },
    el("h3", { id: id("title") }, template.title),
    el("p", { class: "description" }, template.description),
    fields.length ? el("div", { class: "fields" }, ...fields) : null,
    el("div", { class: "actions" }, button, progress),
    status
  );
}

/** The card's options, or a sentence saying what is wrong with them. */
function readOptions(
  controls: Partial<Record<keyof SheetOptions, HTMLSelectElement | HTMLInputElement>>
): SheetOptions | string {
  const horizon = controls.horizon ? Number(controls.horizon.value) : DEFAULTS.horizon;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_SHEET_HORIZON)
    return `Horizon must be a whole number of years from 1 to ${MAX_SHEET_HORIZON}.`;
  return {
    scenario: (controls.scenario?.value ?? DEFAULTS.scenario) as Scenario,
    horizon,
    entity: controls.entity?.value ?? DEFAULTS.entity,
    currency: (controls.currency?.value ?? DEFAULTS.currency) as Currency,
  };
}
