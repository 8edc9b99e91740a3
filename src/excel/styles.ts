/* global Excel */
import type { Style } from "../sheets/types";

/** Colours of the modelling convention (SPEC §4): blue-on-yellow inputs, black formulas, green/red checks. */
export const COLOURS = {
  inputFont: "#0000FF",
  inputFill: "#FFF2CC",
  formulaFont: "#000000",
  accent: "#123C69",
  muted: "#595959",
  sectionFill: "#DDEBF7",
  headerFill: "#D9D9D9",
  checkTrueFill: "#C6EFCE",
  checkTrueFont: "#006100",
  checkFalseFill: "#FFC7CE",
  checkFalseFont: "#9C0006",
} as const;

/**
 * Queues the formatting of one styled rectangle. Plain labels keep Excel's defaults, so they
 * cost no operation. Checks get two conditional formats, so they stay green or red as inputs change.
 */
export function applyStyle(range: Excel.Range, style: Style): void {
  const font = range.format.font;
  switch (style) {
    case "title":
      font.bold = true;
      font.size = 14;
      font.color = COLOURS.accent;
      return;
    case "subtitle":
      font.italic = true;
      font.color = COLOURS.muted;
      return;
    case "section":
      font.bold = true;
      font.color = COLOURS.accent;
      range.format.fill.color = COLOURS.sectionFill;
      return;
    case "header":
      font.bold = true;
      range.format.fill.color = COLOURS.headerFill;
      range.format.wrapText = true;
      return;
    case "input":
      font.color = COLOURS.inputFont;
      range.format.fill.color = COLOURS.inputFill;
      return;
    case "formula":
      font.color = COLOURS.formulaFont;
      return;
    case "total":
      font.bold = true;
      range.format.borders.getItem("EdgeTop").style = "Continuous";
      return;
    case "unit":
    case "note":
      font.italic = true;
      font.color = COLOURS.muted;
      return;
    case "key":
      font.color = COLOURS.muted;
      return;
    case "text":
      range.format.wrapText = true;
      return;
    case "check":
      font.bold = true;
      checkColour(range, "EqualTo", COLOURS.checkTrueFill, COLOURS.checkTrueFont);
      checkColour(range, "NotEqualTo", COLOURS.checkFalseFill, COLOURS.checkFalseFont);
      return;
    case "label":
      return;
  }
}

function checkColour(
  range: Excel.Range,
  operator: "EqualTo" | "NotEqualTo",
  fill: string,
  fontColour: string
): void {
  const rule = range.conditionalFormats.add("CellValue").cellValue;
  rule.format.fill.color = fill;
  rule.format.font.color = fontColour;
  rule.rule = { formula1: "=TRUE", operator };
}
