/**
 * The production bundle, run as Excel runs it, against the source: the same card, and the error
 * messages in Office's display language.
 */
import * as F from "../../src/functions";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";
import { loadBuilt } from "../../support/load-built";

type Loose = (...args: unknown[]) => any;
const card = F.koreaCard as Loose;
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

it("the built bundle, run as Excel runs it, returns the same card", () => {
  const bundled = loadBuilt(undefined, true).associated.get("KOREA_CARD")!;
  const built = JSON.parse(JSON.stringify(bundled("Samsung", "high", 20, [["currency", "KRW"]])));
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (set: string) => set === "CustomFunctionsRuntime" },
    },
  };
  const source = JSON.parse(JSON.stringify(card("Samsung", "high", 20, [["currency", "KRW"]])));
  // The logo's origin is the build's (production) host; everything else is identical.
  expect({ ...built, provider: { ...built.provider, logoSourceAddress: "" } }).toEqual({
    ...source,
    provider: { ...source.provider, logoSourceAddress: "" },
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
      "1.2.0 (데이터 기준일 2026-07-05)"
    );
    expect(loadBuilt("en-US").associated.get("MODEL_VERSION")!()).toBe(
      "1.2.0 (data as of 2026-07-05)"
    );
  });
});
