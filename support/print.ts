/**
 * Prints a workbook the way a reader's LibreOffice would (a fresh default profile, which shows
 * the file's cached values) and reads the PDF back as text, page by page. Used by the print test
 * and by `npm run pictures`. Needs Debian's libreoffice-calc and poppler-utils.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { convert } from "./libreoffice";

export const PDFTOTEXT = "/usr/bin/pdftotext";
export const PDFTOPPM = "/usr/bin/pdftoppm";

/**
 * Carlito is drawn with Calibri's widths, the workbook's font: without it LibreOffice falls back
 * to a font about a quarter wider and paginates unlike Excel.
 */
export const CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf";

/** Converts `xlsx` to PDF with a throwaway profile; returns the PDF and each page's text. */
export function printToPdf(xlsx: string): { pdf: string; pages: string[] } {
  const profile = mkdtempSync(path.join(os.tmpdir(), "sovai-print-profile-"));
  const out = convert(xlsx, "pdf", profile);
  const pdf = path.join(out, `${path.basename(xlsx, ".xlsx")}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  const text = execFileSync(PDFTOTEXT, ["-layout", pdf, "-"], { encoding: "utf8" });
  return { pdf, pages: text.split("\f").filter((p) => p.trim() !== "") };
}

/** The sheet title a page's header names ("SovAI: Risk" → "Risk"). */
export function pageTitle(page: string): string {
  return /SovAI: ([^\n]+?)\s*$/m.exec(page)?.[1]?.trim() ?? "";
}

/**
 * Each page's median text size in points. pdftotext's word boxes are taller than the font (about
 * 1.3 times here), so sizes are calibrated against `reference`: a PDF of text of `referencePoints`
 * printed in the same run.
 */
export function textSizes(pdf: string, reference: string, referencePoints: number): number[] {
  const ratio = medianBoxHeights(reference)[0] / referencePoints;
  return medianBoxHeights(pdf).map((h) => h / ratio);
}

function medianBoxHeights(pdf: string): number[] {
  const xml = execFileSync(PDFTOTEXT, ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 2 ** 20,
  });
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const heights = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((m) => Number(m[2]) - Number(m[1]))
        .sort((a, b) => a - b);
      return heights.length ? heights[heights.length >> 1] : Number.POSITIVE_INFINITY;
    });
}

/** Two words printed over each other, and the page (1-based) they are on. */
export interface Overlap {
  readonly page: number;
  readonly words: readonly [string, string];
}

/**
 * Words whose boxes cover each other by more than half of the smaller box: text printed over
 * text, as when a wrapped cell overflows a row too short for it. Neighbouring words and the
 * lines of one wrapped cell touch at most at their edges.
 */
export function overlappingWords(pdf: string): Overlap[] {
  const xml = execFileSync(PDFTOTEXT, ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 2 ** 20,
  });
  const found: Overlap[] = [];
  xml
    .split("<page ")
    .slice(1)
    .forEach((page, p) => {
      const words = [
        ...page.matchAll(
          /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g
        ),
      ].map((m) => ({ box: m.slice(1, 5).map(Number), text: m[5] }));
      words.sort((a, b) => a.box[1] - b.box[1]);
      for (let i = 0; i < words.length; i++) {
        const [x0, y0, x1, y1] = words[i].box;
        for (let j = i + 1; j < words.length && words[j].box[1] < y1; j++) {
          const [u0, v0, u1, v1] = words[j].box;
          const w = Math.min(x1, u1) - Math.max(x0, u0);
          const h = Math.min(y1, v1) - Math.max(y0, v0);
          const smaller = Math.min((x1 - x0) * (y1 - y0), (u1 - u0) * (v1 - v0));
          if (w > 0 && h > 0 && w * h > smaller / 2)
            found.push({ page: p + 1, words: [words[i].text, words[j].text] });
        }
      }
    });
  return found;
}
