/**
 * The functions' error contract, function by function: each bad argument gets the right Excel error
 * with a message, from the production build called as Excel calls it.
 */
import { loadBuilt } from "../../support/load-built";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";
import { evaluateFormula } from "../../support/formula";
import { FUNCTIONS } from "../../src/functions";

const built = loadBuilt();

type Case = [id: string, args: unknown[], code: "#VALUE!" | "#N/A" | "#NUM!", message: RegExp];

const CASES: Case[] = [
  [
    "KOREA_GPUS",
    [[["Samsnug"]], null],
    "#N/A",
    /Unknown entity "Samsnug".*Did you mean Samsung\?.*Known entities/,
  ],
  ["KOREA_GPUS", [[["SK"]], "worst"], "#VALUE!", /Unknown scenario "worst".*base, low, high/],
  ["KOREA_GPUS", [[[-5]], null], "#NUM!", /GPU count must be from 0/],
  ["KOREA_GPU_SHARE", [[[true]], null], "#VALUE!", /entity must be a name or a GPU count/],
  ["KOREA_ALLOCATION", ["HIGHEST"], "#VALUE!", /Unknown scenario/],
  ["KOREA_ENTITY", [[["Samsung"]], "ceo"], "#VALUE!", /Unknown field "ceo".*korean_name/],
  ["KOREA_ENTITY", [[["NAVER"]], "investment_usd"], "#N/A", /not disclosed/],
  ["KOREA_ENTITY", [[["Total"]], "sector"], "#VALUE!", /one named entity/],
  ["LOCKIN_COST", [[[0]], null, null, null], "#NUM!", /years must be a whole number from 1 to 100/],
  ["LOCKIN_COST", [[["ten"]], null, null, null], "#VALUE!", /years must be a number/],
  ["LOCKIN_COST", [[[10]], [["Nowhere"]], null, null], "#N/A", /Unknown entity/],
  ["LOCKIN_COST", [[[10]], null, null, [["speed", 1]]], "#VALUE!", /Unknown assumption "speed"/],
  [
    "LOCKIN_COST",
    [[[10]], null, null, [["discount_rate", -2]]],
    "#NUM!",
    /discount_rate must be greater than -1/,
  ],
  [
    "LOCKIN_COST",
    [[[10]], null, null, [["currency", "EUR"]]],
    "#VALUE!",
    /currency must be "USD" or "KRW"/,
  ],
  ["LOCKIN_SCHEDULE", [101, null, null, null], "#NUM!", /1 to 100/],
  ["LOCKIN_SCHEDULE", [[[5, 10]], null, null, null], "#VALUE!", /single value/],
  ["LOCKIN_PREMIUM", [[[10]], null, "medium", null], "#VALUE!", /Unknown scenario/],
  [
    "LOCKIN_PREMIUM",
    [[[10]], null, null, [["vendor_premium", "lots"]]],
    "#VALUE!",
    /vendor_premium must be a number/,
  ],
  ["SWITCHING_COST", [[["Intel"]], null, null], "#N/A", /Known entities/],
  [
    "SWITCHING_COST",
    [null, null, [["switch_cost_pct", 2]]],
    "#NUM!",
    /switch_cost_pct must be from 0 to 1/,
  ],
  ["UPGRADE_CYCLES", [[[10]], [[0.5]]], "#NUM!", /refresh_cycle_years must be from 1 to 100/],
  ["UPGRADE_CYCLES", [[[-1]], null], "#NUM!", /years/],
  ["LOCKIN_ASSUMPTION", ["speed", null], "#VALUE!", /Unknown assumption/],
  ["LOCKIN_ASSUMPTION", ["pue", "worst"], "#VALUE!", /Unknown scenario/],
  ["LOCKIN_ASSUMPTIONS", ["worst"], "#VALUE!", /Unknown scenario/],
  ["SUPPLIER_HHI", [[[-0.1]]], "#NUM!", /share must be from 0 to 1/],
  ["SUPPLIER_HHI", [[[70, 40]]], "#NUM!", /more than 100%/],
  ["SUPPLIER_HHI", [[["most"]]], "#VALUE!", /share must be a number/],
  // LOCKIN_RISK(years, statistic, entity, overrides, trials, seed, measure)
  [
    "LOCKIN_RISK",
    [10, [["P90"]], null, null, 999, null, null],
    "#NUM!",
    /trials must be a whole number from 1,000 to 1,000,000/,
  ],
  ["LOCKIN_RISK", [10, [["P90"]], null, null, 1_000_001, null, null], "#NUM!", /trials/],
  [
    "LOCKIN_RISK",
    [10, [["mode"]], null, null, null, null, null],
    "#VALUE!",
    /Unknown statistic "mode"/,
  ],
  [
    "LOCKIN_RISK",
    [10, [[1.5]], null, null, null, null, null],
    "#NUM!",
    /percentile must be between 0 and 1/,
  ],
  [
    "LOCKIN_RISK",
    [10, [["P90"]], null, null, null, -1, null],
    "#NUM!",
    /seed must be a whole number from 0/,
  ],
  [
    "LOCKIN_RISK",
    [10, null, null, null, null, null, "profit"],
    "#VALUE!",
    /Unknown measure "profit"/,
  ],
  [
    "LOCKIN_RISK",
    [0, null, null, null, null, null, null],
    "#NUM!",
    /years must be a whole number from 1 to 100/,
  ],
  ["LOCKIN_RISK_TABLE", [10, "Nowhere", null, null, null, null], "#N/A", /Unknown entity/],
  [
    "LOCKIN_RISK_TABLE",
    [10, null, [["speed", 1]], null, null, null],
    "#VALUE!",
    /Unknown assumption "speed"/,
  ],
  [
    "LOCKIN_HISTOGRAM",
    [10, null, 4, null, null, null, null],
    "#NUM!",
    /bins must be a whole number from 5 to 100/,
  ],
  ["LOCKIN_HISTOGRAM", [10, null, 101, null, null, null, null], "#NUM!", /bins/],
  ["LOCKIN_DRIVERS", [10, null, null, null, null, "swap"], "#VALUE!", /Unknown measure/],
  ["LOCKIN_DRIVERS", [10, null, null, "many", null, null], "#VALUE!", /trials must be a number/],
  ["KOREA_CARD", ["Samsnug", null, null, null], "#N/A", /Did you mean Samsung\?/],
  ["KOREA_CARD", ["SK", "medium", null, null], "#VALUE!", /Unknown scenario/],
  ["KOREA_CARD", ["SK", null, 101, null], "#NUM!", /1 to 100/],
  ["LOCKIN_ASSUMPTION_CARD", ["speed", null], "#VALUE!", /Unknown assumption "speed"/],
  // SOVEREIGNTY_COST / _PATH(years, target_share, by_year, entity, scenario, overrides)
  [
    "SOVEREIGNTY_COST",
    [[[30]], [[1.5]], null, null, null, null],
    "#NUM!",
    /target_share must be from 0 to 1 .*got 1\.5/,
  ],
  ["SOVEREIGNTY_COST", [[[30]], [[-0.1]], null, null, null, null], "#NUM!", /target_share/],
  [
    "SOVEREIGNTY_COST",
    [[[30]], [["half"]], null, null, null, null],
    "#VALUE!",
    /target_share must be a number/,
  ],
  [
    "SOVEREIGNTY_COST",
    [[[30]], [[0.5]], 0, null, null, null],
    "#NUM!",
    /by_year must be a whole number from 1 to 100; got 0/,
  ],
  ["SOVEREIGNTY_COST", [[[30]], [[0.5]], 101, null, null, null], "#NUM!", /by_year.*101/],
  [
    "SOVEREIGNTY_COST",
    [[[30]], [[0.5]], "soon", null, null, null],
    "#VALUE!",
    /by_year must be a number/,
  ],
  [
    "SOVEREIGNTY_COST",
    [[[0]], [[0.5]], null, null, null, null],
    "#NUM!",
    /years must be a whole number/,
  ],
  [
    "SOVEREIGNTY_PATH",
    [30, 2, null, null, null, null],
    "#NUM!",
    /target_share must be from 0 to 1/,
  ],
  ["SOVEREIGNTY_PATH", [30, 0.5, null, "Nowhere", null, null], "#N/A", /Unknown entity/],
  ["SOVEREIGNTY_PATH", [30, 0.5, null, null, "worst", null], "#VALUE!", /Unknown scenario/],
];

it("has a refusal for every function that takes an argument (its record's)", () => {
  const withArgs = built.metadata.functions.filter((f) => f.parameters.length > 0).map((f) => f.id);
  const refusing = FUNCTIONS.filter((f) => f.refuses?.length).map((f) => f.id);
  expect(refusing.sort()).toEqual(withArgs.sort());
});

const REFUSALS = FUNCTIONS.flatMap((f) =>
  (f.refuses ?? []).map((r) => [r.formula, r.error] as const)
);

it.each(REFUSALS)("%s → %s, with a message", (formula, code) => {
  let error: unknown;
  try {
    evaluateFormula(built, formula);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StubCustomFunctionsError);
  expect((error as StubCustomFunctionsError).code).toBe(code);
  expect((error as StubCustomFunctionsError).message).toMatch(/\w{3,}.* \w{3,}/);
});

it.each(CASES)("%s(%j) → %s", (id, args, code, message) => {
  let error: unknown;
  try {
    built.associated.get(id)!(...args);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StubCustomFunctionsError);
  expect((error as StubCustomFunctionsError).code).toBe(code);
  expect((error as StubCustomFunctionsError).message).toMatch(message);
});

it("MODEL_VERSION and KOREA_ENTITIES take no arguments and cannot fail", () => {
  expect(built.associated.get("MODEL_VERSION")!()).toMatch(
    /^\d+\.\d+\.\d+ \(data as of \d{4}-\d{2}-\d{2}\)$/
  );
  expect(built.associated.get("KOREA_ENTITIES")!()).toHaveLength(5);
});
