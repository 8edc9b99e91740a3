/* global HTMLElement, HTMLInputElement */
import { freezeSheets, listSheets, unfreeze } from "../excel/freeze";
import { el, setText } from "./dom";
import { textIn } from "../sheets/localize";
import { sheetTable, type PaneLanguage } from "./language";
import { restsOnOf } from "./reference";
import { stepText } from "./steps";

/**
 * "Freeze & share": swaps SOVAI formulas for their values on the chosen sheets (by default the
 * ones the add-in inserted) so people without the add-in see numbers, not #NAME?; Unfreeze
 * puts the formulas back from the provenance record, written in the pane's language.
 */
export function freezeSection(canUse: boolean, lang: PaneLanguage): HTMLElement {
  const { text, number } = lang;
  const list = el("div", { class: "sheet-list", id: "share-sheets" });
  const status = el("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    id: "share-status",
  });
  const refresh = el("button", { type: "button", disabled: !canUse }, text.refreshList);
  const freeze = el(
    "button",
    { type: "button", class: "primary", disabled: !canUse, "aria-describedby": "share-status" },
    text.freezeSelected
  );
  const thaw = el(
    "button",
    { type: "button", disabled: !canUse, "aria-describedby": "share-status" },
    text.unfreeze
  );

  const show = (kind: "ok" | "error" | "", message: string) => {
    status.className = `status ${kind}`.trim();
    setText(status, message);
  };
  const busy = async (action: () => Promise<void>) => {
    for (const b of [refresh, freeze, thaw]) b.disabled = true;
    try {
      await action();
    } catch (error) {
      show("error", `${error instanceof Error ? error.message : String(error)} ${text.undoHint}`);
    } finally {
      for (const b of [refresh, freeze, thaw]) b.disabled = false;
    }
  };
  const load = () =>
    busy(async () => {
      const sheets = await listSheets();
      list.replaceChildren(
        ...sheets.map((s, i) =>
          el(
            "label",
            { class: "check", for: `share-sheet-${i}` },
            el("input", {
              type: "checkbox",
              id: `share-sheet-${i}`,
              value: s.name,
              checked: s.inserted,
            }),
            s.inserted ? text.insertedBySovai({ name: s.name }) : s.name
          )
        )
      );
      if (sheets.length === 0) setText(list, text.noSheets);
    });

  refresh.addEventListener("click", load);
  freeze.addEventListener("click", () =>
    busy(async () => {
      const chosen = Array.from(list.querySelectorAll<HTMLInputElement>("input:checked")).map(
        (i) => i.value
      );
      if (chosen.length === 0) return show("error", text.chooseSheet);
      const result = await freezeSheets(
        chosen,
        restsOnOf,
        (s) => show("", stepText(s, lang)),
        textIn(await sheetTable(lang.language))
      );
      const skipped = result.skipped.length
        ? text.skippedCells({
            count: number(result.skipped.length),
            first: result.skipped.slice(0, 3).join(", "),
          })
        : "";
      show(
        "ok",
        (result.frozen
          ? text.froze({ cells: number(result.frozen), sheets: number(chosen.length) })
          : text.nothingToFreeze) + skipped
      );
    })
  );
  thaw.addEventListener("click", () =>
    busy(async () => {
      const result = await unfreeze(
        (s) => show("", stepText(s, lang)),
        textIn(await sheetTable(lang.language))
      );
      const kept = result.kept.length ? text.keptCells({ count: number(result.kept.length) }) : "";
      show(
        "ok",
        result.restored || kept
          ? text.restored({ formulas: number(result.restored) }) + kept
          : text.nothingFrozen
      );
    })
  );
  if (canUse) void load();
  else setText(status, text.shareNeedsExcel);

  return el(
    "section",
    { "aria-labelledby": "share-heading", class: "card" },
    el("h2", { id: "share-heading" }, text.shareHeading),
    el("p", { class: "description" }, text.shareDescription),
    el("fieldset", {}, el("legend", {}, text.sheetsToFreeze), list),
    el("div", { class: "actions" }, freeze, thaw, refresh),
    status
  );
}
