import { render } from "../../src/sheets/render";
import { scenariosSheet } from "../../src/sheets/scenarios";
import { evaluate } from "../../support/spreadsheet";
import { expectClose } from "../../support/helpers";
import { at } from "../../support/locate";
import { parseEntity, simulate } from "../../src/model";

const options = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" } as const;

describe("Scenarios sheet, evaluated by HyperFormula", () => {
  it("has no error cells and a TRUE master check", () => {
    const book = evaluate(render(scenariosSheet(options)));
    expect(book.errors()).toEqual([]);
    expect(book.value("B3")).toBe(true);
  });

  it("shows the hand-worked figures for LOCKIN_COST, LOCKIN_PREMIUM and SWITCHING_COST", () => {
    const sheet = render(scenariosSheet(options));
    const book = evaluate(sheet);
    // three LOCKIN_COST rows at 5, 10, 15 years; columns low, base, high
    expectClose(book.value(at(sheet, "LOCKIN_COST", "base", 1)), 17_223_747_187.13584);
    expectClose(book.value(at(sheet, "LOCKIN_COST", "base", 2)), 32_431_208_655.99049);
    expectClose(book.value(at(sheet, "LOCKIN_COST", "high", 2)), 302_315_765_460.64886);
    // 202,000 GPUs cost 5,597,838,269.806 at the low end (test/model/lockin.test.ts); the low
    // total is 201,300 GPUs, and the cost is linear in GPUs.
    expectClose(
      book.value(at(sheet, "LOCKIN_COST", "low", 2)),
      (5_597_838_269.805964 * 201_300) / 202_000
    );
    // LOCKIN_PREMIUM base, 5 years: (468e6 × A(5) + 14.352e9 / 1.045^5) × 0.2 / 1.2
    const a5 = 4.389976744429251;
    expectClose(
      book.value(at(sheet, "LOCKIN_PREMIUM", "base")),
      ((468e6 * a5 + 14.352e9 / 1.045 ** 5) * 0.2) / 1.2
    );
    expectClose(book.value(at(sheet, "SWITCHING_COST (one-off)", "base")), 3_660_000_000);
  });

  it("shows the simulated P5 and P95 beside the corners, inside them", () => {
    const sheet = render(scenariosSheet(options));
    const book = evaluate(sheet);
    const request = {
      years: 10,
      entity: parseEntity("Total"),
      overrides: null,
      trials: 10_000,
      seed: 1,
      measure: "cost" as const,
    };
    const sim = simulate(request);
    const p5 = book.value(at(sheet, "LOCKIN_COST", "P5", 2)) as number;
    const p95 = book.value(at(sheet, "LOCKIN_COST", "P95", 2)) as number;
    expectClose(p5, sim.sorted[Math.ceil(0.05 * 10_000) - 1]);
    expectClose(p95, sim.sorted[Math.ceil(0.95 * 10_000) - 1]);
    const corner = (c: string) => book.value(at(sheet, "LOCKIN_COST", c, 2)) as number;
    expect(corner("low")).toBeLessThan(p5);
    expect(p5).toBeLessThan(corner("base"));
    expect(corner("base")).toBeLessThan(p95);
    expect(p95).toBeLessThan(corner("high"));
  });

  it("answers in the selected currency: KRW at each scenario's rate, the sensitivity at the base rate", () => {
    const sheet = render(scenariosSheet({ ...options, currency: "KRW" }));
    const book = evaluate(sheet);
    expect(book.value("B3")).toBe(true);
    expectClose(book.value(at(sheet, "LOCKIN_COST", "base", 2)), 32_431_208_655.99049 * 1_500);
    expectClose(book.value(at(sheet, "LOCKIN_COST", "high", 2)), 302_315_765_460.64886 * 1_600);
    expectClose(
      book.value(at(sheet, "refresh_cycle_years", "Base LOCKIN_COST")),
      32_431_208_655.99049 * 1_500
    );
    expect(book.value(at(sheet, "LOCKIN_COST", "Unit", 2))).toBe("KRW");
  });

  it("one-at-a-time sensitivity: a 3-year refresh cycle", () => {
    const sheet = render(scenariosSheet(options));
    const book = evaluate(sheet);
    const cell = (header: string) => at(sheet, "refresh_cycle_years", header);
    expect(book.value(cell("High value"))).toBe(3);
    // base assumptions with a 3-year cycle: 1.3e9 × A(10) + refreshes in years 3, 6, 9 at
    // 12.48e9 × 1.15^k, discounted at 4.5%
    const expected =
      1.3e9 * 7.912718177110168 +
      [1, 2, 3].reduce((s, k) => s + (12.48e9 * 1.15 ** k) / 1.045 ** (3 * k), 0);
    expectClose(book.value(cell("LOCKIN_COST at high")), expected);
    expectClose(book.value(cell("Base LOCKIN_COST")), 32_431_208_655.99049);
  });

  it("works for one entity and another horizon", () => {
    const book = evaluate(
      render(scenariosSheet({ ...options, entity: "NAVER Cloud", horizon: 25 }))
    );
    expect(book.errors()).toEqual([]);
    expect(book.value("B3")).toBe(true);
  });
});
