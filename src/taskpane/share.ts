/* global HTMLElement, HTMLInputElement */
import { freezeSheets, listSheets, unfreeze } from "../excel/share";
import { el, setText } from "./dom";

/**
 * "Freeze & share": swaps SOVAI formulas for their values on the chosen sheets (by default the
 * ones the add-in inserted) so people without the add-in see numbers, not #NAME?; Unfreeze
 * puts the formulas back from the SovAI Provenance record.
 */
export function shareSection(canUse: boolean): HTMLElement {
  const list = el("div", { class: "sheet-list", id: "share-sheets" });
  const status = el("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    id: "share-status",
  });
  const refresh = el("button", { type: "button", disabled: !canUse }, "Refresh list");
  const freeze = el(
    "button",
    { type: "button", class: "primary", disabled: !canUse, "aria-describedby": "share-status" },
    "Freeze selected"
  );
  const thaw = el(
    "button",
    { type: "button", disabled: !canUse, "aria-describedby": "share-status" },
    "Unfreeze"
  );

  const show = (kind: "ok" | "error" | "", text: string) => {
    status.className = `status ${kind}`.trim();
    setText(status, text);
  };
  const busy = async (action: () => Promise<void>) => {
    for (const b of [refresh, freeze, thaw]) b.disabled = true;
    try {
      await action();
    } catch (error) {
      show(
        "error",
        `${error instanceof Error ? error.message : String(error)} Press Ctrl+Z to undo any part that was applied.`
      );
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
            s.inserted ? `${s.name} (inserted by SovAI)` : s.name
          )
        )
      );
      if (sheets.length === 0) setText(list, "No sheets yet.");
    });

  refresh.addEventListener("click", load);
  freeze.addEventListener("click", () =>
    busy(async () => {
      const chosen = Array.from(list.querySelectorAll<HTMLInputElement>("input:checked")).map(
        (i) => i.value
      );
      if (chosen.length === 0) return show("error", "Choose at least one sheet to freeze.");
      const result = await freezeSheets(chosen, (m) => show("", m));
      const skipped = result.skipped.length
        ? ` ${result.skipped.length} cells showing errors keep their formulas (${result.skipped.slice(0, 3).join(", ")}…).`
        : "";
      show(
        "ok",
        result.frozen
          ? `Froze ${result.frozen} cells on ${chosen.length} sheet(s); each is listed in 'SovAI Provenance'.${skipped}`
          : `No SOVAI formulas to freeze on the chosen sheets.${skipped}`
      );
    })
  );
  thaw.addEventListener("click", () =>
    busy(async () => {
      const result = await unfreeze((m) => show("", m));
      const kept = result.kept.length
        ? ` ${result.kept.length} cells edited since the freeze were left as they are and stay on the record.`
        : "";
      show(
        "ok",
        result.restored || kept
          ? `Restored ${result.restored} formulas.${kept}`
          : "Nothing is frozen in this workbook."
      );
    })
  );
  if (canUse) void load();
  else setText(status, "Open this pane in Excel to freeze or unfreeze sheets.");

  return el(
    "section",
    { "aria-labelledby": "share-heading", class: "card" },
    el("h2", { id: "share-heading" }, "Freeze & share"),
    el(
      "p",
      { class: "description" },
      "Sending the workbook to someone without the add-in? Freeze replaces every SOVAI formula on the chosen sheets with its current value and lists each one in a 'SovAI Provenance' sheet; other formulas stay live. Unfreeze puts the formulas back. For a file built outside Excel, see npm run workbook in the README."
    ),
    el("fieldset", {}, el("legend", {}, "Sheets to freeze"), list),
    el("div", { class: "actions" }, freeze, thaw, refresh),
    status
  );
}
