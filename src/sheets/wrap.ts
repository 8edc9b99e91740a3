/**
 * Notes that would be cut when printed: a note runs over the empty cells to its right, and on
 * paper it stops where its page ends (a title column's note stops where the repeated title
 * columns end, or it prints over the next page's cells). Such a note wraps instead, in its cell
 * merged with the empty cells up to that edge, and its row grows to the lines it takes there.
 */
import { columnLetter } from "./address";
import { ROW_POINTS, textWidth, wrappedLines } from "./layout";
import { TITLE_COLUMNS, type PrintSetup } from "./print";
import type { Style } from "./types";

/** Roles of prose that runs over empty cells: the purpose line, notes and units. */
const RUNS_OVER: ReadonlySet<Style> = new Set(["subtitle", "note", "unit"]);

/** A note wrapped in `ref` (one cell, or a cell merged with the empty ones to its right). */
export interface WrapSpan {
  readonly ref: string;
  readonly row: number;
  readonly points: number;
}

/**
 * The notes of a rendered grid that would run past their page's edge, each with the cells it
 * wraps in and the row height it needs.
 * @param widths - column widths in characters, by letter
 * @example wrapSpans([["Legend", "a long note"]], [[null, "note"]], { A: 6, B: 6 }, { pagesAcross: [0] })[0].ref // "B1:B1"
 */
export function wrapSpans(
  formulas: readonly (readonly (string | number | boolean)[])[],
  styles: readonly (readonly (Style | null)[])[],
  widths: Readonly<Record<string, number>>,
  print: Pick<PrintSetup, "pagesAcross" | "titleColumns">
): WrapSpan[] {
  const spans: WrapSpan[] = [];
  formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      const style = styles[r][c];
      if (typeof content !== "string" || content === "" || content.startsWith("=")) return;
      if (style === null || !RUNS_OVER.has(style)) return;
      const edge = pageEdge(c, row.length, print);
      let last = c;
      while (last < edge && row[last + 1] === "") last++;
      let room = -1;
      for (let k = c; k <= last; k++) room += widths[columnLetter(k)];
      if (textWidth(content) <= room) return;
      const lines = wrappedLines(content, room);
      spans.push({
        ref: `${columnLetter(c)}${r + 1}:${columnLetter(last)}${r + 1}`,
        row: r + 1,
        points: lines * ROW_POINTS,
      });
    })
  );
  return spans;
}

/** The last column (0-based) text starting in `column` can run to on paper. */
function pageEdge(
  column: number,
  columns: number,
  print: Pick<PrintSetup, "pagesAcross" | "titleColumns">
): number {
  const titles = print.titleColumns ? TITLE_COLUMNS : 0;
  if (column < titles) return titles - 1;
  const next = print.pagesAcross.find((start) => start > column);
  return (next ?? columns) - 1;
}
