/**
 * The export's provenance record: one row per frozen cell in columns A:H and the key to what the
 * values rest on in J:K (`provenanceKey`), laid out to print: long text wraps in a capped column,
 * each row as tall as its longest wrapped cell, the header row repeated on every page, and the
 * scale set by the frozen-cell table alone, so it prints at full size with the key on the pages
 * after it.
 */
import type ExcelJS from "exceljs";
import { RESTS_ON, type RestsOnLookup } from "../model";
import {
  PROVENANCE_HEADER,
  PROVENANCE_WIDTHS,
  provenanceFormats,
  provenanceKey,
  provenanceRows,
  SOURCES_COLUMN,
  type ProvenanceEntry,
} from "../freeze/provenance";
import { ROW_POINTS, textWidth, wrappedLines } from "../sheets/layout";
import { A4, BODY_FONT } from "./fonts-and-paper";
import { columnPoints, printSetup } from "../sheets/print";

/** Room kept beside the table when it is scaled to one page across. */
const SPARE = 1.06;

/** The record's own words, which `text` puts in the workbook's language. */
export const PROVENANCE_TEXT: readonly string[] = [
  ...new Set([
    ...PROVENANCE_HEADER,
    "Provenance of frozen values",
    // The key's words are the cells it passes through `text`; marked here to tell them from ids.
    ...provenanceKey((english) => `\u0000${english}`)
      .flat()
      .filter((c): c is string => typeof c === "string" && c.startsWith("\u0000"))
      .map((c) => c.slice(1)),
    ...Object.values(RESTS_ON).filter((t) => t !== ""),
  ]),
];

/**
 * Adds the record as the workbook's last sheet, named `name`.
 * @param text - the sheets' language: the header, what values rest on, the key, the footers
 */
export function addProvenanceSheet(
  wb: ExcelJS.Workbook,
  name: string,
  entries: readonly ProvenanceEntry[],
  restsOn: RestsOnLookup,
  text: (english: string) => string
): void {
  const ps = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = ps.getRow(1);
  PROVENANCE_HEADER.forEach((h, i) => (header.getCell(i + 1).value = text(h)));
  const rows = provenanceRows(entries, restsOn, text);
  const formats = provenanceFormats(rows);
  rows.forEach((row, i) =>
    row.forEach((v, c) => {
      const cell = ps.getCell(i + 2, c + 1);
      // The original formula is kept as text: it would show #NAME? without the add-in.
      cell.numFmt = formats[i][c];
      cell.value = v;
    })
  );
  provenanceKey(text).forEach(([left, right], i) => {
    const row = ps.getRow(i + 1);
    for (const [c, v] of [
      [SOURCES_COLUMN + 1, left],
      [SOURCES_COLUMN + 2, right],
    ] as const)
      if (v !== "")
        row.getCell(c).value = typeof v === "string" ? v : { text: v.label, hyperlink: v.url };
  });
  ps.getRow(1).font = { ...BODY_FONT, bold: true };

  const widths = fitColumns(ps);
  // LibreOffice lays columns out a few percent wider than Excel's width formula; the table is
  // meant to fit one page across, so it keeps that much spare.
  const tableWidth = widths.slice(0, PROVENANCE_HEADER.length).map((w) => columnPoints(w) * SPARE);
  const pp = printSetup(text("Provenance of frozen values"), {
    columnPoints: tableWidth,
    rowPoints: [],
    blockStarts: [],
  });
  // Merged into ExcelJS's defaults: LibreOffice ignores the scale of a page setup that lacks them.
  Object.assign(ps.pageSetup, {
    orientation: pp.orientation,
    paperSize: A4,
    scale: pp.scale,
    fitToPage: false,
    margins: pp.margins,
    printTitlesRow: "1:1",
    pageOrder: "downThenOver",
  });
  ps.headerFooter = {
    oddHeader: `&C&B${pp.header}`,
    oddFooter: `&L${text(pp.footerLeft)}&R${text(pp.footerRight)}`,
  };
}

/**
 * Sizes each column to its longest entry, capped at PROVENANCE_WIDTHS; text wraps, and every row grows
 * to the lines its cells wrap to, since LibreOffice keeps a row's stored height when it prints. Returns the widths in characters, from column A.
 */
function fitColumns(ps: ExcelJS.Worksheet): number[] {
  const widths: number[] = [];
  ps.columns.forEach((column, c) => {
    let widest = 6;
    column.eachCell?.((cell) => (widest = Math.max(widest, textWidth(shown(cell)))));
    widths[c] = Math.min(
      widest + 2,
      PROVENANCE_WIDTHS[c] ?? PROVENANCE_WIDTHS[PROVENANCE_WIDTHS.length - 1]
    );
    column.width = widths[c];
  });
  ps.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, c) => {
      const width = widths[c - 1];
      cell.alignment = { vertical: "top", wrapText: true };
      lines = Math.max(lines, wrappedLines(shown(cell), width - 2));
    });
    row.height = lines * ROW_POINTS;
  });
  return widths;
}

/** The text a cell shows, near enough to measure: numbers grouped, a link's label. */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 4 });
  if (typeof v === "object" && v !== null && "text" in v) return String(v.text);
  return String(v ?? "");
}
