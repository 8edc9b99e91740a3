import {
  lockinCost,
  lockinPremium,
  lockinSchedule,
  parseEntity,
  resolveAssumptions,
  scheduleTable,
  switchingCost,
  upgradeCycles,
  wholeYears,
  ModelError,
} from "../../src/model";
import { expectClose } from "../../support/helpers";

const base = resolveAssumptions("base");
const low = resolveAssumptions("low");
const high = resolveAssumptions("high");

/*
 * Base case, all five entities, G = 260,000 GPUs (base column, r = 4.5%):
 *   Licences  L = 260,000 × 0.5 × 3,600          =    468,000,000 a year
 *   Support   S = 260,000 × 80,000 × 0.04        =    832,000,000 a year
 *   Refresh in year 5:  260,000 × 80,000 × 0.6 × 1.15   = 14,352,000,000
 *   Refresh in year 10: 260,000 × 80,000 × 0.6 × 1.15²  = 16,504,800,000
 *   1.045^5 = 1.24618193765…; A(5) = Σ 1.045^−t (t = 1..5) = 4.38997674443…
 *   A(10) = 7.91271817711…
 *   LOCKIN_COST(5)  = 1.3e9 × 4.38997674443 + 14.352e9 / 1.24618193765 = 17,223,747,187.136
 *   LOCKIN_COST(10) = 1.3e9 × 7.91271817711 + 14.352e9 / 1.045^5 + 16.5048e9 / 1.045^10 = 32,431,208,655.990
 */
describe("LOCKIN_COST worked by hand", () => {
  it("base case, total, 5 years", () => {
    expectClose(lockinCost(5, 260_000, base), 17_223_747_187.13584);
  });

  it("base case, total, 10 years", () => {
    expectClose(lockinCost(10, 260_000, base), 32_431_208_655.99049);
  });

  /*
   * High case, G = 302,000, c = 3, escalation 60%, share 0.85, capex 150,000, r = 3%:
   *   L = 302,000 × 1.0 × 4,500 = 1.359e9; S = 302,000 × 150,000 × 0.08 = 3.624e9
   *   refreshes in years 3, 6, 9 at 302,000 × 150,000 × 0.85 = 3.8505e10 × 1.6^k
   *   = 4.983e9 × A(10 at 3%) + Σₖ₌₁..₃ 3.8505e10 × 1.6^k × 1.03^−3k = 302,315,765,460.649
   * At 30 years (model 1.2): after escalation_years = 10 the price grows 2.5% a year from
   *   I(10) = 1.6^n(10) = 1.6³ = 4.096, so the refreshes in years 12, 15, …, 30 (k = 4..10) cost
   *   3.8505e10 × 4.096 × 1.025^(3k − 10), discounted by 1.03^−3k: 1,136,485,139,271.05 in all
   *   (model 1.1, compounding 60% per generation to year 30, gave 5,477,685,795,059.33).
   */
  it("high case, total, 10 and 30 years: refreshes with escalation, then long-run growth, in USD and KRW", () => {
    const a10 = (1 - 1.03 ** -10) / 0.03;
    let refresh = 0;
    for (let k = 1; k <= 3; k++) refresh += (3.8505e10 * 1.6 ** k) / 1.03 ** (3 * k);
    expectClose(lockinCost(10, 302_000, high), 4.983e9 * a10 + refresh);
    expectClose(lockinCost(10, 302_000, high), 302_315_765_460.64886);
    const a30 = (1 - 1.03 ** -30) / 0.03;
    let later = 0;
    for (let k = 4; k <= 10; k++)
      later += (3.8505e10 * 4.096 * 1.025 ** (3 * k - 10)) / 1.03 ** (3 * k);
    expectClose(lockinCost(30, 302_000, high), 4.983e9 * a30 + refresh + later);
    expectClose(lockinCost(30, 302_000, high), 1_136_485_139_271.0522);
    // KRW at the high scenario's 1,600 KRW per USD
    const krw = resolveAssumptions("high", [["currency", "KRW"]]);
    expectClose(lockinCost(10, 302_000, krw), 302_315_765_460.64886 * 1_600);
    expectClose(lockinCost(30, 302_000, krw), 1_136_485_139_271.0522 * 1_600);
  });

  /*
   * Base case at 30 years (model 1.2): refreshes in years 5 and 10 at 1.15 and 1.15², then in
   * years 15, 20, 25, 30 at 1.15² × 1.02^(t − 10); 1.3e9 × A(30 at 4.5%) on top: 75,017,830,675.
   */
  it("base case, total, 30 years: the price index grows 2% a year after year 10", () => {
    let refresh = 0;
    for (const t of [5, 10, 15, 20, 25, 30]) {
      const index = t <= 10 ? 1.15 ** (t / 5) : 1.15 ** 2 * 1.02 ** (t - 10);
      refresh += (260_000 * 80_000 * 0.6 * index) / 1.045 ** t;
    }
    const a30 = (1 - 1.045 ** -30) / 0.045;
    expectClose(lockinCost(30, 260_000, base), 1.3e9 * a30 + refresh);
    expectClose(lockinCost(30, 260_000, base), 75_017_830_674.99927);
  });

  /*
   * Low case, G = 202,000 (a GPU count), c = 6, no escalation, r = 8%:
   *   L = 202,000 × 0.1 × 1,125 = 22,725,000; S = 202,000 × 60,000 × 0.02 = 242,400,000
   *   one refresh in year 6: 202,000 × 60,000 × 0.5 = 6.06e9, discounted by 1.08^6
   *   = 265,125,000 × A(10 at 8%) + 6.06e9 / 1.08^6 = 5,597,838,269.806
   */
  it("low case, 202,000 GPUs, 10 years, and in KRW at the low 1,400", () => {
    const a10 = (1 - 1.08 ** -10) / 0.08;
    expectClose(lockinCost(10, 202_000, low), 265_125_000 * a10 + 6.06e9 / 1.08 ** 6);
    expectClose(lockinCost(10, 202_000, low), 5_597_838_269.805964);
    const krw = resolveAssumptions("low", [["currency", "KRW"]]);
    expectClose(lockinCost(10, 202_000, krw), 5_597_838_269.805964 * 1_400);
  });

  it("is zero for zero GPUs", () => {
    expect(lockinCost(30, 0, base)).toBe(0);
  });

  it("converts to KRW at fx_krw_per_usd", () => {
    const krw = resolveAssumptions("base", [["currency", "KRW"]]);
    expectClose(lockinCost(10, 260_000, krw), 32_431_208_655.99049 * 1_500);
  });
});

describe("LOCKIN_SCHEDULE", () => {
  it("has the refresh year with escalation: year 10 of the base case", () => {
    const rows = lockinSchedule(10, 260_000, base);
    expect(rows).toHaveLength(10);
    // Generation 2 is reached in year 10: 260,000 × 80,000 × 0.6 × 1.15² = 16,504,800,000
    expect(rows[9].generation).toBe(2);
    expectClose(rows[9].refreshCapex, 16_504_800_000);
    expect(rows.filter((r) => r.refreshCapex > 0).map((r) => r.year)).toEqual([5, 10]);
    expectClose(rows[0].licences, 468_000_000);
    expectClose(rows[0].support, 832_000_000);
    expectClose(rows[0].vendorSpend, 1_300_000_000);
    expectClose(rows[9].vendorSpend, 16_504_800_000 + 1_300_000_000);
    expectClose(rows[0].discountFactor, 1 / 1.045);
    // Energy: 260,000 × 1.8 kW × 1.3 × 0.7 × 8,760 h × 183 KRW/kWh ÷ 1,500 = 455,146,473.6 USD a year
    expectClose(rows[3].energy, 455_146_473.6);
    expectClose(rows[9].cumulativePv, 32_431_208_655.99049);
  });

  it("spills a header and one row per year", () => {
    const table = scheduleTable(lockinSchedule(3, 1, base));
    expect(table[0]).toEqual([
      "Year",
      "Generation",
      "Refresh capex",
      "Licences",
      "Support",
      "Vendor spend",
      "Energy",
      "Discount factor",
      "PV of vendor spend",
      "Cumulative PV",
    ]);
    expect(table.map((r) => r[0])).toEqual(["Year", 1, 2, 3]);
  });

  it("places refreshes of a fractional cycle where floor(t / 2.5) steps", () => {
    const a = resolveAssumptions("base", [["refresh_cycle_years", 2.5]]);
    const years = lockinSchedule(10, 1, a)
      .filter((r) => r.refreshCapex > 0)
      .map((r) => r.year);
    // floor(t / 2.5): t = 3 → 1, t = 5 → 2, t = 8 → 3, t = 10 → 4
    expect(years).toEqual([3, 5, 8, 10]);
    expectClose(lockinCost(10, 1, a), lockinSchedule(10, 1, a)[9].cumulativePv);
  });
});

describe("LOCKIN_PREMIUM", () => {
  /*
   * Base, total, 10 years: (L·A(10) + PV of refreshes) × 0.2 / 1.2
   *   = (468e6 × 7.91271817711 + 14.352e9/1.045^5 + 16.5048e9/1.045^10) / 6 = 4,307,971,188.772
   */
  it("base case, total, 10 years", () => {
    expectClose(lockinPremium(10, 260_000, base), 4_307_971_188.772472);
  });

  it("is zero when the premium is zero", () => {
    expect(lockinPremium(10, 260_000, resolveAssumptions("base", [["vendor_premium", 0]]))).toBe(0);
  });
});

describe("SWITCHING_COST", () => {
  /*
   * Base: Σ G × multiplier = 50k×0.5 + 50k×2 + 50k×1 + 50k×2 + 60k×0.5 = 305,000 weighted GPUs
   *   × 80,000 × 0.15 = 3,660,000,000
   */
  it("base case total weights each entity by its multiplier", () => {
    expectClose(switchingCost(parseEntity("Total"), "base", base), 3_660_000_000);
  });

  it("one entity and a plain count (multiplier 1)", () => {
    // Samsung, high: 60,000 × 150,000 × 0.40 × 2 = 7,200,000,000
    expectClose(switchingCost(parseEntity("Samsung"), "high", high), 7_200_000_000);
    // Total, high: (52k×0.5 + 60k×2 + 60k×1 + 50k×2 + 80k×0.5) = 346,000 × 150,000 × 0.40
    expectClose(switchingCost(parseEntity("Total"), "high", high), 20_760_000_000);
    // 1,000 GPUs, low: 1,000 × 60,000 × 0.05 × 1 = 3,000,000
    expectClose(switchingCost(parseEntity(1000), "low", low), 3_000_000);
  });
});

describe("UPGRADE_CYCLES", () => {
  it.each([
    [10, 5, 2],
    [10, 3, 3],
    [9, 3, 3],
    [15, 3, 5],
    [4, 5, 0],
    [30, 6, 5],
    [10, 2.5, 4],
    [100, 1, 100],
  ])("%i years at a %p-year cycle → %i", (years, cycle, expected) => {
    expect(upgradeCycles(years, cycle)).toBe(expected);
  });

  it("rejects cycles below one year and horizons outside 1..100", () => {
    expect(() => upgradeCycles(10, 0.5)).toThrow(/refresh_cycle_years/);
    expect(() => upgradeCycles(0, 5)).toThrow(/years/);
    expect(() => upgradeCycles(101, 5)).toThrow(/years/);
  });
});

describe("years", () => {
  it("truncates fractions like Excel and allows 1..100", () => {
    expect(wholeYears(1)).toBe(1);
    expect(wholeYears(10.99)).toBe(10);
    expect(wholeYears(100.5)).toBe(100);
    for (const bad of [0, 0.99, -1, 101, NaN, Infinity]) {
      expect(() => wholeYears(bad)).toThrow(ModelError);
    }
  });
});
