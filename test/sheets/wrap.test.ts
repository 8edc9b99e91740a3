import { wrapSpans } from "../../src/sheets/wrap";
import { pagesAcross } from "../../src/sheets/print";
import type { Style } from "../../src/sheets/types";

const note = "n".repeat(20);
const widths = { A: 10, B: 10, C: 10, D: 10, E: 10 };

describe("notes that would be cut on paper", () => {
  it("leave a note alone while it fits in the empty cells up to its page's edge", () => {
    // 20 characters from B over C and D (10 + 10 + 10, less a character of padding): 29 of room.
    const grid = [["Legend", note, "", "", ""]];
    const styles: (Style | null)[][] = [["label", "note", null, null, null]];
    expect(wrapSpans(grid, styles, widths, { pagesAcross: [0] })).toEqual([]);
  });

  it("wrap a note where the next page starts, merged with the empty cells before it", () => {
    // Pages across start at C and E; the note in C has C:D, 19 characters, for 20: two lines.
    const grid = [["a", "b", note, "", ""]];
    const styles: (Style | null)[][] = [[null, null, "note", null, null]];
    const spans = wrapSpans(grid, styles, widths, { pagesAcross: [0, 2, 4], titleColumns: "A:B" });
    expect(spans).toEqual([{ ref: "C1:D1", row: 1, points: 30 }]);
  });

  it("keep a note in a repeated title column inside the title columns", () => {
    // A:B repeat on every page; a 20-character subtitle gets A:B, 19 characters: two lines.
    const grid = [[note, "", "", "", ""]];
    const styles: (Style | null)[][] = [["subtitle", null, null, null, null]];
    const spans = wrapSpans(grid, styles, widths, { pagesAcross: [0, 3], titleColumns: "A:B" });
    expect(spans).toEqual([{ ref: "A1:B1", row: 1, points: 30 }]);
  });

  it("stop at the next filled cell, and leave formulas and labels alone", () => {
    const grid = [[note, "x", "=A1", "", ""]];
    const styles: (Style | null)[][] = [["note", "label", "note", null, null]];
    const spans = wrapSpans(grid, styles, widths, { pagesAcross: [0] });
    // 20 characters in A's 9: three lines.
    expect(spans).toEqual([{ ref: "A1:A1", row: 1, points: 45 }]);
  });
});

describe("pages across", () => {
  it("fill a page with columns, then repeat the title columns on the next", () => {
    // 300 of room: A+B+C = 300 fit; D starts page 2 with A:B's 200 repeated, so E (150) starts page 3.
    expect(pagesAcross([100, 100, 100, 100, 150], 300, 2)).toEqual([0, 3, 4]);
    expect(pagesAcross([100, 100, 100], 300, 0)).toEqual([0]);
  });
});
