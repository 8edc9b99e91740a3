/* global HTMLElement */
import { FormulaInsertError, insertFormula } from "../excel/insert-formula";
import { el, setText } from "./dom";
import { REFERENCE, searchReference, type ReferenceEntry } from "./reference";

/** The searchable function reference; each entry can put its example in the selected cell. */
export function referenceSection(canInsert: boolean): HTMLElement {
  const search = el("input", {
    id: "reference-search",
    type: "search",
    placeholder: "e.g. cost, Samsung, HHI",
    autocomplete: "off",
  });
  const count = el("p", { class: "meta", role: "status", "aria-live": "polite" });
  const list = el("ul", { class: "reference", id: "reference-list" });
  const items = new Map(REFERENCE.map((entry) => [entry.id, entryItem(entry, canInsert)]));
  for (const item of items.values()) list.append(item);

  const update = () => {
    const shown = new Set(searchReference(REFERENCE, search.value).map((e) => e.id));
    for (const [id, item] of items) item.hidden = !shown.has(id);
    setText(count, `${shown.size} of ${REFERENCE.length} functions`);
  };
  search.addEventListener("input", update);
  update();

  return el(
    "section",
    { "aria-labelledby": "reference-heading" },
    el("h2", { id: "reference-heading" }, "Function reference"),
    el("label", { for: "reference-search" }, "Search functions"),
    search,
    count,
    list
  );
}

function entryItem(entry: ReferenceEntry, canInsert: boolean): HTMLElement {
  const example = entry.examples[0] ?? `=SOVAI.${entry.id}()`;
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  const button = el(
    "button",
    {
      type: "button",
      disabled: !canInsert,
      "aria-label": `Insert ${example} in the selected cell`,
    },
    "Insert in selected cell"
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const address = await insertFormula(example);
      status.className = "status ok";
      setText(status, `Inserted ${example} in ${address}.`);
    } catch (error) {
      status.className = "status error";
      setText(
        status,
        error instanceof FormulaInsertError || error instanceof Error
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
    el("h3", {}, el("code", {}, entry.signature)),
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
    el("p", { class: "example" }, "Example: ", el("code", {}, example)),
    button,
    status
  );
}
