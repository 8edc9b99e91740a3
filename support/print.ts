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
