/**
 * How every sheet prints, readably: landscape A4 at a scale where the 11-pt body text prints at
 * 7 pt or more, one page wide where that scale allows and otherwise across pages with the label
 * columns repeated; the masthead rows repeated on each page; a page break before any block that
 * would not fit on the current page, so no table is cut from its header; and a header and footer
 * naming the sheet, the model version, the data date and the page. The Excel writer and the
 * ExcelJS export both apply this.
 */
import { DATA_AS_OF, MODEL_VERSION } from "../model";

export interface PrintSetup {
  readonly orientation: "landscape";
  readonly paper: "A4";
  /** Print scale, percent of actual size. */
  readonly scale: number;
  /** Rows repeated at the top of every printed page ("1:3": title, purpose, master check). */
  readonly titleRows: string;
  /** Columns repeated at the left of every page when the sheet spans pages across ("A:B"). */
  readonly titleColumns?: string;
  /** Rows (1-based) a new page starts at. */
  readonly breaks: readonly number[];
  /**
   * The column (0-based) each page across starts at, `[0]` for a sheet one page wide; the title
   * columns are repeated before each later page's own.
   */
  readonly pagesAcross: readonly number[];
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

/** What pagination needs to know of a rendered sheet. */
export interface PageContent {
  /** Width of each column from A, in points. */
  readonly columnPoints: readonly number[];
  /** Height of each row from 1, in points. */
  readonly rowPoints: readonly number[];
  /** Rows (1-based) where a block (a section heading) starts. */
  readonly blockStarts: readonly number[];
}

/** The default font is 11 pt; 7/11 of it (64%) is the least that prints at 7 pt, and 66% keeps a margin. */
export const MIN_SCALE = 66;
const A4_LANDSCAPE = { width: 11.69, height: 8.27 };
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
export const TITLE_ROWS = 3;
const POINTS_PER_INCH = 72;

/**
 * Excel's column width in characters as printed points: a character is 7 pixels of the default
 * font, plus 5 pixels of padding, at 0.75 pt a pixel.
 * @example columnPoints(10) // 56.25
 */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** The printable area of a landscape A4 page inside the margins, in points. */
const printable = {
  width: (A4_LANDSCAPE.width - MARGINS.left - MARGINS.right) * POINTS_PER_INCH,
  height: (A4_LANDSCAPE.height - MARGINS.top - MARGINS.bottom) * POINTS_PER_INCH,
};

/**
 * A page's height in sheet points at `scale` percent: how much of a sheet one page holds.
 * @example pageHeight(100) // (8.27 − 1.5) × 72 = 487.44
 */
export function pageHeight(scale: number): number {
  return (printable.height * 100) / scale;
}

/**
 * The print setup of a sheet titled `title` with `content` (localize.ts puts its footers in
 * another language).
 * @example printSetup("Risk", { columnPoints: [300], rowPoints: [15], blockStarts: [] }).scale // 100
 */
export function printSetup(title: string, content: PageContent): PrintSetup {
  const width = content.columnPoints.reduce((s, w) => s + w, 0);
  const fit = Math.floor((100 * printable.width) / Math.max(1, width));
  const scale = Math.max(MIN_SCALE, Math.min(100, fit));
  return {
    orientation: "landscape",
    paper: "A4",
    scale,
    titleRows: `1:${TITLE_ROWS}`,
    ...(fit < MIN_SCALE && { titleColumns: "A:B" }),
    pagesAcross: pagesAcross(
      content.columnPoints,
      (printable.width * 100) / scale,
      fit < MIN_SCALE ? TITLE_COLUMNS : 0
    ),
    breaks: pageBreaks(content, pageHeight(scale)),
    margins: MARGINS,
    header: `SovAI: ${title}`,
    footerLeft: `Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`,
    footerRight: "Page &P of &N",
  };
}

/** Columns repeated at the left of each page when a sheet prints across pages (A:B). */
export const TITLE_COLUMNS = 2;

/**
 * The first column of each page across: a page takes columns while they fit in `capacity` (a
 * page's width in sheet points); pages after the first give `titles` columns' room to the
 * repeated title columns.
 * @example pagesAcross([100, 100, 300, 300], 500, 2) // [0, 3]
 */
export function pagesAcross(
  columnPoints: readonly number[],
  capacity: number,
  titles: number
): number[] {
  const titleWidth = columnPoints.slice(0, titles).reduce((s, w) => s + w, 0);
  const starts = [0];
  let used = 0;
  columnPoints.forEach((w, c) => {
    if (used > 0 && used + w > capacity) {
      starts.push(c);
      used = titleWidth;
    }
    used += w;
  });
  return starts;
}

/**
 * Where pages start: a block goes to a new page when it would not fit in what is left of the
 * current one (a block taller than a page starts one and runs on). `capacity` is a page's height
 * in sheet points, the repeated title rows included.
 */
function pageBreaks(content: PageContent, capacity: number): number[] {
  const rows = content.rowPoints;
  const height = (from: number, to: number) =>
    rows.slice(from - 1, to - 1).reduce((s, h) => s + h, 0);
  const titles = height(1, TITLE_ROWS + 1);
  const starts = [...content.blockStarts].sort((a, b) => a - b);
  const breaks: number[] = [];
  let used = height(1, starts[0] ?? rows.length + 1);
  starts.forEach((start, i) => {
    const block = height(start, starts[i + 1] ?? rows.length + 1);
    if (used + block > capacity && used > titles) {
      breaks.push(start);
      used = titles + block;
    } else used += block;
  });
  return breaks;
}
