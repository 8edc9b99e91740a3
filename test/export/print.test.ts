/**
 * What a reader sees when they open and print an exported workbook in LibreOffice with a fresh
 * default profile (which shows the file's cached values, recalculating nothing): every page's text
 * at 7 pt or more, measured against 10-pt text printed in the same run; no ###; TRUE beside every
 * Master check; each page with its sheet's title, the model version and page numbers.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { MODEL_VERSION, DATA_AS_OF } from "../../src/model";
import { SHEETS } from "../../src/sheets";
import { describeWithTool } from "../../support/system-tools";
import { CARLITO, overlappingWords, pageTitle, printToPdf, textSizes } from "../../support/print";
import { renderSheet, SHEET_DEFAULTS } from "../../src/sheets";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { textIn } from "../../src/sheets/localize";
import { PROVENANCE_TEXT } from "../../src/export/provenance-sheet";

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-print-"));

/** The default export, the widest and largest numbers, and the Korean one. */
const OPTION_SETS: string[][] = [
  [],
  ["--scenario", "high", "--years", "30", "--entity", "Samsung", "--currency", "KRW"],
  ["--lang", "ko", "--years", "30"],
];

/**
 * English a Korean print must not show: every text cell of the English sheets, the provenance
 * record's words and the footers, where Korean has other words for it (entity names, ids and
 * input values such as "base" read the same in both). Only phrases of two words or more, which
 * cannot occur by chance inside a proper name or a source's title.
 */
function englishPhrases(): string[] {
  const korean = textIn(KO_SHEETS);
  const sheetText = SHEETS.flatMap((s) =>
    renderSheet(s.key, { ...SHEET_DEFAULTS, horizon: 30 })
      .formulas.flat()
      .filter((c): c is string => typeof c === "string" && !c.startsWith("="))
  );
  const footer = `Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`;
  return [...new Set([...sheetText, ...PROVENANCE_TEXT, footer])].filter(
    (text) => /[A-Za-z]+ [A-Za-z]+/.test(text) && korean(text) !== text
  );
}

/** A page of 10-pt text, printed by the same LibreOffice, to calibrate the measurement. */
async function reference(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Reference", { pageSetup: { scale: 100, paperSize: 9 } });
  for (let r = 1; r <= 40; r++) {
    const cell = ws.getCell(r, 1);
    cell.value = "Reference text at ten points, for the print test";
    cell.font = { size: 10 };
  }
  const file = path.join(dir, "reference.xlsx");
  await wb.xlsx.writeFile(file);
  return printToPdf(file).pdf;
}

const INSTALL =
  "sudo apt-get install --no-install-recommends poppler-utils libreoffice-calc fonts-crosextra-carlito";

const [tool, at] = existsSync("/usr/bin/pdftotext")
  ? ["the Carlito font", CARLITO]
  : ["pdftotext", "/usr/bin/pdftotext"];

describeWithTool(
  tool,
  at,
  INSTALL
)("printed exports", () => {
  let calibration: string;
  beforeAll(async () => {
    calibration = await reference();
  }, 120_000);

  describe.each(OPTION_SETS.map((o) => [o.join(" ") || "default options", o] as const))(
    "%s",
    (_, options) => {
      let printed: { pdf: string; pages: string[] };
      const korean = options.includes("ko");

      beforeAll(() => {
        const out = path.join(dir, `export-${options.join("-") || "default"}.xlsx`);
        const run = spawnSync(TSX, ["scripts/workbook.ts", "--out", out, ...options], {
          cwd: ROOT,
          encoding: "utf8",
        });
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        printed = printToPdf(out);
      }, 240_000);

      it("prints every page's text at 7 pt or more", () => {
        const sizes = textSizes(printed.pdf, calibration, 10);
        expect(sizes).toHaveLength(printed.pages.length);
        const small = sizes
          .map((pt, i) => ({ page: i + 1, title: pageTitle(printed.pages[i]), pt: +pt.toFixed(1) }))
          .filter((p) => p.pt < 7);
        expect(small).toEqual([]);
      });

      it("prints no text over other text: no note runs past its page's edge", () => {
        const overlaps = overlappingWords(printed.pdf).map((o) => ({
          title: pageTitle(printed.pages[o.page - 1]),
          ...o,
        }));
        expect(overlaps).toEqual([]);
      });

      if (korean)
        it("leaves no English sheet text in the Korean print", () => {
          const phrases = englishPhrases();
          expect(phrases.length).toBeGreaterThan(100);
          const text = printed.pages.join("\n").replace(/\s+/g, " ");
          expect(phrases.filter((p) => text.includes(p))).toEqual([]);
        });

      it("shows no ### anywhere", () => {
        const lines = printed.pages.flatMap((p) => p.split("\n")).filter((l) => l.includes("###"));
        expect(lines).toEqual([]);
      });

      it("shows TRUE beside every Master check", () => {
        const label = korean ? "종합 검사" : "Master check";
        const masters = printed.pages
          .flatMap((p) => p.split("\n"))
          .filter((l) => l.includes(label));
        expect(masters.length).toBeGreaterThanOrEqual(SHEETS.length);
        for (const line of masters) expect(line).toMatch(new RegExp(`${label}\\s+TRUE`));
      });

      it("names its sheet, the model and the page on every page", () => {
        const model = korean
          ? `모델 ${MODEL_VERSION}, 데이터 기준일 ${DATA_AS_OF}`
          : `Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`;
        for (const page of printed.pages) {
          expect(pageTitle(page)).not.toBe("");
          expect(page).toContain(model);
          expect(page).toMatch(korean ? /\d+ \/ \d+쪽/ : /Page \d+ of \d+/);
        }
      });
    }
  );
});
