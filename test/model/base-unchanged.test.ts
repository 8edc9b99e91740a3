/**
 * Model data 1.1 changed only low and high ends and the government's range: every base figure
 * must equal model 1.0.0's. The fixture holds 1.0.0's base results (every entity and the total,
 * horizons 1–30, USD and KRW), captured from that release; this compares them exactly.
 */
import {
  ENTITIES,
  gpusOf,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  parseEntity,
  resolveAssumptions,
  switchingCost,
} from "../../src/model";
import pinned from "./fixtures/base-1.0.0.json";

const results = pinned.results as Record<string, number>;

it("holds a figure for each function, entity, horizon and currency", () => {
  // (2 currencies × 6 selectors) × (30 × 2 PVs + switching + energy)
  expect(Object.keys(results)).toHaveLength(2 * 6 * (30 * 2 + 2));
});

it.each(["USD", "KRW"] as const)("every base result in %s is identical to 1.0.0's", (currency) => {
  const a = resolveAssumptions("base", [["currency", currency]]);
  for (const name of ["Total", ...ENTITIES.map((e) => e.name)]) {
    const selector = parseEntity(name);
    const g = gpusOf(selector, "base");
    expect(switchingCost(selector, "base", a)).toBe(results[`SWITCHING_COST|${name}|${currency}`]);
    for (let n = 1; n <= 30; n++) {
      expect(lockinCost(n, g, a)).toBe(results[`LOCKIN_COST|${name}|${n}|${currency}`]);
      expect(lockinPremium(n, g, a)).toBe(results[`LOCKIN_PREMIUM|${name}|${n}|${currency}`]);
    }
    const energy = lockinSchedule(30, g, a).reduce((t, r) => t + r.energy, 0);
    expect(energy).toBe(results[`ENERGY_30|${name}|${currency}`]);
  }
});
