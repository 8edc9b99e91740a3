/**
 * How every sheet prints: landscape, one page wide (as many tall as it takes), the masthead rows
 * repeated on each page, and a header and footer naming the sheet, the model version, the data
 * date and the page. The Excel writer and the ExcelJS export both apply this.
 */
import { DATA_AS_OF, MODEL_VERSION } from "../model";

export interface PrintSetup {
  readonly orientation: "landscape";
  /** Pages across; pages down are as many as the content needs. */
  readonly pagesWide: 1;
  /** Rows repeated at the top of every printed page ("1:3": title, purpose, master check). */
  readonly titleRows: string;
  /** Margins in inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Header and footer text, with Excel's codes &P (page) and &N (pages). */
  readonly header: string;
  readonly footerLeft: string;
  readonly footerRight: string;
}

/**
 * The print setup of a sheet titled `title` (localize.ts puts its footers in another language).
 * @example printSetup("Risk").footerRight // "Page &P of &N"
 */
export function printSetup(title: string): PrintSetup {
  return {
    orientation: "landscape",
    pagesWide: 1,
    titleRows: "1:3",
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    header: `SovAI: ${title}`,
    footerLeft: `Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`,
    footerRight: "Page &P of &N",
  };
}
