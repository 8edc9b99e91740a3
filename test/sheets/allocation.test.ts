import { render } from "../../src/sheets/render";
import { allocationSheet } from "../../src/sheets/allocation";
import { evaluate } from "../support/spreadsheet";

const options = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" } as const;

describe("Allocation sheet, evaluated by HyperFormula", () => {
  it("has no error cells and a TRUE master check in every scenario", () => {
    for (const scenario of ["base", "low", "high"] as const) {
      const book = evaluate(render(allocationSheet({ ...options, scenario })));
      expect(book.errors()).toEqual([]);
      expect(book.value("A3")).toBe("Master check");
      expect(book.value("B3")).toBe(true);
    }
  });

  it("shows the SPEC's GPUs and the total (base: 260,000; high: 300,000)", () => {
    const book = evaluate(render(allocationSheet(options)));
    expect(["D18", "D19", "D20", "D21", "D22"].map(book.value)).toEqual([50_000, 50_000, 50_000, 50_000, 60_000]);
    expect(book.value("D23")).toBe(260_000);
    // capex column: 260,000 × 80,000 = 20.8bn
    expect(book.value("H23")).toBeCloseTo(20_800_000_000, 0);
    book.type("B8", "high");
    expect(book.value("D23")).toBe(300_000);
    expect(book.value("B3")).toBe(true);
  });

  it("an override of capex moves the capex column and keeps the checks true", () => {
    const book = evaluate(render(allocationSheet(options)));
    book.type("E13", 100_000);
    expect(book.value("H23")).toBeCloseTo(26_000_000_000, 0);
    expect(book.value("B3")).toBe(true);
  });

  it("a broken check turns the master check FALSE", () => {
    const book = evaluate(render(allocationSheet(options)));
    book.type("D18", 1);
    expect(book.value("B3")).toBe(false);
  });
});
