import { renderSheet } from "../../src/sheets";
import { moments, parseEntity, simulate, statisticOf } from "../../src/model";
import { evaluate } from "../../support/spreadsheet";
import { at, nameRef, rowOf } from "../../support/locate";
import { expectClose } from "../../support/helpers";

const options = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" } as const;
const sheet = renderSheet("risk", options);

describe("Risk sheet, evaluated by HyperFormula", () => {
  it.each([
    ["cost", "Total", "USD"],
    ["premium", "Samsung Electronics", "KRW"],
    ["switching", "NAVER Cloud", "USD"],
  ] as const)("%s, %s, %s: no error cells, master check TRUE", (measure, entity, currency) => {
    const book = evaluate(
      renderSheet("risk", { ...options, measure, entity, currency, trials: 2_000 })
    );
    expect(book.errors()).toEqual([]);
    expect(book.value("B3")).toBe(true);
  });

  it("shows the simulation's own statistics, computed here from the model for the same arguments", () => {
    const book = evaluate(sheet);
    const sim = simulate({
      years: 10,
      entity: parseEntity(null),
      overrides: [["currency", "USD"]],
      trials: 10_000,
      seed: 1,
      measure: "cost",
    });
    const m = moments(sim);
    expectClose(book.value(at(sheet, "Mean", "Value")), m.mean);
    expectClose(book.value(at(sheet, "P90", "Value")), statisticOf(sim, { percentile: 0.9 }, m));
    expectClose(book.value(at(sheet, "Maximum", "Value")), sim.sorted[9_999]);
  });

  it("follows its inputs: another seed moves the numbers, an override holds an input fixed", () => {
    const book = evaluate(sheet);
    const mean = book.value(at(sheet, "Mean", "Value")) as number;
    book.type(nameRef(sheet, "Seed"), 2);
    expect(book.value(at(sheet, "Mean", "Value"))).not.toBe(mean);
    const free = rowOf(sheet, "currency") + 1;
    book.type(`A${free}`, "capex_per_gpu_usd");
    book.type(`B${free}`, 80_000);
    const driversTop =
      rowOf(sheet, "What drives the spread (rank correlation with the result)") + 3;
    const inputs = Array.from({ length: 10 }, (_, i) => book.value(`B${driversTop + i}`));
    expect(inputs).not.toContain("capex_per_gpu_usd");
    expect(inputs).toContain("refresh_cycle_years");
    expect(book.errors()).toEqual([]);
    expect(book.value("B3")).toBe(true);
  });

  it("lists the drivers largest first, with shares adding to 1", () => {
    const book = evaluate(sheet);
    const first = rowOf(sheet, "What drives the spread (rank correlation with the result)") + 3;
    const shares: number[] = [];
    for (let r = first; r < first + 10; r++) {
      const v = book.value(`D${r}`);
      if (typeof v === "number") shares.push(v);
    }
    expect(shares.length).toBe(9);
    expectClose(
      shares.reduce((s, x) => s + x, 0),
      1
    );
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1]);
  });

  it("numbers each driver by the result row it shows, and leaves lines past the last one blank", () => {
    const book = evaluate(sheet);
    const first = rowOf(sheet, "What drives the spread (rank correlation with the result)") + 3;
    const rows = Array.from({ length: 11 }, (_, i) => book.value(`A${first + i}`));
    // Nine uncertain inputs move the cost in USD over 10 years: result rows 2 to 10 (row 1 is
    // the header), then two blank lines, numbers and all.
    expect(rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, "", ""]);
    expect([book.value(`B${first + 9}`), book.value(`C${first + 10}`)]).toEqual(["", ""]);
  });
});
