/**
 * The Korean sheets: every text a reader sees has a Korean entry, formulas and names are the
 * English sheet's, and a spreadsheet engine computes the same number in every cell.
 */
import { renderSheet, SHEETS, type SheetOptions } from "../../src/sheets";
import type { RenderedSheet } from "../../src/sheets/types";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { koreanDateIn, resolve } from "../../src/sheets/localize";
import { ENTITY_CHOICES, MASTER_CHECK_LABELS } from "../../src/sheets/common";
import { PROVENANCE_SHEET, PROVENANCE_SHEET_NAMES } from "../../src/freeze/provenance";
import { evaluate } from "../../support/spreadsheet";

const BASE: SheetOptions = {
  scenario: "base",
  horizon: 10,
  entity: "Total",
  currency: "USD",
  measure: "cost",
  trials: 10_000,
  seed: 1,
};
/** Option sets that between them show every text a sheet can hold. */
const OPTION_SETS: SheetOptions[] = [
  BASE,
  {
    ...BASE,
    scenario: "high",
    horizon: 30,
    entity: "Samsung Electronics",
    currency: "KRW",
    measure: "premium",
  },
  { ...BASE, scenario: "low", horizon: 1, entity: "NAVER Cloud", measure: "switching", seed: 7 },
];
const both = (key: (typeof SHEETS)[number]["key"], options: SheetOptions) => ({
  en: renderSheet(key, options),
  ko: renderSheet(key, { ...options, language: "ko" }, KO_SHEETS),
});
/** A formula with its string literals blanked: what it computes, not what it says. */
const skeleton = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

describe.each(SHEETS.map((s) => s.key))("the %s sheet in Korean", (key) => {
  it("has a Korean entry for every text, under every option set", () => {
    const missing = new Set<string>();
    for (const options of OPTION_SETS)
      renderSheet(key, { ...options, language: "ko" }, KO_SHEETS, missing);
    expect([...missing]).toEqual([]);
  });

  it.each(OPTION_SETS.map((o, i) => [i, o] as const))(
    "option set %i: the same formulas, names, validations, tables and chart ranges as English",
    (_, options) => {
      const { en, ko } = both(key, options);
      expect([ko.rows, ko.columns]).toEqual([en.rows, en.columns]);
      en.formulas.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = ko.formulas[r][c];
          if (typeof v === "string" && v.startsWith("="))
            expect(skeleton(String(k))).toBe(skeleton(v));
          else if (typeof v !== "string") expect(k).toBe(v);
        })
      );
      expect(ko.names.map((n) => [n.name, n.ref])).toEqual(en.names.map((n) => [n.name, n.ref]));
      expect(ko.validations.map((v) => [v.ref, v.list, v.wholeNumber])).toEqual(
        en.validations.map((v) => [v.ref, v.list, v.wholeNumber])
      );
      expect(ko.tables).toEqual(en.tables);
      const ranges = (s: RenderedSheet) =>
        s.charts.map((c) => [
          c.type,
          c.data,
          c.seriesBy,
          c.categories,
          c.seriesNames,
          c.line?.values,
          c.from,
          c.to,
        ]);
      expect(ranges(ko)).toEqual(ranges(en));
      expect(ko.numberFormats).toEqual(en.numberFormats);
    }
  );

  it("leaves no English prose: every changed text is Korean, every unchanged one a name, id or number", () => {
    const { en, ko } = both(key, BASE);
    const english: string[] = [];
    en.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || v === "" || v.startsWith("=")) return;
        const k = String(ko.formulas[r][c]);
        // Changed text is Korean, or the Korean twin of a field key (sector → korean_sector).
        if (k !== v) expect(k).toMatch(/[가-힣]|^[A-Z0-9 ]+$|^korean_[a-z_]+$/);
        else if (
          /[a-z]{3,}\s+[a-z]{3,}/i.test(v) &&
          !SAME_IN_KOREAN.has(v) &&
          !ENTITY_CHOICES.includes(v)
        )
          english.push(v);
      })
    );
    expect(english).toEqual([]);
    expect(ko.name).toMatch(/^SovAI [가-힣]+$/);
    expect(ko.print.footerRight).toBe("&P / &N쪽");
    expect(ko.print.footerLeft).toBe("모델 1.2.0, 데이터 기준일 2026-07-05");
    expect(ko.print.header).toMatch(/^SovAI: [가-힣]/);
    for (const n of ko.names) expect(n.comment).toMatch(/[가-힣]/);
    for (const v of ko.validations) expect(v.prompt).toMatch(/[가-힣]|^[a-z ,=;_/A-Z]+$/);
    for (const ch of ko.charts) expect(ch.title).toMatch(/[가-힣]/);
  });

  it("evaluates in HyperFormula to the English sheet's numbers, cell for cell", () => {
    for (const options of [BASE, OPTION_SETS[1]]) {
      const { en, ko } = both(key, options);
      const [a, b] = [evaluate(en), evaluate(ko)];
      expect(b.errors()).toEqual([]);
      const [va, vb] = [a.hf.getSheetValues(a.sheetId), b.hf.getSheetValues(b.sheetId)];
      let numbers = 0;
      va.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "number" || typeof v === "boolean") {
            numbers++;
            expect({ r, c, v: vb[r][c] }).toEqual({ r, c, v });
          }
        })
      );
      expect(numbers).toBeGreaterThan(20);
      expect(b.value("B3")).toBe(true);
    }
  });
});

/** Texts whose Korean is the English: product and company lists, and ids with symbols. */
const SAME_IN_KOREAN = new Set(
  Object.entries(KO_SHEETS)
    .filter(([k, v]) => k === v)
    .map(([k]) => k)
);

describe("the Korean table", () => {
  it("keeps English only for product lists and ids", () => {
    expect([...SAME_IN_KOREAN].sort()).toEqual(
      [
        "AMD Instinct, Google TPU, AWS Trainium, Intel Gaudi",
        "DRIVE AGX Thor, Jetson Thor",
        "NVLink, InfiniBand / Spectrum-X, BlueField",
        "NeMo, NIM (NVIDIA AI Enterprise)",
        "Omniverse, Cosmos",
        "P5 ≤ P50 ≤ P95",
        "ROCm / HIP, oneAPI / SYCL, OpenXLA, Triton",
        "base / low / high",
        "cost / premium / switching",
        "low ≤ P5, base ≤ P95 ≤ high",
        "low ≤ base ≤ high",
      ].sort()
    );
  });

  it("fills numbers into patterns in order and builds compounds from their parts", () => {
    const names = new Set<string>();
    expect(resolve("years (1 to 30)", KO_SHEETS, names)).toBe("년 (1~30)");
    expect(resolve("Whole number from 1,000 to 1,000,000", KO_SHEETS, names)).toBe(
      "1,000~1,000,000의 정수"
    );
    expect(
      resolve(
        "Years between forced platform refreshes (years): the override if given, else the scenario's value",
        KO_SHEETS,
        names
      )
    ).toBe("강제 플랫폼 교체 사이의 연수 (년): 재정의 값이 있으면 그 값, 없으면 시나리오 값");
    expect(resolve("Judgement; U14", KO_SHEETS, names)).toBe("판단; U14");
    expect(resolve("No such text", KO_SHEETS, names)).toBeUndefined();
  });

  it("gives the workbook doctor the Korean Master check label it looks for", () => {
    expect(MASTER_CHECK_LABELS).toEqual(["Master check", KO_SHEETS["Master check"]]);
  });

  it("finds the provenance record under the Korean name a Korean freeze or export gives it", () => {
    expect(PROVENANCE_SHEET_NAMES).toEqual([PROVENANCE_SHEET, KO_SHEETS[PROVENANCE_SHEET]]);
  });

  it("writes source dates in Korean order", () => {
    expect(koreanDateIn("Korea Herald, 27 Feb 2026")).toBe("Korea Herald, 2026년 2월 27일");
    expect(koreanDateIn("dailyalpha.us, 2026 (mid)")).toBe("dailyalpha.us, 2026년 중반");
    expect(koreanDateIn("Motley Fool, 2025-11")).toBe("Motley Fool, 2025년 11월");
    expect(koreanDateIn("Uptime Institute, 2019–2024")).toBe("Uptime Institute, 2019년~2024년");
    expect(koreanDateIn("Chosun Biz, derived")).toBe("Chosun Biz, 파생 수치");
  });

  it("fills the allocation table's text columns from the Korean fields", () => {
    const sheet = renderSheet("allocation", { ...BASE, language: "ko" }, KO_SHEETS);
    const book = evaluate(sheet);
    const row = sheet.formulas.findIndex((r) => r[0] === "Samsung Electronics");
    const at = (c: number) => book.value(`${String.fromCharCode(65 + c)}${row + 1}`);
    // Columns B, C, F, G, J: Korean name, sector, announced as, uses, deployment.
    expect([1, 2, 5, 6, 9].map(at)).toEqual([
      "삼성전자",
      "반도체",
      "이상",
      "AI 메가팩토리: 리소그래피(cuLitho), 팹 디지털 트윈, 로보틱스",
      "향후 수년에 걸쳐",
    ]);
  });

  it("titles the allocation sheet in Korean, computing the same count", () => {
    // HyperFormula's TEXT ignores "#,##0", so the count is read from the formula (LibreOffice
    // shows "260,000": test/export/korean.test.ts).
    expect(
      renderSheet("allocation", { ...BASE, language: "ko" }, KO_SHEETS).formulas[0][0]
    ).toMatch(/^="한국에 발표된 GPU "&TEXT\(D\d+,"#,##0"\)&"개의 배분, "&Scenario&" 시나리오"$/);
    const risk = evaluate(renderSheet("dependency", { ...BASE, language: "ko" }, KO_SHEETS));
    expect(risk.value("A1")).toBe("종속과 락인 비용: Total, 10년, base 시나리오, USD");
  });
});
