import type { Step } from "../excel/insert-sheet";
import type { PaneLanguage } from "./language";

/**
 * A progress step of the Excel layer in the pane's words, counts in the locale's digits.
 * @example stepText({ step: "freezing", cells: 1200 }, english) // "Freezing 1,200 cells…"
 */
export function stepText(s: Step, { text, number }: PaneLanguage): string {
  switch (s.step) {
    case "writing":
      return text.step.writing({ cells: number(s.cells), name: s.name });
    case "inserted":
      return text.step.inserted({ name: s.name });
    case "freezing":
      return text.step.freezing({ cells: number(s.cells) });
    case "restoring":
      return text.step.restoring({ formulas: number(s.formulas) });
    default:
      return text.step[s.step]();
  }
}
