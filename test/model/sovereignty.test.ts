/**
 * The sovereignty path worked by hand: Samsung (50,000 GPUs, lock-in multiplier 2) moving half
 * its fleet off NVIDIA by year 10, base case, and the edge cases.
 */
import {
  parseEntity,
  resolveAssumptions,
  sovereigntyCost,
  sovereigntyPath,
  weightedGpusOf,
  lockinSchedule,
} from "../../src/model";
import { expectClose } from "../../support/helpers";
import { modelErrorOf } from "../../support/helpers";

const base = resolveAssumptions("base");
const samsung = { gpus: 50_000, weightedGpus: 100_000 };

/*
 * Base: capex 80,000, refreshable 0.6, escalation 15% per generation, refresh every 5 years,
 * licences 50,000 × 0.5 × 3,600 = 90e6 a year, support 50,000 × 80,000 × 0.04 = 160e6 a year;
 * one alternative accelerator set per GPU a = 80,000 × 1.3 × 0.7 = 72,800; exit cost of the whole
 * fleet 80,000 × 0.15 × 100,000 = 1.2e9.
 *   Year 5 (refresh, share 0.5 × 5/10 = 0.25): R = 50,000 × 80,000 × 0.6 × 1.15 = 2.76e9,
 *     staying 3.01e9; NVIDIA 0.75 × 3.01e9 = 2.2575e9; alternatives 12,500 × 72,800 × (0.6 × 1.15 +
 *     0.04) = 664.3e6; switching 0.25 × 1.2e9 = 300e6; difference +211.8e6.
 *   Years 6–9 (share 0.25): NVIDIA 0.75 × 250e6 = 187.5e6; alternatives 12,500 × 72,800 × 0.04 =
 *     36.4e6; difference −26.1e6 a year.
 *   Year 10 (refresh, share 0.5): R = 2.76e9 × 1.15 = 3.174e9, staying 3.424e9; NVIDIA 1.712e9;
 *     alternatives 25,000 × 72,800 × (0.6 × 1.3225 + 0.04) = 1,516.97e6; switching 300e6;
 *     difference +104.97e6.
 */
describe("Samsung moving half its fleet by year 10, base case", () => {
  const rows = sovereigntyPath(30, samsung, 0.5, 10, base);

  it("moves only at refreshes: a quarter in year 5, half in year 10, then holds", () => {
    expect(rows.map((r) => r.share).slice(0, 11)).toEqual([
      0, 0, 0, 0, 0.25, 0.25, 0.25, 0.25, 0.25, 0.5, 0.5,
    ]);
    expect(rows[29].share).toBe(0.5);
  });

  it("prices each line of years 5, 6 and 10 as worked by hand", () => {
    const y5 = rows[4];
    expectClose(y5.staying, 3.01e9);
    expectClose(y5.nvidia, 2.2575e9);
    expectClose(y5.alternatives, 664.3e6);
    expectClose(y5.switching, 300e6);
    expectClose(y5.difference, 211.8e6);
    expectClose(rows[5].difference, -26.1e6);
    expectClose(rows[5].alternatives, 36.4e6);
    const y10 = rows[9];
    expectClose(y10.nvidia, 1.712e9);
    expectClose(y10.alternatives, 1_516.97e6);
    expectClose(y10.switching, 300e6);
    expectClose(y10.difference, 104.97e6);
  });

  it("discounts the differences: the 10-year PV", () => {
    const d = (t: number) => 1.045 ** -t;
    const pv = 211.8e6 * d(5) - 26.1e6 * (d(6) + d(7) + d(8) + d(9)) + 104.97e6 * d(10);
    expectClose(sovereigntyCost(10, samsung, 0.5, 10, base), pv);
    expectClose(rows[9].cumulativePvDifference, pv);
  });

  it("halves the HHI and the remaining exit cost", () => {
    expect(rows[0].hhi).toBe(10_000);
    expect(rows[4].hhi).toBe(10_000 * (0.75 ** 2 + 0.25 ** 2));
    expect(rows[9].hhi).toBe(5_000);
    expectClose(rows[0].exitCost, 1.2e9);
    expectClose(rows[9].exitCost, 0.6e9);
  });

  it("stays on the staying schedule's spend, year by year", () => {
    const staying = lockinSchedule(30, 50_000, base);
    rows.forEach((r, i) => expectClose(r.staying, staying[i].vendorSpend));
  });

  it("weights the fleet by Samsung's lock-in multiplier of 2", () => {
    expect(weightedGpusOf(parseEntity("Samsung"), "base")).toBe(samsung.weightedGpus);
  });
});

describe("edges", () => {
  it("a target of 0 costs nothing and follows staying exactly", () => {
    for (const n of [1, 10, 30, 100]) {
      expect(sovereigntyCost(n, samsung, 0, 10, base)).toBe(0);
      for (const r of sovereigntyPath(n, samsung, 0, 10, base)) {
        expect(r.difference).toBe(0);
        expect(r.path).toBe(r.staying);
        expect(r.hhi).toBe(10_000);
      }
    }
  });

  it("moves nothing before the first refresh", () => {
    expect(sovereigntyCost(4, samsung, 1, 1, base)).toBe(0);
  });

  it("gives money in KRW at the rate when asked", () => {
    const krw = resolveAssumptions("base", [["currency", "KRW"]]);
    expectClose(
      sovereigntyCost(30, samsung, 0.5, 10, krw),
      sovereigntyCost(30, samsung, 0.5, 10, base) * 1_500
    );
  });

  it("refuses a target outside 0..1 and a by_year outside 1..100 with #NUM! naming them", () => {
    for (const bad of [-0.01, 1.01, Number.NaN]) {
      const e = modelErrorOf(() => sovereigntyCost(10, samsung, bad, 10, base));
      expect(e.kind).toBe("num");
      expect(e.message).toMatch(/^target_share must be from 0 to 1/);
    }
    for (const bad of [0, 101]) {
      const e = modelErrorOf(() => sovereigntyCost(10, samsung, 0.5, bad, base));
      expect(e.kind).toBe("num");
      expect(e.message).toMatch(/^by_year must be a whole number from 1 to 100/);
    }
  });
});
