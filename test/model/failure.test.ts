/**
 * The model's failure contract (src/model/errors.ts): it returns finite numbers or throws a
 * ModelError with a catalogued message, never NaN or ±Infinity, whatever the overrides allow.
 */
import {
  EN,
  failure,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  messageIn,
  MESSAGE_KINDS,
  parseEntity,
  resolveAssumptions,
  switchingCost,
  type Catalogue,
} from "../../src/model";
import { modelErrorOf } from "../../support/helpers";

/** A discount rate just above −1 makes (1 + r)^−t astronomically large over a long horizon. */
const nearMinusOne = resolveAssumptions("base", [["discount_rate", -0.999]]);

describe("no NaN or Infinity ever leaves the model", () => {
  it("an overflowing present value is a num error with a message, not Infinity", () => {
    // (1 − 0.999)^−100 = 1e300; × 1e6 GPUs × 4,000 USD a year overflows a double
    for (const f of [
      () => lockinCost(100, 1e6, nearMinusOne),
      () => lockinPremium(100, 1e6, nearMinusOne),
    ]) {
      const e = modelErrorOf(f);
      expect(e.kind).toBe("num");
      expect(e.id).toBe("tooLarge");
      expect(e.message).toMatch(/too large/);
    }
    expect(modelErrorOf(() => lockinSchedule(100, 1e6, nearMinusOne)).kind).toBe("num");
  });

  it("zero GPUs cost exactly zero, even where the discounting overflows (0 × ∞ would be NaN)", () => {
    expect(lockinCost(100, 0, nearMinusOne)).toBe(0);
    expect(lockinPremium(100, 0, nearMinusOne)).toBe(0);
    expect(lockinSchedule(100, 0, nearMinusOne).every((r) => r.cumulativePv === 0)).toBe(true);
  });

  it("the largest allowed inputs still give finite numbers", () => {
    const extreme = resolveAssumptions("high", [
      ["capex_per_gpu_usd", 10_000_000],
      ["gen_price_escalation", 10],
      ["refresh_cycle_years", 1],
    ]);
    // 1e9 GPUs × 1e7 USD × 11^100 ≈ 1.4e120: large, but a double holds it
    expect(Number.isFinite(lockinCost(100, 1e9, extreme))).toBe(true);
    expect(Number.isFinite(switchingCost(parseEntity(1e9), "high", extreme))).toBe(true);
  });
});

describe("the message catalogue", () => {
  it("every message renders text with its parameters, and failure() keeps the id and kind", () => {
    const e = failure("unknownScenario", { name: "medium" });
    expect(e.message).toBe('Unknown scenario "medium". Use one of: base, low, high.');
    expect([e.kind, e.id]).toEqual(["value", "unknownScenario"]);
    expect(Object.keys(MESSAGE_KINDS).sort()).toEqual(Object.keys(EN).sort());
  });

  it("an error re-renders in another catalogue from its id and parameters", () => {
    const shouting = Object.fromEntries(
      Object.entries(EN).map(([id, f]) => [
        id,
        (p: never) => (f as (q: never) => string)(p).toUpperCase(),
      ])
    ) as unknown as Catalogue;
    const e = modelErrorOf(() => parseEntity("Samsnug"));
    expect(e.kind).toBe("na");
    expect(messageIn(shouting, e)).toBe(e.message.toUpperCase());
    expect(e.message).toMatch(/Did you mean Samsung\?/);
  });
});
