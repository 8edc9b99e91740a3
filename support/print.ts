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
