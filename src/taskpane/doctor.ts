/* global HTMLElement */
import type { Finding } from "../doctor/findings";
import { fixAll, scanWorkbook } from "../excel/doctor";
import { el, setText } from "./dom";
import type { PaneLanguage } from "./language";
import { REFERENCE } from "./reference";

/**
 * "Workbook doctor": finds SOVAI cells stuck on #NAME? or #BUSY!, mistyped SOVAI names, formulas
 * showing Excel's internal _xldudf_ names, frozen values from an older model and Master checks
 * that are not TRUE; says why for each, and fixes what can be fixed in one step.
 */
export function doctorSection(canUse: boolean, { text, number }: PaneLanguage): HTMLElement {
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
    text.checkWorkbook
  );
  const fix = el(
    "button",
    { type: "button", disabled: true, "aria-describedby": "doctor-status" },
    text.fixAll
  );
  if (!canUse) setText(status, text.doctorNeedsExcel);
  let findings: Finding[] = [];
  const ids = REFERENCE.map((e) => e.id);
  /** A finding in the pane's language: the doctor words it in English, a translation from its kind. */
  const words = (f: Finding) => (text.finding ? text.finding(f.kind, f.params ?? {}) : f);

  const show = (kind: "ok" | "error" | "", message: string) => {
    status.className = `status ${kind}`.trim();
    setText(status, message);
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
      ...findings.map((f) => {
        const { what, why } = words(f);
        return el(
          "li",
          {},
          el("strong", {}, `${f.sheet}!${f.address}`),
          el("span", {}, ` ${what}. `),
          el("span", { class: "meta" }, why),
          el("span", { class: "fix" }, ` ${text.fixPrefix} ${text.fixLabel[f.fix]}.`)
        );
      })
    );
    show(
      findings.length ? "" : "ok",
      findings.length ? text.findings({ count: number(findings.length) }) : text.noProblems
    );
  };
  check.addEventListener("click", () => run(scan));
  fix.addEventListener("click", () =>
    run(async () => {
      const done = await fixAll(findings);
      await scan();
      const fixed = text.fixed({
        recalculated: number(done.recalculated),
        reentered: number(done.reentered),
        unfrozen: number(done.unfrozen),
      });
      show("ok", `${fixed} ${status.textContent ?? ""}`);
    })
  );
  return el(
    "section",
    { "aria-labelledby": "doctor-heading", class: "card" },
    el("h2", { id: "doctor-heading" }, text.doctorHeading),
    el("p", { class: "description" }, text.doctorDescription),
    el("div", { class: "actions" }, check, fix),
    status,
    list
  );
}
