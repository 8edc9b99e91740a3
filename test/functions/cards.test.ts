/**
 * Cards: the entity value's shape against Excel's documented schema (type, text, typed
 * properties with basicValue, numberFormat on numbers, card sections naming existing properties,
 * provider), values equal to the plain functions', the text fallback and errors. The built
 * bundle's card is compared with these in test/built/bundle.test.ts.
 */
import * as F from "../../src/functions";
import { expectExcelError } from "../../support/helpers";

type Loose = (...args: unknown[]) => any;
const card = F.koreaCard as Loose;
const assumption = F.lockinAssumptionCard as Loose;
const cost = F.lockinCostFn as Loose;
const premium = F.lockinPremiumFn as Loose;
const switching = F.switchingCostFn as Loose;
const gpus = F.koreaGpus as Loose;
const share = F.koreaGpuShare as Loose;
const cycles = F.upgradeCyclesFn as Loose;
const assumptionValue = F.lockinAssumption as Loose;

/** Excel with data types from custom functions (CustomFunctionsRuntime 1.4), or without. */
function host(supported: boolean): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          supported && set === "CustomFunctionsRuntime" && v === "1.4",
      },
    },
  };
}
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("KOREA_CARD where Excel supports data types", () => {
  beforeEach(() => host(true));

  it("is an entity value of the documented shape", () => {
    const v = card("Samsung");
    expect(v.type).toBe("Entity");
    expect(v.text).toBe("Samsung Electronics");
    for (const [name, p] of Object.entries(v.properties) as [
      string,
      { type: string; basicValue: unknown; numberFormat?: string },
    ][]) {
      expect(["Double", "String", "Boolean"]).toContain(p.type);
      expect(p.basicValue).not.toBeUndefined();
      if (p.type === "Double") {
        expect(typeof p.basicValue).toBe("number");
        expect(p.numberFormat).toMatch(/\S/);
      } else expect(typeof p.basicValue).toBe(p.type === "String" ? "string" : "boolean");
      expect(name.length).toBeGreaterThan(0);
    }
    expect(v.properties["Lock-in cost"].numberFormat).toBe('#,##0 "USD"');
    expect(v.properties.GPUs).toEqual({
      type: "Double",
      basicValue: 50_000,
      numberFormat: '#,##0 "GPUs"',
    });
    expect(v.properties.Share.numberFormat).toBe("0.0%");
    expect(v.layouts.card.sections.map((s: { title: string }) => s.title)).toEqual([
      "Allocation",
      "Lock-in",
      "Provenance",
    ]);
    for (const section of v.layouts.card.sections) {
      expect(section.layout).toBe("List");
      for (const p of section.properties) expect(Object.keys(v.properties)).toContain(p);
    }
    expect(v.provider.description).toBe("SovAI model 1.2.0, data as of 2026-07-05");
    expect(v.provider.logoSourceAddress).toMatch(/^https:\/\/.+\/assets\/icon-32\.png$/);
  });

  it("has the names the spec lists, exactly", () => {
    expect(Object.keys(card("SK").properties).sort()).toEqual(
      [
        "Korean name",
        "Sector",
        "GPUs",
        "Share",
        "Announced as",
        "Deployment",
        "Primary uses",
        "All-in capex",
        "Horizon (years)",
        "Scenario",
        "Lock-in cost",
        "Lock-in premium",
        "Switching cost",
        "Upgrade cycles",
        "Switch multiplier",
        "Currency",
        "Sources",
        "As of",
        "Model version",
      ].sort()
    );
  });

  it.each([
    ["Samsung", "base", 10, null],
    ["NAVER", "high", 30, [["currency", "KRW"]]],
    ["MSIT", "low", 1, [["refresh_cycle_years", 4]]],
    [
      "Total",
      "high",
      15,
      [
        ["currency", "KRW"],
        ["discount_rate", 0.06],
      ],
    ],
  ] as const)(
    "%s, %s, %i years: every figure equals the plain functions'",
    (entity, scenario, years, overrides) => {
      const v = card(entity, scenario, years, overrides);
      const plain = (f: Loose, ...args: unknown[]) => f(...args)[0][0];
      expect(v.properties["Lock-in cost"].basicValue).toBe(
        plain(cost, [[years]], [[entity]], scenario, overrides)
      );
      expect(v.properties["Lock-in premium"].basicValue).toBe(
        plain(premium, [[years]], [[entity]], scenario, overrides)
      );
      expect(v.properties["Switching cost"].basicValue).toBe(
        plain(switching, [[entity]], scenario, overrides)
      );
      expect(v.properties.GPUs.basicValue).toBe(plain(gpus, [[entity]], scenario));
      expect(v.properties.Share.basicValue).toBe(plain(share, [[entity]], scenario));
      const cycle =
        overrides?.find((r) => r[0] === "refresh_cycle_years")?.[1] ??
        assumptionValue("refresh_cycle_years", scenario);
      expect(v.properties["Upgrade cycles"].basicValue).toBe(plain(cycles, [[years]], [[cycle]]));
      expect(v.properties["Horizon (years)"].basicValue).toBe(years);
      expect(v.properties.Currency.basicValue).toBe(
        overrides?.some((r) => r[1] === "KRW") ? "KRW" : "USD"
      );
    }
  );

  it("describes all five as 'All recipients'", () => {
    const v = card("Total");
    expect(v.text).toBe("All recipients");
    expect(v.properties.GPUs.basicValue).toBe(260_000);
    expect(v.properties.Share.basicValue).toBe(1);
  });

  it("LOCKIN_ASSUMPTION_CARD carries the value, range, judgement flag and sources", () => {
    const v = assumption("capex_per_gpu_usd", "high");
    expect(v.text).toBe("capex_per_gpu_usd");
    expect(v.properties.Value.basicValue).toBe(150_000);
    expect(v.properties.Value.basicValue).toBe(assumptionValue("capex_per_gpu_usd", "high"));
    expect([v.properties.Low.basicValue, v.properties.Base.basicValue]).toEqual([60_000, 80_000]);
    expect(v.properties.Judgement).toEqual({ type: "Boolean", basicValue: false });
    expect(assumption("hw_support_pct").properties.Judgement.basicValue).toBe(true);
    expect(v.properties.Sources.basicValue).toMatch(/https:\/\//);
  });
});

describe("where Excel has no data types", () => {
  it("returns the record's name as text", () => {
    host(false);
    expect(card("Samsung")).toBe("Samsung Electronics");
    expect(card("Total")).toBe("All recipients");
    expect(assumption("pue")).toBe("pue");
    delete (globalThis as { Office?: unknown }).Office;
    expect(card("HMG")).toBe("Hyundai Motor Group");
  });
});

describe("errors", () => {
  it.each([
    [() => card("Nowhere"), "#N/A", /Unknown entity/],
    [() => card("SK", "worst"), "#VALUE!", /Unknown scenario/],
    [() => card("SK", null, 0), "#NUM!", /years must be a whole number from 1 to 100/],
    [() => card(1000), "#VALUE!", /A card describes a recipient/],
    [() => assumption("speed"), "#VALUE!", /Unknown assumption/],
  ] as const)("%#", (f, code, message) => expectExcelError(f, code, message));
});
