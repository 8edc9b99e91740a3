import {
  ASSUMPTION_NAMES,
  assumptionRecord,
  assumptionsTable,
  resolveAssumptions,
} from "../../src/model";
import { modelErrorOf } from "../../support/helpers";

// The published assumptions' low / base / high (model data 1.2), typed in from the published table
// rather than read from the code. A later assumption's values are pinned by docs/model.md, which
// test/docs holds to the records, so this list is not a second register of names.
const EXPECTED: Record<string, [number, number, number]> = {
  capex_per_gpu_usd: [60_000, 80_000, 150_000],
  refresh_cycle_years: [6, 5, 3],
  refreshable_share: [0.5, 0.6, 0.85],
  gen_price_escalation: [0, 0.15, 0.6],
  licence_per_gpu_year_usd: [1_125, 3_600, 4_500],
  licence_attach_rate: [0.1, 0.5, 1],
  hw_support_pct: [0.02, 0.04, 0.08],
  vendor_premium: [0.1, 0.2, 0.5],
  switch_cost_pct: [0.05, 0.15, 0.4],
  discount_rate: [0.08, 0.045, 0.03],
  kw_per_gpu: [1.2, 1.8, 3.2],
  pue: [1.15, 1.3, 1.56],
  load_factor: [0.5, 0.7, 0.9],
  electricity_krw_per_kwh: [170, 183, 205],
  fx_krw_per_usd: [1_400, 1_500, 1_600],
  escalation_years: [10, 10, 10],
  longrun_price_growth: [0, 0.02, 0.025],
  alt_units_per_gpu: [1, 1.3, 2],
  alt_price_ratio: [0.5, 0.7, 0.9],
};

describe("assumptions", () => {
  it("keeps every published assumption (Excel's drop-down may never lose a value)", () => {
    const names: readonly string[] = ASSUMPTION_NAMES;
    expect(Object.keys(EXPECTED).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))("%s is %p (low, base, high)", (name, [lo, mid, hi]) => {
    expect(resolveAssumptions("low")[name as keyof typeof EXPECTED & never]).toBe(lo);
    expect(resolveAssumptions("base")[name as never]).toBe(mid);
    expect(resolveAssumptions("high")[name as never]).toBe(hi);
  });

  it("every assumption has a unit, a description and a source or a judgement label", () => {
    for (const name of ASSUMPTION_NAMES) {
      const r = assumptionRecord(name);
      expect(r.unit).not.toBe("");
      expect(r.description).not.toBe("");
      expect(r.facts.length > 0 || r.judgement).toBe(true);
    }
    expect(assumptionRecord("hw_support_pct").judgement).toBe(true);
  });

  it("keeps long-run price growth below the discount rate in every scenario", () => {
    for (const s of ["low", "base", "high"] as const) {
      const a = resolveAssumptions(s);
      expect(a.longrun_price_growth).toBeLessThan(a.discount_rate);
    }
  });

  it("rejects escalation_years and longrun_price_growth outside their ranges with #NUM! naming the range", () => {
    for (const [name, bad, range] of [
      ["escalation_years", 0, /from 1 to 100/],
      ["escalation_years", 101, /from 1 to 100/],
      ["longrun_price_growth", -1, /from -0\.99 to 1/],
      ["longrun_price_growth", 1.5, /from -0\.99 to 1/],
    ] as const) {
      const e = modelErrorOf(() => resolveAssumptions("base", [[name, bad]]));
      expect(e.kind).toBe("num");
      expect(e.message).toMatch(range);
      expect(e.message).toContain(name);
    }
  });

  it("spills a table whose source column carries URLs or says judgement", () => {
    const table = assumptionsTable("base");
    expect(table[0]).toEqual([
      "Name",
      "Value",
      "Unit",
      "Low",
      "Base",
      "High",
      "Description",
      "Source",
    ]);
    expect(table).toHaveLength(ASSUMPTION_NAMES.length + 1);
    const capex = table.find((r) => r[0] === "capex_per_gpu_usd")!;
    expect(capex.slice(1, 6)).toEqual([80_000, "USD per GPU", 60_000, 80_000, 150_000]);
    expect(capex[7]).toMatch(/U3, U4, U10, D15: https:\/\//);
    // the discount rate's base is sourced (Korea's 4.5% social discount rate), not judgement
    const rate = table.find((r) => r[0] === "discount_rate")!;
    expect(rate[7]).toMatch(/^R1: http/);
    expect(rate[6]).toMatch(/social discount rate/);
    expect(table.find((r) => r[0] === "hw_support_pct")![7]).toMatch(/^Judgement\./);
  });
});

describe("overrides", () => {
  it("replaces named values and keeps the rest", () => {
    const a = resolveAssumptions("high", [
      ["refresh_cycle_years", 4],
      ["PUE", 1.2],
    ]);
    expect(a.refresh_cycle_years).toBe(4);
    expect(a.pue).toBe(1.2);
    expect(a.capex_per_gpu_usd).toBe(150_000);
    expect(a.currency).toBe("USD");
  });

  it("ignores blank rows and rows whose value is blank", () => {
    const a = resolveAssumptions("base", [
      [null, null],
      ["", ""],
      ["discount_rate", null],
      ["vendor_premium", 0.3],
    ]);
    expect(a.discount_rate).toBe(0.045);
    expect(a.vendor_premium).toBe(0.3);
  });

  it("takes currency USD or KRW, any case", () => {
    expect(resolveAssumptions("base", [["currency", "krw"]]).currency).toBe("KRW");
    expect(modelErrorOf(() => resolveAssumptions("base", [["currency", "EUR"]])).kind).toBe(
      "value"
    );
  });

  it("names an unknown assumption with #VALUE! and suggests the closest", () => {
    const e = modelErrorOf(() => resolveAssumptions("base", [["refresh_cycle_yrs", 3]]));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/"refresh_cycle_yrs"/);
  });

  it.each([
    ["refresh_cycle_years", 0.5, /from 1 to 100/],
    ["refreshable_share", 1.2, /from 0 to 1/],
    ["gen_price_escalation", -1, /from -0.99/],
    ["discount_rate", -1, /greater than -1/],
    ["capex_per_gpu_usd", -5, /from 0/],
    ["fx_krw_per_usd", 0, /greater than 0/],
    ["pue", Number.NaN, /pue/],
  ])("%s = %p is #NUM! saying the allowed range", (name, value, range) => {
    const e = modelErrorOf(() => resolveAssumptions("base", [[name, value]]));
    expect(e.kind).toBe("num");
    expect(e.message).toMatch(range);
  });

  it("allows escalation and premium above 1 and discount rates just above -1", () => {
    expect(resolveAssumptions("base", [["gen_price_escalation", 1.5]]).gen_price_escalation).toBe(
      1.5
    );
    expect(resolveAssumptions("base", [["vendor_premium", 2]]).vendor_premium).toBe(2);
    expect(resolveAssumptions("base", [["discount_rate", -0.5]]).discount_rate).toBe(-0.5);
  });

  it("rejects text or booleans for numbers, a name without a value's row, repeats and wrong shapes", () => {
    expect(modelErrorOf(() => resolveAssumptions("base", [["pue", "1.3"]])).kind).toBe("value");
    expect(modelErrorOf(() => resolveAssumptions("base", [["pue", true]])).kind).toBe("value");
    expect(modelErrorOf(() => resolveAssumptions("base", [[null, 3]])).kind).toBe("value");
    expect(
      modelErrorOf(() =>
        resolveAssumptions("base", [
          ["pue", 1.2],
          ["PUE", 1.3],
        ])
      ).message
    ).toMatch(/twice/);
    expect(modelErrorOf(() => resolveAssumptions("base", [["pue", 1.2, 3]])).message).toMatch(
      /two-column/
    );
  });
});
