/* global Excel */
import type { PrintSetup } from "../sheets/print";

const POINTS_PER_INCH = 72;

/**
 * Queues a sheet's print setup (ExcelApi 1.9 page layout): landscape A4 at the sheet's scale,
 * repeated title rows (and label columns when it spans pages across), a page break before each
 * block that starts a page, margins, header and footer. Hosts without ExcelApi 1.9 print with
 * Excel's defaults; nothing else depends on it.
 */
export function applyPrintSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return;
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { scale: p.scale };
  page.leftMargin = p.margins.left * POINTS_PER_INCH;
  page.rightMargin = p.margins.right * POINTS_PER_INCH;
  page.topMargin = p.margins.top * POINTS_PER_INCH;
  page.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = p.margins.header * POINTS_PER_INCH;
  page.footerMargin = p.margins.footer * POINTS_PER_INCH;
  page.setPrintTitleRows(`$${p.titleRows.replace(":", ":$")}`);
  if (p.titleColumns) page.setPrintTitleColumns(`$${p.titleColumns.replace(":", ":$")}`);
  for (const row of p.breaks) ws.horizontalPageBreaks.add(`A${row}`);
  const all = page.headersFooters.defaultForAllPages;
  all.centerHeader = p.header;
  all.leftFooter = p.footerLeft;
  all.rightFooter = p.footerRight;
}
