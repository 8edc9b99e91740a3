/* global HTMLElement */
import { FormulaInsertError, insertFormula } from "../excel/insert-formula";
import { el, setText, formulaCode } from "./dom";
import type { PaneLanguage } from "./language";
import { searchReference, type ReferenceEntry } from "./reference";

/** The searchable function reference; each entry can put its example in the selected cell. */
export function referenceSection(canInsert: boolean, lang: PaneLanguage): HTMLElement {
  const { text, reference, number } = lang;
  const search = el("input", {
    id: "reference-search",
    type: "search",
    placeholder: text.searchPlaceholder,
    autocomplete: "off",
  });
  const count = el("p", { class: "meta", role: "status", "aria-live": "polite" });
  const list = el("ul", { class: "reference", id: "reference-list" });
  const items = new Map(reference.map((entry) => [entry.id, entryItem(entry, canInsert, lang)]));
  for (const item of items.values()) list.append(item);

  const update = () => {
    const shown = new Set(searchReference(reference, search.value).map((e) => e.id));
    for (const [id, item] of items) item.hidden = !shown.has(id);
    setText(count, text.shownOf({ shown: number(shown.size), total: number(reference.length) }));
  };
  search.addEventListener("input", update);
  update();

  return el(
    "section",
    { "aria-labelledby": "reference-heading" },
    el("h2", { id: "reference-heading" }, text.referenceHeading),
    el("label", { for: "reference-search" }, text.searchLabel),
    search,
    count,
    list
  );
}

function entryItem(entry: ReferenceEntry, canInsert: boolean, { text }: PaneLanguage): HTMLElement {
  const example = entry.examples[0] ?? `=SOVAI.${entry.id}()`;
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  const button = el(
    "button",
    {
      type: "button",
      disabled: !canInsert,
      "aria-label": text.insertExampleLabel({ formula: example }),
    },
    text.insertInCell
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const address = await insertFormula(example);
      status.className = "status ok";
      setText(status, text.insertedFormula({ formula: example, address }));
    } catch (error) {
      status.className = "status error";
      setText(
        status,
        error instanceof FormulaInsertError
          ? text.cellNotEmpty({ address: error.address })
          : error instanceof Error
            ? error.message
            : String(error)
      );
    } finally {
      button.disabled = false;
    }
  });
  return el(
    "li",
    { id: `fn-${entry.id}` },
    el("h3", {}, formulaCode(entry.signature)),
    el("p", {}, entry.description),
    entry.parameters.length
      ? el(
          "dl",
          {},
          ...entry.parameters.flatMap((p) => [
            el("dt", {}, el("code", {}, p.optional ? `[${p.name}]` : p.name)),
            el("dd", {}, p.description),
          ])
        )
      : null,
    el("p", { class: "example" }, text.example, formulaCode(example)),
    button,
    status
  );
}
