/**
 * The Korean error messages: every id the English catalogue has, Korean prose around the
 * parameters (the built functions choosing the catalogue by Office's display language:
 * test/built/bundle.test.ts).
 */
import { EN, KO, languageOf, type MessageId } from "../../src/model";

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
  "entity overrides currency USD KRW base low high refresh_cycle_years trials seed bins mean sd min max se P90 P0 P100 cost premium switching SOVAI GPU Total target_share NVIDIA".split(
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
