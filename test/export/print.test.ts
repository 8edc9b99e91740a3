/**
 * What a reader sees when they open and print an exported workbook in LibreOffice with a fresh
 * default profile (which shows the file's cached values, recalculating nothing): no ###, TRUE
 * beside every Master check, and every sheet within a couple of landscape pages.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { describeWithTool } from "../../support/system-tools";
import { pageTitle, printToPdf } from "../../support/print";

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-print-"));

interface Printed {
  pages: string[];
}
const print = printToPdf;

const OPTION_SETS: string[][] = [
  ["--scenario", "high", "--years", "30", "--entity", "Samsung", "--currency", "KRW"],
  ["--scenario", "low", "--years", "1", "--entity", "NAVER", "--currency", "USD"],
  [
    "--scenario",
    "base",
    "--years",
    "10",
    "--entity",
    "Total",
    "--currency",
    "KRW",
    "--measure",
    "premium",
  ],
];

describeWithTool(
  "pdftotext",
  "/usr/bin/pdftotext",
  "sudo apt-get install --no-install-recommends poppler-utils libreoffice-calc"
).each(OPTION_SETS.map((o) => [o.join(" "), o] as const))("printed: %s", (_, options) => {
  let printed: Printed;

  beforeAll(() => {
    const out = path.join(dir, `${options.join("-").replace(/-+/g, "-")}.xlsx`);
    const run = spawnSync(TSX, ["scripts/workbook.ts", "--out", out, ...options], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    printed = print(out);
  }, 240_000);

  it("shows no ### anywhere", () => {
    const lines = printed.pages.flatMap((p) => p.split("\n")).filter((l) => l.includes("###"));
    expect(lines).toEqual([]);
  });

  it("shows TRUE beside every Master check", () => {
    const masters = printed.pages
      .flatMap((p) => p.split("\n"))
      .filter((l) => /Master check/.test(l));
    expect(masters.length).toBeGreaterThanOrEqual(4);
    for (const line of masters) expect(line).toMatch(/Master check\s+TRUE/);
  });

  it("prints each sheet landscape on at most two pages, with its title and page numbers", () => {
    const perSheet = new Map<string, number>();
    for (const page of printed.pages) {
      const title = pageTitle(page);
      perSheet.set(title, (perSheet.get(title) ?? 0) + 1);
      expect(page).toMatch(/Page \d+ of \d+/);
      expect(page).toMatch(/Model 1\.2\.0, data as of 2026-07-05/);
    }
    for (const title of ["Allocation", "Dependency", "Scenarios", "Risk"])
      expect([...perSheet.keys()].some((t) => t.startsWith(title))).toBe(true);
    for (const [title, pages] of perSheet)
      expect({ title, pages: Math.min(pages, 2) }).toEqual({ title, pages });
  });
});
