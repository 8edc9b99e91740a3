/**
 * The production build, checked as Excel would use it: the metadata it serves and the script
 * it runs must agree, and the functions must return the published values when called with
 * Excel-shaped arguments (ranges as 2-D arrays, omitted arguments as null).
 * `npm test` builds first (the pretest script).
 */
import { loadBuilt } from "../../support/load-built";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";
import { expectClose } from "../../support/helpers";

const built = loadBuilt();
const call = (id: string, ...args: unknown[]) => {
  const fn = built.associated.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  return fn(...args);
};

describe("built functions return the published values", () => {
  it("allocation", () => {
    expect(call("KOREA_GPUS", [["Samsung"]], null)).toEqual([[50_000]]);
    expect(call("KOREA_GPUS", null, null)).toEqual([[260_000]]);
    expect(call("KOREA_GPUS", [["네이버"]], "high")).toEqual([[80_000]]);
    expect(call("KOREA_GPUS", null, "low")).toEqual([[201_300]]);
    expect(call("KOREA_GPUS", [["MSIT"]], "high")).toEqual([[52_000]]);
    expectClose((call("KOREA_GPU_SHARE", [["HMG"]], null) as number[][])[0][0], 50_000 / 260_000);
    expect(call("KOREA_ENTITY", [["현대"]], "investment_usd")).toEqual([[3e9]]);
    expect((call("KOREA_ALLOCATION", null) as unknown[][]).length).toBe(6);
    expect((call("KOREA_ENTITIES") as unknown[][]).length).toBe(5);
  });

  it("lock-in, worked by hand in test/model/lockin.test.ts", () => {
    expectClose(
      (call("LOCKIN_COST", [[10]], null, null, null) as number[][])[0][0],
      32_431_208_655.99049
    );
    expectClose(
      (call("LOCKIN_COST", [[5]], [["Total"]], "base", null) as number[][])[0][0],
      17_223_747_187.13584
    );
    expectClose(
      (call("LOCKIN_COST", [[10]], null, "high", null) as number[][])[0][0],
      302_315_765_460.64886
    );
    expectClose(
      (call("LOCKIN_PREMIUM", [[10]], null, null, null) as number[][])[0][0],
      4_307_971_188.772472
    );
    expectClose((call("SWITCHING_COST", null, null, null) as number[][])[0][0], 3_660_000_000);
    expect(call("UPGRADE_CYCLES", [[10]], [[3]])).toEqual([[3]]);
    expect(call("LOCKIN_ASSUMPTION", "refresh_cycle_years", "high")).toBe(3);
    expect(call("MODEL_VERSION")).toBe("1.2.0 (data as of 2026-07-05)");
    expect(call("SUPPLIER_HHI", [[0.5], [0.5]])).toBeCloseTo(5_000, 9);
  });

  it("errors are CustomFunctions.Error with messages", () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as StubCustomFunctionsError;
      }
      throw new Error("expected an error");
    };
    const na = error(() => call("KOREA_GPUS", [["Samsnug"]], null));
    expect(na).toBeInstanceOf(StubCustomFunctionsError);
    expect([na.code, na.message]).toEqual([
      "#N/A",
      expect.stringMatching(/Did you mean Samsung\?/),
    ]);
    expect(error(() => call("LOCKIN_COST", [[10]], null, "worst", null)).code).toBe("#VALUE!");
    expect(error(() => call("LOCKIN_COST", [[10]], null, null, [["pue", 9]])).code).toBe("#NUM!");
  });
});
