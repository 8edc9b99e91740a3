/* global Excel */
import { ROLE_STYLES } from "../sheets/style";
import type { Style } from "../sheets/types";

/**
 * Queues the formatting of one styled rectangle from the style table. Empty properties cost no
 * operation, so plain labels add nothing to the batch.
 */
export function applyStyle(range: Excel.Range, role: Style): void {
  const s = ROLE_STYLES[role];
  const font = range.format.font;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.underline) font.underline = "Single";
  if (s.fontColour) font.color = s.fontColour;
  if (s.fill) range.format.fill.color = s.fill;
  if (s.wrap) range.format.wrapText = true;
  if (s.indent) range.format.indentLevel = s.indent;
  if (s.centre) range.format.horizontalAlignment = "Center";
  if (s.topBorder) range.format.borders.getItem("EdgeTop").style = "Continuous";
  if (s.conditional) {
    checkColour(range, "EqualTo", s.conditional.whenTrue);
    checkColour(range, "NotEqualTo", s.conditional.otherwise);
  }
}

function checkColour(
  range: Excel.Range,
  operator: "EqualTo" | "NotEqualTo",
  colours: { readonly fill: string; readonly font: string }
): void {
  const rule = range.conditionalFormats.add("CellValue").cellValue;
  rule.format.fill.color = colours.fill;
  rule.format.font.color = colours.font;
  rule.rule = { formula1: "=TRUE", operator };
}
