/**
 * A standalone .xlsx of the three SovAI sheets for people without the add-in: built from the
 * same sheet descriptions the task pane inserts, with every SOVAI cell holding the model's value
 * (and a note saying so) and every native formula kept, so the schedule and checks stay live in
 * Excel, LibreOffice or Google Sheets. Node only (ExcelJS); never part of the add-in's bundles.
 */
import ExcelJS from "exceljs";
import { DATA_AS_OF, MODEL_VERSION } from "../model";
import { a1, parseA1 } from "../sheets/address";
import { FormulaError, sheetEvaluator, type SovaiCall, type Value } from "../share/evaluate";
import { freezeSovai } from "../share/snapshot";
import { PROVENANCE_SHEET, type ProvenanceEntry } from "../share/provenance";
import { A4, BODY_FONT } from "./fonts-and-paper";
import { addProvenanceSheet } from "./provenance-sheet";

import { argb, ROLE_STYLES } from "../sheets/style";
import type { RenderedSheet, Style } from "../sheets/types";

/** A SOVAI cell the export could not evaluate: a bad option, reported before anything is written. */
export class ExportError extends Error {}

/**
 * Builds the workbook; throws ExportError naming the cell if a SOVAI value is an error. `text`
 * gives the provenance sheet's words and print footers in the sheets' language.
 */
export function buildWorkbook(
  sheets: readonly RenderedSheet[],
  call: SovaiCall,
  text: (english: string) => string = (english) => english
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `SovAI ${MODEL_VERSION}`;
  const names: { name: string; ranges: string[]; localSheetId: number }[] = [];
  const provenance: ProvenanceEntry[] = [];

  sheets.forEach((sheet, index) => {
    const evaluate = sheetEvaluator(sheet, call);
    const { sheet: frozen, frozen: cells } = freezeSovai(sheet, (address) => {
      const v = evaluate(address);
      if (v instanceof FormulaError)
        throw new ExportError(`${sheet.name}!${address}: ${v.code} ${v.message}`);
      return v ?? "";
    });
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
    writeCells(ws, frozen, sheetEvaluator(frozen, call));
    // ExcelJS writes a break after the row it is added to.
    for (const row of p.breaks) ws.getRow(row - 1).addPageBreak();
    for (const c of cells) {
      ws.getCell(c.address).note =
        `Value of ${c.formula} from the SovAI model ${MODEL_VERSION} (data as of ${DATA_AS_OF}), frozen so the workbook works without the add-in.`;
      provenance.push({ sheet: sheet.name, ...c });
    }
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
    for (const n of sheet.names)
      names.push({ name: n.name, ranges: [`'${sheet.name}'!${n.ref}`], localSheetId: index });
  });

  addProvenanceSheet(wb, text(PROVENANCE_SHEET), provenance, text);

  // ExcelJS writes only workbook-wide names; the sheets reuse names (Scenario, Tolerance…), which
  // Excel scopes per sheet with localSheetId. Its name writer passes localSheetId through.
  Object.defineProperty(wb.definedNames, "model", { get: () => names, configurable: true });
  return wb;
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
