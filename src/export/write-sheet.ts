/**
 * Writes one rendered sheet into an ExcelJS workbook: cells with their cached values, styles
 * from the style table, validations, widths and heights, wrapped notes, links and the print
 * setup, as the Excel writer (src/excel/insert-sheet.ts) does in Excel.
 */
import type ExcelJS from "exceljs";
import { a1, parseA1 } from "../sheets/address";
import { ROW_POINTS } from "../sheets/layout";
import { argb, ROLE_STYLES } from "../sheets/style";
import type { RenderedSheet, Style } from "../sheets/types";
import { FormulaError, type Value } from "./evaluator/evaluate";
import { A4, BODY_FONT } from "./fonts-and-paper";

/**
 * Adds `sheet` to `wb` as its next worksheet; `valueOf` gives each formula's cached value.
 * @returns the worksheet, for what the caller adds (notes, protection)
 */
export function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: RenderedSheet,
  valueOf: (address: string) => Value
): ExcelJS.Worksheet {
  const p = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }],
    pageSetup: {
      orientation: p.orientation,
      paperSize: A4,
      scale: p.scale,
      fitToPage: false,
      margins: p.margins,
      printTitlesRow: p.titleRows,
      ...(p.titleColumns && { printTitlesColumn: p.titleColumns }),
    },
    headerFooter: {
      oddHeader: `&C&B${p.header}`,
      oddFooter: `&L${p.footerLeft}&R${p.footerRight}`,
    },
  });
  writeCells(ws, sheet, valueOf);
  // ExcelJS writes a break after the row it is added to.
  for (const row of p.breaks) ws.getRow(row - 1).addPageBreak();
  ws.eachRow((row) =>
    row.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: "top" }))
  );
  for (const s of sheet.styles) style(ws, s.ref, s.style);
  for (const v of sheet.validations) {
    const titles = {
      promptTitle: v.title,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.prompt,
    } as const;
    const rule: ExcelJS.DataValidation = v.list
      ? {
          type: "list",
          allowBlank: true,
          formulae: [`"${v.list.join(",")}"`],
          showInputMessage: true,
          prompt: v.prompt,
          ...titles,
        }
      : {
          type: v.decimal ? "decimal" : "whole",
          operator: "between",
          allowBlank: false,
          formulae: v.decimal
            ? [v.decimal.min, v.decimal.max]
            : [v.wholeNumber!.min, v.wholeNumber!.max],
          showInputMessage: true,
          prompt: v.prompt,
          ...titles,
        };
    ws.getCell(v.ref).dataValidation = rule;
  }
  // Every row as tall as Excel draws it (15 pt for 11-pt Calibri), down to the last chart: the
  // page breaks and the charts' sizes are worked out with that height, and LibreOffice would
  // otherwise draw a shorter default row and put breaks and charts elsewhere.
  const lastRow = Math.max(
    sheet.rows,
    ...sheet.charts.map((c) => parseA1(c.to.replace(/\$/g, ""))[0] + 1)
  );
  for (let r = 1; r <= lastRow; r++) ws.getRow(r).height = ROW_POINTS;
  for (const h of sheet.heights) ws.getRow(h.row).height = h.points;
  for (const ref of sheet.wraps) {
    const [from, to] = ref.split(":");
    if (from !== to) ws.mergeCells(ref);
    const cell = ws.getCell(from);
    // ExcelJS, not Office.js: the style's indent is read back from memory, no sync involved.
    // eslint-disable-next-line office-addins/call-sync-before-read
    cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
  }
  for (const l of sheet.links) ws.getCell(l.address).value = { text: l.text, hyperlink: l.url };
  for (const w of sheet.widths) {
    const [first, last] = w.columns.split(":").map((l) => parseA1(`${l}1`)[1] + 1);
    for (let c = first; c <= last; c++) ws.getColumn(c).width = w.width;
  }
  return ws;
}

/**
 * Writes each cell; a formula carries its cached result, of the right type (a check's TRUE is a
 * boolean), so a spreadsheet that shows cached values on opening (LibreOffice's default) shows
 * the right ones before it recalculates anything.
 */
function writeCells(
  ws: ExcelJS.Worksheet,
  sheet: RenderedSheet,
  valueOf: (address: string) => Value
): void {
  sheet.formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      const format = sheet.numberFormats[r][c];
      if (content === "" && format === "General") return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof content === "string" && content.startsWith("=")) {
        const v = valueOf(a1(r, c));
        const result = v instanceof FormulaError ? { error: v.code } : v === null ? undefined : v;
        cell.value = { formula: content.slice(1), result } as ExcelJS.CellFormulaValue;
      } else if (content !== "") cell.value = content;
      if (format !== "General") cell.numFmt = format;
    })
  );
}

/** Applies one role of the style table to a rectangle, as the Excel writer does. */
function style(ws: ExcelJS.Worksheet, ref: string, role: Style): void {
  const s = ROLE_STYLES[role];
  const [from, to = from] = ref.split(":");
  if (s.conditional) {
    const { whenTrue, otherwise } = s.conditional;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          priority: 1,
          formulae: ["TRUE"],
          style: look(whenTrue),
        },
        // Not TRUE, errors included; relative to the range's top-left cell, as Excel reads it.
        { type: "expression", priority: 2, formulae: [`${from}<>TRUE`], style: look(otherwise) },
      ],
    });
  }
  const font: Partial<ExcelJS.Font> = {
    ...BODY_FONT,
    ...(s.bold && { bold: true }),
    ...(s.italic && { italic: true }),
    ...(s.size && { size: s.size }),
    ...(s.underline && { underline: true }),
    ...(s.fontColour && { color: { argb: argb(s.fontColour) } }),
  };
  const [r0, c0] = parseA1(from);
  const [r1, c1] = parseA1(to);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = font;
      if (s.fill) cell.fill = solid(s.fill);
      // Every cell reads from the top (set for all below); wrapping and indents on top of that.
      if (s.wrap || s.indent || s.centre)
        cell.alignment = {
          vertical: "top",
          ...(s.wrap && { wrapText: true }),
          ...(s.indent && { indent: s.indent }),
          ...(s.centre && { horizontal: "center" }),
        };
      if (s.topBorder) cell.border = { top: { style: "thin" } };
    }
  }
}

function look(colours: { readonly fill: string; readonly font: string }): Partial<ExcelJS.Style> {
  return { fill: solid(colours.fill), font: { color: { argb: argb(colours.font) } } };
}

function solid(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour) } };
}
