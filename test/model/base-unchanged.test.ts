/**
 * Model data 1.2 changed the won, the government's low and prices after escalation_years: every
 * USD result up to 10 years must stay what 1.1.0 gave. The fixtures were captured from the
 * releases (1.0.0: base, horizons 1–30; 1.1.0: every scenario, entity, the total and 1,000 GPUs,
 * horizons 1–10, with the GPUs each used) and are compared exactly; where 1.2 changed a GPU
 * count (the government's low, so the total's low too) the result scales with it.
 */
import {
  ENTITIES,
  gpusOf,
  lockinCost,
  lockinPremium,
  parseEntity,
  resolveAssumptions,
  SCENARIOS,
  switchingCost,
} from "../../src/model";
import base100 from "./fixtures/base-1.0.0.json";
import usd110 from "./fixtures/usd-1.1.0.json";

const base = base100.results as Record<string, number>;
const usd = usd110.results as Record<string, number>;
const gpus110 = usd110.gpus as Record<string, number>;
const SELECTORS = ["Total", ...ENTITIES.map((e) => e.name), "1000"];
const selector = (name: string) => parseEntity(name === "1000" ? 1_000 : name);

it("holds 1.1.0's figure for each scenario, selector and horizon up to 10", () => {
  // 3 scenarios × 7 selectors × (10 × 2 PVs + switching)
  expect(Object.keys(usd)).toHaveLength(3 * 7 * 21);
});

describe.each(SCENARIOS)("%s scenario, USD, horizons 1–10", (scenario) => {
  const a = resolveAssumptions(scenario);

  it.each(SELECTORS)("%s: LOCKIN_COST, LOCKIN_PREMIUM and SWITCHING_COST as in 1.1.0", (name) => {
    const g = gpusOf(selector(name), scenario);
    const then = gpus110[`${scenario}|${name}`];
    for (let n = 1; n <= 10; n++) {
      const cost = usd[`LOCKIN_COST|${scenario}|${name}|${n}`];
      const premium = usd[`LOCKIN_PREMIUM|${scenario}|${name}|${n}`];
      if (g === then) {
        expect(lockinCost(n, g, a)).toBe(cost);
        expect(lockinPremium(n, g, a)).toBe(premium);
      } else {
        // Only the government's low moved (32,000 → 31,300): the same cost per GPU.
        expect(lockinCost(n, g, a) / g).toBeCloseTo(cost / then, 6);
        expect(lockinPremium(n, g, a) / g).toBeCloseTo(premium / then, 6);
      }
    }
    if (g === then)
      expect(switchingCost(selector(name), scenario, a)).toBe(
        usd[`SWITCHING_COST|${scenario}|${name}`]
      );
  });
});

it("moved only the government's low GPUs, by 700 (and so the total's low)", () => {
  const moved = Object.entries(gpus110).filter(
    ([key, then]) => gpusOf(selector(key.split("|")[1]), key.split("|")[0] as never) !== then
  );
  expect(moved.map(([key]) => key).sort()).toEqual([
    "low|Ministry of Science and ICT",
    "low|Total",
  ]);
  expect(gpusOf(parseEntity("MSIT"), "low")).toBe(gpus110["low|Ministry of Science and ICT"] - 700);
});

it("every base USD result up to 10 years is still 1.0.0's", () => {
  const a = resolveAssumptions("base");
  for (const name of ["Total", ...ENTITIES.map((e) => e.name)]) {
    const g = gpusOf(parseEntity(name), "base");
    for (let n = 1; n <= 10; n++) {
      expect(lockinCost(n, g, a)).toBe(base[`LOCKIN_COST|${name}|${n}|USD`]);
      expect(lockinPremium(n, g, a)).toBe(base[`LOCKIN_PREMIUM|${name}|${n}|USD`]);
    }
  }
});

it("gives KRW results at the new base rate of 1,500 (1.1: 1,450)", () => {
  const krw = resolveAssumptions("base", [["currency", "KRW"]]);
  const g = gpusOf(parseEntity("Total"), "base");
  expect(lockinCost(10, g, krw) / 1_500).toBeCloseTo(base["LOCKIN_COST|Total|10|USD"], 2);
  expect(base["LOCKIN_COST|Total|10|KRW"] / 1_450).toBeCloseTo(base["LOCKIN_COST|Total|10|USD"], 2);
});
