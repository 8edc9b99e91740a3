/**
 * The calls whose rate the bench measures, at representative arguments, with the budget each
 * must beat (calls per second) where one is set.
 */
import { ASSUMPTION_NAMES, resolveAssumptions } from "../src/model";

type Call = (id: string) => (...args: unknown[]) => unknown;

/** The Dependency sheet's overrides call: every assumption's used value, plus the currency. */
export const OVERRIDES_CALL = `LOCKIN_COST(30,"Total","high",${ASSUMPTION_NAMES.length + 1}-row overrides)`;

/** Label, the call, and its budget in calls per second. */
export function callCases(call: Call): [string, () => unknown, number?][] {
  /** The assumptions block the dependency sheet passes: every used value, plus the currency. */
  const high = resolveAssumptions("high");
  const overridesBlock: unknown[][] = [
    ...ASSUMPTION_NAMES.map((n) => [n, high[n]]),
    ["currency", "USD"],
  ];
  const spill100 = Array.from({ length: 100 }, (_, i) => [i + 1]);
  return [
    ['KOREA_GPUS("Samsung")', () => call("KOREA_GPUS")([["Samsung"]], null), 5_000_000],
    ['KOREA_GPU_SHARE("NAVER")', () => call("KOREA_GPU_SHARE")([["NAVER"]], null)],
    [
      'KOREA_ENTITY("HMG","investment_usd")',
      () => call("KOREA_ENTITY")([["HMG"]], "investment_usd"),
    ],
    ["KOREA_ALLOCATION()", () => call("KOREA_ALLOCATION")(null)],
    ["KOREA_ENTITIES()", () => call("KOREA_ENTITIES")()],
    ["LOCKIN_COST(30)", () => call("LOCKIN_COST")([[30]], null, null, null), 1_000_000],
    [
      OVERRIDES_CALL,
      () => call("LOCKIN_COST")([[30]], [["Total"]], "high", overridesBlock),
      2_000_000,
    ],
    ["LOCKIN_COST(100-cell range of years)", () => call("LOCKIN_COST")(spill100, null, null, null)],
    ["LOCKIN_SCHEDULE(30)", () => call("LOCKIN_SCHEDULE")(30, null, null, null)],
    ["LOCKIN_PREMIUM(30)", () => call("LOCKIN_PREMIUM")([[30]], null, null, null)],
    ["SWITCHING_COST()", () => call("SWITCHING_COST")(null, null, null)],
    ["UPGRADE_CYCLES(30,3)", () => call("UPGRADE_CYCLES")([[30]], [[3]])],
    ['LOCKIN_ASSUMPTION("pue")', () => call("LOCKIN_ASSUMPTION")("pue", null)],
    ["LOCKIN_ASSUMPTIONS()", () => call("LOCKIN_ASSUMPTIONS")(null)],
    ["SUPPLIER_HHI({0.9;0.1})", () => call("SUPPLIER_HHI")([[0.9], [0.1]])],
    ["MODEL_VERSION()", () => call("MODEL_VERSION")()],
    [
      'SOVEREIGNTY_COST(30,0.5,10,"Samsung")',
      () => call("SOVEREIGNTY_COST")([[30]], [[0.5]], 10, "Samsung", null, null),
      100_000,
    ],
    [
      'SOVEREIGNTY_PATH(30,0.5,10,"Samsung")',
      () => call("SOVEREIGNTY_PATH")(30, 0.5, 10, "Samsung", null, null),
      50_000,
    ],
    [
      'LOCKIN_RISK(10,"P90"), simulation cached',
      () => call("LOCKIN_RISK")(10, [["P90"]], null, null, null, null, null),
      1_000_000,
    ],
  ];
}
