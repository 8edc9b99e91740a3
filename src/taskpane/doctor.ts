/* global HTMLElement */
import type { Finding } from "../doctor/findings";
import { fixAll, scanWorkbook } from "../excel/doctor";
import { el, setText } from "./dom";
import { REFERENCE } from "./reference";

const FIX_LABEL = {
  recalculate: "Recalculate",
  reenter: "Re-enter the formula",
  unfreeze: "Unfreeze",
  none: "No automatic fix",
};

/**
 * "Workbook doctor": finds SOVAI cells stuck on #NAME? or #BUSY!, mistyped SOVAI names, formulas
 * showing Excel's internal _xldudf_ names, frozen values from an older model and Master checks
 * that are not TRUE; says why for each, and fixes what can be fixed in one step.
 */
export function doctorSection(canUse: boolean): HTMLElement {
  const status = el("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    id: "doctor-status",
  });
  const list = el("ul", { class: "findings", id: "doctor-findings" });
  const check = el(
    "button",
    { type: "button", class: "primary", disabled: !canUse },
    "Check workbook"
  );
  const fix = el(
    "button",
    { type: "button", disabled: true, "aria-describedby": "doctor-status" },
    "Fix all"
  );
  if (!canUse) setText(status, "Open this pane in Excel to check a workbook.");
  let findings: Finding[] = [];
  const ids = REFERENCE.map((e) => e.id);

  const show = (kind: "ok" | "error" | "", text: string) => {
    status.className = `status ${kind}`.trim();
    setText(status, text);
  };
  const run = async (action: () => Promise<void>) => {
    check.disabled = fix.disabled = true;
    try {
      await action();
    } catch (error) {
      show("error", error instanceof Error ? error.message : String(error));
    } finally {
      check.disabled = false;
      fix.disabled = !findings.some((f) => f.fix !== "none");
    }
  };
  const scan = async () => {
    findings = await scanWorkbook(ids);
    list.replaceChildren(
      ...findings.map((f) =>
        el(
          "li",
          {},
          el("strong", {}, `${f.sheet}!${f.address}`),
          el("span", {}, ` ${f.what}. `),
          el("span", { class: "meta" }, f.why),
          el("span", { class: "fix" }, ` Fix: ${FIX_LABEL[f.fix]}.`)
        )
      )
    );
    show(
      findings.length ? "" : "ok",
      findings.length ? `${findings.length} finding(s).` : "No problems found."
    );
  };
  check.addEventListener("click", () => run(scan));
  fix.addEventListener("click", () =>
    run(async () => {
      const done = await fixAll(findings);
      await scan();
      show(
        "ok",
        `Recalculated ${done.recalculated}, re-entered ${done.reentered}, unfroze ${done.unfrozen}. ${status.textContent ?? ""}`
      );
    })
  );
  return el(
    "section",
    { "aria-labelledby": "doctor-heading", class: "card" },
    el("h2", { id: "doctor-heading" }, "Workbook doctor"),
    el(
      "p",
      { class: "description" },
      "Finds SOVAI cells stuck on #NAME? or #BUSY!, mistyped SOVAI names, stale frozen values and failing checks, says why, and fixes what it can."
    ),
    el("div", { class: "actions" }, check, fix),
    status,
    list
  );
}
