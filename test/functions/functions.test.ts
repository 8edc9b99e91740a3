/**
 * The custom-function adapters called as Excel calls them: a range (even one cell) arrives as a
 * 2-D array, an omitted optional argument as null. Errors must be CustomFunctions.Error with a message.
 */
import * as F from "../../src/functions";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";
import { excelErrorOf, expectClose, expectExcelError } from "../../support/helpers";

const base = F.ScenarioName.base;
const high = F.ScenarioName.high;
const scenario = (s: string) => s as F.ScenarioName;

describe("KOREA_GPUS", () => {
  it("returns the published figures for names, aliases and Korean names", () => {
    expect(F.koreaGpus([["Samsung"]], base)).toEqual([[50_000]]);
    expect(F.koreaGpus([["네이버"]], high)).toEqual([[80_000]]);
    expect(F.koreaGpus([["SK hynix"]], scenario("low"))).toEqual([[40_000]]);
  });

  it("treats an omitted entity and scenario as Total and base (Excel passes null)", () => {
    expect(F.koreaGpus(null as never, null as never)).toEqual([[260_000]]);
    expect(F.koreaGpus(undefined, undefined)).toEqual([[260_000]]);
    expect(F.koreaGpus([[null]], null as never)).toEqual([[260_000]]);
  });

  it("spills one result per cell, same shape, with per-cell errors", () => {
    const out = F.koreaGpus(
      [
        ["Samsung", "SK"],
        ["HMG", "Nope"],
      ],
      base
    );
    expect(out[0]).toEqual([50_000, 50_000]);
    expect(out[1][0]).toBe(50_000);
    expect(out[1][1]).toBeInstanceOf(StubCustomFunctionsError);
    expect((out[1][1] as StubCustomFunctionsError).code).toBe("#N/A");
  });

  it("answers an unknown entity with #N/A naming the closest match and the known entities", () => {
    expectExcelError(
      () => F.koreaGpus([["Samsnug"]]),
      "#N/A",
      /Did you mean Samsung\?.*NAVER Cloud/
    );
  });

  it("answers an unknown scenario with #VALUE! listing the valid ones", () => {
    expectExcelError(() => F.koreaGpus([["SK"]], scenario("worst")), "#VALUE!", /base, low, high/);
  });

  it("rejects booleans as entities", () => {
    expectExcelError(() => F.koreaGpus([[true]]), "#VALUE!", /entity/);
  });
});

describe("KOREA_GPU_SHARE, KOREA_ALLOCATION, KOREA_ENTITY, KOREA_ENTITIES", () => {
  it("gives shares, a GPU count's share included", () => {
    expectClose(F.koreaGpuShare([["NAVER"]])[0][0], 60_000 / 260_000);
    expectClose(F.koreaGpuShare([[30_200]], high)[0][0], 0.1); // 30,200 of the high 302,000
  });

  it("spills the allocation table with its header", () => {
    const t = F.koreaAllocation(null as never);
    expect(t).toHaveLength(6);
    expect(t[0][3]).toBe("GPUs");
    expect(t.slice(1).reduce((s, r) => s + (r[3] as number), 0)).toBe(260_000);
  });

  it("reads fields and lifts over entities", () => {
    expect(F.koreaEntity([["HMG"]], F.EntityFieldName.investment_usd)).toEqual([[3e9]]);
    expect(F.koreaEntity([["Samsung"], ["NAVER"]], F.EntityFieldName.switch_multiplier)).toEqual([
      [2],
      [0.5],
    ]);
    expectExcelError(
      () => F.koreaEntity([["NAVER"]], F.EntityFieldName.investment_usd),
      "#N/A",
      /not disclosed/
    );
    expectExcelError(
      () => F.koreaEntity([["NAVER"]], "ceo" as F.EntityFieldName),
      "#VALUE!",
      /korean_name/
    );
  });

  it("lists the five canonical names as a column", () => {
    expect(F.koreaEntities()).toEqual([
      ["Ministry of Science and ICT"],
      ["Samsung Electronics"],
      ["SK Group"],
      ["Hyundai Motor Group"],
      ["NAVER Cloud"],
    ]);
  });
});

describe("LOCKIN_COST and friends", () => {
  // Hand-worked in test/model/lockin.test.ts: base, total, 10 years = 32,431,208,655.990
  it("returns the hand-worked value with every optional argument omitted", () => {
    expectClose(
      F.lockinCostFn([[10]], null as never, null as never, null as never)[0][0],
      32_431_208_655.99049
    );
  });

  it("spills over a row of years and broadcasts an entity column against it", () => {
    const grid = F.lockinCostFn([[5, 10]], [["Total"], [260_000]], base);
    expect(grid).toHaveLength(2);
    expectClose(grid[0][0], 17_223_747_187.13584);
    expectClose(grid[1][1], 32_431_208_655.99049);
  });

  it("marks cells outside the smaller of two mismatched ranges #N/A", () => {
    const grid = F.lockinCostFn([[5], [10], [15]], [["SK"], ["NAVER"]]);
    expect((grid[2][0] as StubCustomFunctionsError).code).toBe("#N/A");
  });

  it("takes overrides as an array constant and as a range with blank rows", () => {
    // With a 5-year cycle forced to 10, the base 10-year cost loses the year-5 refresh and the
    // year-10 refresh is generation 1: 1.3e9 × A(10) + 260,000 × 80,000 × 0.6 × 1.15 / 1.045^10
    const expected = 1.3e9 * 7.912718177110168 + 14.352e9 / Math.pow(1.045, 10);
    expectClose(
      F.lockinCostFn([[10]], null as never, base, [["refresh_cycle_years", 10]])[0][0],
      expected
    );
    const range = [
      ["refresh_cycle_years", 10],
      [null, null],
      ["currency", "KRW"],
    ];
    expectClose(F.lockinCostFn([[10]], null as never, base, range)[0][0], expected * 1_500);
  });

  it("maps bad overrides to #VALUE! and #NUM! with messages", () => {
    expectExcelError(
      () => F.lockinCostFn([[10]], null as never, base, [["nonsense", 1]]),
      "#VALUE!",
      /"nonsense"/
    );
    expectExcelError(
      () => F.lockinCostFn([[10]], null as never, base, [["pue", 0.5]]),
      "#NUM!",
      /from 1 to 5/
    );
    expectExcelError(
      () => F.lockinCostFn([[10]], null as never, base, [["pue"]]),
      "#VALUE!",
      /two-column/
    );
  });

  it("maps bad years to #NUM! and text years to #VALUE!", () => {
    expectExcelError(() => F.lockinCostFn([[0]]), "#NUM!", /1 to 100/);
    expectExcelError(() => F.lockinCostFn([[101]]), "#NUM!", /1 to 100/);
    expectExcelError(() => F.lockinCostFn([["ten"]]), "#VALUE!", /years must be a number/);
    expectExcelError(() => F.lockinCostFn([[null]]), "#NUM!", /blank/);
    expectExcelError(() => F.lockinCostFn([[Number.NaN]]), "#NUM!");
  });

  it("spills the schedule with a header and the same PV", () => {
    const t = F.lockinScheduleFn(10, null, base);
    expect(t).toHaveLength(11);
    expect(t[0][9]).toBe("Cumulative PV");
    expectClose(t[10][9], 32_431_208_655.99049);
    expectExcelError(() => F.lockinScheduleFn([[1, 2]], null), "#VALUE!", /single value/);
  });

  it("premium, switching cost and upgrade cycles", () => {
    expectClose(F.lockinPremiumFn([[10]])[0][0], 4_307_971_188.772472);
    expectClose(F.switchingCostFn(null as never)[0][0], 3_660_000_000);
    expectClose(F.switchingCostFn([["Samsung"]], base, [["currency", "KRW"]])[0][0], 1.2e9 * 1_500);
    expect(F.upgradeCyclesFn([[10, 15, 30]], [[3]])).toEqual([[3, 5, 10]]);
    expect(F.upgradeCyclesFn([[10]], null as never)).toEqual([[2]]);
    expectExcelError(() => F.upgradeCyclesFn([[10]], [[0]]), "#NUM!", /refresh_cycle_years/);
  });
});

describe("assumptions, HHI, version", () => {
  it("reads one assumption and the table", () => {
    expect(F.lockinAssumption(F.AssumptionName.refresh_cycle_years, high)).toBe(3);
    expect(F.lockinAssumption("Discount Rate" as F.AssumptionName, null as never)).toBe(0.045);
    expectExcelError(
      () => F.lockinAssumption("speed" as F.AssumptionName),
      "#VALUE!",
      /Unknown assumption/
    );
    expect(F.lockinAssumptions(scenario("low"))[0]).toEqual([
      "Name",
      "Value",
      "Unit",
      "Low",
      "Base",
      "High",
      "Description",
      "Source",
    ]);
  });

  it("computes HHI from fractions or percents, skipping blanks", () => {
    expect(F.supplierHhiFn([[0.9], [0.1], [null]])).toBeCloseTo(8_200, 9);
    expect(F.supplierHhiFn([[50, 30, 20]])).toBeCloseTo(3_800, 9);
    expectExcelError(() => F.supplierHhiFn([[60, 50]]), "#NUM!", /more than 100%/);
    expectExcelError(() => F.supplierHhiFn([["lots"]]), "#VALUE!");
    expectExcelError(() => F.supplierHhiFn([[null]]), "#VALUE!", /at least one/);
  });

  it("reports the model version and data date", () => {
    expect(F.modelVersion()).toBe("1.2.0 (data as of 2026-07-05)");
  });

  it("never lets a plain JavaScript error escape", () => {
    const e = excelErrorOf(() => F.lockinCostFn({} as never));
    expect(e.code).toBe("#VALUE!");
  });
});
