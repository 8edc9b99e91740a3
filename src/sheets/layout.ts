/**
 * Column widths and row heights computed from what a sheet shows, so no number ever reads ###,
 * no label is cut off and wrapped text is seen whole, in every option set: each number is sized
 * by the widest value its format can take on any sheet (every scenario, horizon 1–30, entity and
 * currency), each label by its text (Korean characters count double, as they display).
 */
import { lockinSchedule, resolveAssumptions, switchingCost, TOTAL_GPUS } from "../model";
import { columnLetter } from "./address";
import { FORMATS, MAX_SHEET_HORIZON, type Style } from "./types";

/**
 * The largest money figure any sheet can show under any option set: the high scenario's 30-year
 * undiscounted vendor spend plus energy for all five recipients, in KRW (every total, PV and
 * simulated value is smaller).
 */
const MAX_MONEY = (() => {
  const worst = resolveAssumptions("high", [["currency", "KRW"]]);
  const rows = lockinSchedule(MAX_SHEET_HORIZON, TOTAL_GPUS.high, worst);
  const spend = rows.reduce((s, r) => s + r.vendorSpend + r.energy, 0);
  return Math.max(spend, switchingCost({ kind: "total" }, "high", worst));
})();

/** The widest text each number format can produce, in characters. */
const WIDEST: Readonly<Record<string, string>> = {
  [FORMATS.money]: `(${Math.ceil(MAX_MONEY).toLocaleString("en-US")})`,
  [FORMATS.integer]: "1,000,000", // GPU counts, years, cycles, bins: at most a million trials
  [FORMATS.share]: "-100.0%",
  [FORMATS.decimal]: "-10.00",
  [FORMATS.factor]: "0.0000",
  [FORMATS.check]: "FALSE",
  "0.0E+00": "1.0E-09",
  [FORMATS.general]: "0.123456789",
};

/** Characters of padding beside the widest content, and the bounds of a column. */
const PADDING = 2;
const MIN_WIDTH = 8;
const MAX_WIDTH = 64;
/** Height of a row, or one line of wrapped text, in the 11-pt body font: Excel's default, in points. */
export const ROW_POINTS = 15;

/**
 * Display width of text in character cells: East Asian wide characters (Hangul, CJK) take two.
 * @example textWidth("삼성전자") // 8
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/** Roles whose text wraps inside its column (and so sets the row's height, not the column's width). */
const WRAPS: ReadonlySet<Style> = new Set(["header", "text", "data"]);
/** Roles whose text may run over empty cells to its right (titles, notes, sections). */
const OVERFLOWS: ReadonlySet<Style> = new Set(["title", "subtitle", "section", "note", "unit"]);

export interface Layout {
  /** Width in characters, by column letter. */
  readonly widths: Readonly<Record<string, number>>;
  /** Rows (1-based) that need more than one line, with their height in points. */
  readonly heights: readonly { readonly row: number; readonly points: number }[];
}

/**
 * Widths and heights for a rendered grid. A column is as wide as its widest number, and its
 * widest label whose right neighbour is filled (a label with room to its right may run over);
 * `minimums` are widths the template asks for at least.
 */
export function layout(
  formulas: readonly (readonly (string | number | boolean)[])[],
  formats: readonly (readonly string[])[],
  styles: readonly (readonly (Style | null)[])[],
  minimums: Readonly<Record<string, number>> = {}
): Layout {
  const columns = formulas[0]?.length ?? 0;
  const need = new Array<number>(columns).fill(MIN_WIDTH - PADDING);
  formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      const style = styles[r][c];
      if (content === "" || (style !== null && WRAPS.has(style))) return;
      const isNumber = typeof content === "number" || typeof content === "boolean";
      const computed = typeof content === "string" && content.startsWith("=");
      let width: number;
      if (isNumber || computed) width = WIDEST[formats[r][c]]?.length ?? 12;
      else {
        const rightFilled = c + 1 < columns && row[c + 1] !== "";
        if (!rightFilled && (style === null || OVERFLOWS.has(style) || c === columns - 1)) return;
        if (!rightFilled && style !== "label" && style !== "key") return;
        width = textWidth(String(content));
      }
      need[c] = Math.max(need[c], width);
    })
  );
  const widths: Record<string, number> = {};
  need.forEach((w, c) => {
    const letter = columnLetter(c);
    // The cap is for what layout measures; a width the template asks for (a column of model text
    // it knows, like the recipients' uses) is kept whole, or the text would be cut.
    widths[letter] = Math.max(minimums[letter] ?? 0, Math.min(MAX_WIDTH, w + PADDING));
  });
  const heights: { row: number; points: number }[] = [];
  formulas.forEach((row, r) => {
    let lines = 1;
    row.forEach((content, c) => {
      const style = styles[r][c];
      if (content === "" || style === null || !WRAPS.has(style) || typeof content !== "string")
        return;
      const width = widths[columnLetter(c)] - 1;
      lines = Math.max(lines, wrappedLines(content, width));
    });
    if (lines > 1) heights.push({ row: r + 1, points: lines * ROW_POINTS });
  });
  return { widths, heights };
}

/**
 * Lines a text takes when wrapped at word boundaries to `width` characters (a Korean syllable
 * counts two).
 * @example wrappedLines("D1, D2, D17, D18", 8) // 2
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const w = textWidth(word);
    if (used === 0) used = w;
    else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}
