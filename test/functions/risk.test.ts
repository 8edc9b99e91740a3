/**
 * The risk functions as Excel calls them: statistics spill in the shape of their argument, all
 * four share one cached simulation per argument set, and bad arguments get Excel errors.
 */
import * as model from "../../src/model";
import * as F from "../../src/functions";
import { expectExcelError } from "../../support/helpers";

/** Excel passes null for omitted arguments; the declared types say optional. */
type Loose = (...args: unknown[]) => unknown[][];
/** Up to 10,000 trials the risk functions answer in the call, not with a promise. */
const risk = F.lockinRisk as unknown as Loose;
const riskTable = F.lockinRiskTable as unknown as Loose;
const histogram = F.lockinHistogram as unknown as Loose;
const driversOf = F.lockinDrivers as unknown as Loose;
const cost = F.lockinCostFn as Loose;
const tableOf = (...args: unknown[]) =>
  new Map((riskTable(...args) as [string, number][]).slice(1));

describe("LOCKIN_RISK", () => {
  it("spills P10, P50 and P90 in the shape given, equal to the table's", () => {
    const table = tableOf(10);
    expect(risk(10, [[0.1, 0.5, 0.9]])).toEqual([
      [table.get("P10"), table.get("P50"), table.get("P90")],
    ]);
    expect(risk(10, [["P90"], ["p5"], ["sd"]])).toEqual([
      [table.get("P90")],
      [table.get("P5")],
      [table.get("Standard deviation")],
    ]);
    expect(risk(10)).toEqual([[table.get("Mean")]]);
  });

  it("runs one simulation per distinct argument set, whatever is asked of it", () => {
    const spy = jest.spyOn(model, "simulate");
    try {
      risk(12, null, "SK", [["pue", 1.2]], 2_000, 99, "premium");
      risk(12, [["P90"]], "SK", [["pue", 1.2]], 2_000, 99, F.MeasureName.premium);
      riskTable(12, "SK", [["pue", 1.2]], 2_000, 99, F.MeasureName.premium);
      histogram(12, "SK", null, [["pue", 1.2]], 2_000, 99, F.MeasureName.premium);
      expect(spy).toHaveBeenCalledTimes(1);
      risk(12, null, "SK", [["pue", 1.2]], 2_000, 100, F.MeasureName.premium);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it("holds an overridden input fixed and reports the drivers that remain", () => {
    const rows = driversOf(10, 1_000, [["capex_per_gpu_usd", 90_000]], 2_000) as (
      string | number
    )[][];
    expect(rows[0]).toEqual(["Input", "Rank correlation", "Share of variance"]);
    const inputs = rows.slice(1).map((r) => r[0]);
    expect(inputs).not.toContain("capex_per_gpu_usd");
    expect(inputs).not.toContain("gpus"); // a GPU count is fixed
    expect(rows.slice(1).reduce((s, r) => s + (r[2] as number), 0)).toBeCloseTo(1, 12);
  });

  it("histogram bins default to 20 and can be set", () => {
    expect(histogram(10)).toHaveLength(21);
    expect(histogram(10, null, 5)).toHaveLength(6);
  });

  it("answers bad arguments with Excel errors", () => {
    expectExcelError(() => risk(10, [["P90"]], null, null, 500), "#NUM!", /trials/);
    expectExcelError(() => risk(10, [["median"]]), "#VALUE!", /Unknown statistic/);
    expectExcelError(() => risk(10, [[0]]), "#NUM!", /percentile/);
    expectExcelError(() => riskTable(10, null, null, null, 2 ** 31), "#NUM!", /seed/);
  });

  it("gives one statistic's error in its own cell of a spill", () => {
    const out = risk(10, [["mean", "nonsense"]]);
    expect(typeof out[0][0]).toBe("number");
    expect(out[0][1]).toMatchObject({ code: "#VALUE!" });
  });
});

describe("overrides are read once per distinct content", () => {
  it("reuses the reading of an equal block passed as a new array, and rereads a changed one", () => {
    const spy = jest.spyOn(model, "resolveAssumptions");
    try {
      const block = () => [
        ["refresh_cycle_years", 4],
        ["licence_attach_rate", 0.75],
      ];
      const first = cost([[10]], null, F.ScenarioName.base, block());
      const calls = spy.mock.calls.length;
      expect(cost([[10]], null, F.ScenarioName.base, block())).toEqual(first);
      expect(spy.mock.calls.length).toBe(calls);
      const changed = block();
      changed[0][1] = 3;
      expect(cost([[10]], null, F.ScenarioName.base, changed)).not.toEqual(first);
      expect(spy.mock.calls.length).toBeGreaterThan(calls);
    } finally {
      spy.mockRestore();
    }
  });

  it("never remembers a block the model rejects", () => {
    for (let i = 0; i < 2; i++) {
      expectExcelError(
        () => cost([[10]], null, F.ScenarioName.base, [["pue", 0.5]]),
        "#NUM!",
        /pue must be from 1 to 5/
      );
    }
  });
});
