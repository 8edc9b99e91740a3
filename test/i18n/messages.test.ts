/**
 * The Korean error messages: every id the English catalogue has, Korean prose around the
 * parameters, and the built functions choosing the catalogue from Office's display language.
 */
import { EN, KO, languageOf, type MessageId } from "../../src/model";
import { loadBuilt } from "../../support/load-built";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";

/** Sample parameters: neutral tokens, so any Latin word left in a rendering is the catalogue's. */
const SAMPLE = {
  name: "X",
  got: "7",
  hint: "Y",
  known: "Z",
  unit: "U",
  range: "1..2",
  row: 3,
  max: 9,
  min: 1,
  sum: "120",
  detail: "D",
  total: true,
};

/** Words a Korean message keeps in English: ids a user types, the currency codes and the vendor. */
const IDS = new Set(
  "entity overrides currency USD KRW base low high refresh_cycle_years trials seed bins mean sd min max se P90 P0 P100 cost premium switching SOVAI GPU Total".split(
    " "
  )
);

describe("Korean message catalogue", () => {
  const ids = Object.keys(EN) as MessageId[];

  it("has exactly the English catalogue's ids", () => {
    expect(Object.keys(KO).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("%s reads in Korean, with no English beyond ids", (id) => {
    const text = (KO[id] as (p: typeof SAMPLE) => string)(SAMPLE);
    expect(text).toMatch(/[가-힣]/);
    const latin = (text.match(/[A-Za-z_][A-Za-z0-9_]+/g) ?? []).filter((w) => !IDS.has(w));
    expect(latin).toEqual([]);
    expect(text).not.toBe((EN[id] as (p: typeof SAMPLE) => string)(SAMPLE));
  });

  it("maps display languages to the two catalogues", () => {
    expect(["ko", "ko-KR", "KO-kr"].map(languageOf)).toEqual(["ko", "ko", "ko"]);
    expect(["en-US", "kok-IN", "de-DE", "", undefined].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});

describe("the built functions speak Office's display language", () => {
  const unknown = (displayLanguage?: string) => {
    const fn = loadBuilt(displayLanguage).associated.get("KOREA_GPUS")!;
    try {
      fn("Samsnug", null);
    } catch (e) {
      return e as StubCustomFunctionsError;
    }
    throw new Error("KOREA_GPUS accepted an unknown entity");
  };

  it("explains an unknown entity in Korean when the display language is ko-KR", () => {
    const e = unknown("ko-KR");
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(
      /^알 수 없는 기관 "Samsnug"\. Samsung을\(를\) 뜻했나요\? 사용 가능한 기관: .*Samsung/
    );
  });

  it("stays English for en-US and outside Office", () => {
    expect(unknown("en-US").message).toMatch(/^Unknown entity "Samsnug"\. Did you mean Samsung\?/);
    expect(unknown().message).toMatch(/^Unknown entity "Samsnug"/);
  });

  it("returns a Korean #NUM! for a range error", () => {
    const fn = loadBuilt("ko-KR").associated.get("LOCKIN_COST")!;
    expect(() => fn(0, null, null, null)).toThrow(
      "years은(는) 1부터 100까지의 정수여야 합니다. 받은 값: 0."
    );
  });

  it("words MODEL_VERSION() in the display language, same version and date", () => {
    expect(loadBuilt("ko-KR").associated.get("MODEL_VERSION")!()).toBe(
      "1.1.0 (데이터 기준일 2026-06-30)"
    );
    expect(loadBuilt("en-US").associated.get("MODEL_VERSION")!()).toBe(
      "1.1.0 (data as of 2026-06-30)"
    );
  });
});
