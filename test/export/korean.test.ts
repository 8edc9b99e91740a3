/**
 * `npm run workbook -- --lang ko` end to end: LibreOffice recalculates the Korean workbook from
 * scratch, and then it has no error cell, every Master check is TRUE, its titles read in Korean,
 * and every number equals the English workbook's, cell for cell.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { renderSheet, SHEET_DEFAULTS, SHEETS } from "../../src/sheets";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { MODEL_SHEET } from "../../src/export/live/model-sheet";
import { PROVENANCE_SHEET } from "../../src/freeze/provenance";
import { recalculate, SOFFICE } from "../../support/libreoffice";
import { errorCells, resultOf } from "../../support/workbook-cells";
import { pageTitle, printToPdf } from "../../support/print";
import { describeWithTool } from "../../support/system-tools";

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-korean-"));

const file = (lang: "en" | "ko") => path.join(dir, `${lang}.xlsx`);

async function exported(lang: "en" | "ko"): Promise<ExcelJS.Workbook> {
  const out = file(lang);
  const run = spawnSync(
    TSX,
    [
      "scripts/workbook.ts",
      "--out",
      out,
      "--lang",
      lang,
      "--entity",
      "Samsung",
      "--currency",
      "KRW",
      "--years",
      "15",
    ],
    { cwd: ROOT, encoding: "utf8" }
  );
  expect(run.stderr).toBe("");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(recalculate(out));
  return book;
}

describeWithTool(
  "LibreOffice",
  SOFFICE,
  "sudo apt-get install --no-install-recommends libreoffice-calc"
)("the Korean workbook, recalculated by LibreOffice", () => {
  let en: ExcelJS.Workbook;
  let ko: ExcelJS.Workbook;
  beforeAll(async () => {
    [en, ko] = [await exported("en"), await exported("ko")];
  }, 240_000);

  it("names its sheets in Korean, in the English order", () => {
    const names = ko.worksheets.map((w) => w.name);
    expect(names).toEqual([
      ...SHEETS.map(
        (s) => renderSheet(s.key, { ...SHEET_DEFAULTS, language: "ko" }, KO_SHEETS).name
      ),
      KO_SHEETS[MODEL_SHEET],
      KO_SHEETS[PROVENANCE_SHEET],
    ]);
    expect(names.slice(0, 2)).toEqual(["SovAI 배분", "SovAI 종속"]);
  });

  it("has no error cell, and TRUE right of every 종합 검사", () => {
    expect(errorCells(ko)).toEqual([]);
    for (const ws of ko.worksheets.slice(0, SHEETS.length)) {
      expect(ws.getCell("A3").value).toBe("종합 검사");
      const shown = resultOf(ws.getCell("B3"));
      expect({ sheet: ws.name, shown: shown === true || shown === 1 }).toEqual({
        sheet: ws.name,
        shown: true,
      });
    }
  });

  it("computes its titles in Korean from the same inputs", () => {
    // Samsung Electronics, base scenario: 50,000 GPUs (fact D5).
    expect(resultOf(ko.getWorksheet("SovAI 배분")!.getCell("A1"))).toBe(
      "한국에 발표된 GPU 260,000개의 배분, base 시나리오"
    );
    // MODEL_VERSION() as Korean Excel words it (the export stands in for Excel).
    // LibreOffice saves it as rich text (a CJK font for the Korean run): compare its plain text.
    expect(ko.getWorksheet("SovAI 배분")!.getCell("B4").text).toBe(
      "1.2.0 (데이터 기준일 2026-07-05)"
    );
    expect(resultOf(ko.getWorksheet("SovAI 종속")!.getCell("A1"))).toBe(
      "종속과 락인 비용: Samsung Electronics, 15년, base 시나리오, KRW"
    );
  });

  it("holds the English workbook's number in every cell", () => {
    let numbers = 0;
    en.worksheets.slice(0, SHEETS.length).forEach((wsEn, i) => {
      const wsKo = ko.worksheets[i];
      wsEn.eachRow((row) =>
        row.eachCell((cell) => {
          const v = resultOf(cell);
          if (typeof v !== "number") return;
          numbers++;
          expect({
            at: `${wsEn.name}!${cell.address}`,
            v: resultOf(wsKo.getCell(cell.address)),
          }).toEqual({
            at: `${wsEn.name}!${cell.address}`,
            v,
          });
        })
      );
    });
    expect(numbers).toBeGreaterThan(500);
  });

  it("prints cleanly: no ###, TRUE beside every 종합 검사, Korean titles and footers on every page", () => {
    // Printed as a reader's LibreOffice shows the file: its cached values, nothing recalculated.
    const { pages } = printToPdf(file("ko"));
    const lines = pages.flatMap((p) => p.split("\n"));
    expect(lines.filter((l) => l.includes("###"))).toEqual([]);
    const masters = lines.filter((l) => /종합 검사/.test(l));
    expect(masters.length).toBeGreaterThanOrEqual(4);
    for (const line of masters) expect(line).toMatch(/종합 검사\s+TRUE/);
    const titles = new Set<string>();
    // The provenance record too: its words are Korean; Unfreeze finds it by its sheet name and
    // reads its rows by position, not by header text.
    for (const page of pages) {
      expect(page).toMatch(/\d+ \/ \d+쪽/);
      expect(page).toMatch(/모델 1\.2\.0, 데이터 기준일 2026-07-05/);
      titles.add(pageTitle(page));
    }
    for (const title of [
      "한국에 발표된 GPU의 배분",
      "종속과 락인 비용",
      "시나리오와 민감도",
      "고정된 값의 출처 기록",
    ])
      expect(titles.has(title)).toBe(true);
  });
});
