/** What every sheet of the export is printed and drawn with. */

/** ExcelJS's paper size code for A4. */
export const A4 = 9;

/**
 * The workbook's body font, named in every styled cell: a font with no name is drawn in the
 * reader's own default (a serif, in LibreOffice), wider than the columns were sized for.
 */
export const BODY_FONT = { name: "Calibri", size: 11 } as const;
