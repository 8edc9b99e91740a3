import { render } from "../../src/sheets/render";
import { allocationSheet } from "../../src/sheets/allocation";
import { ENTITIES } from "../../src/model";
import { evaluate } from "../../support/spreadsheet";
import { at, nameRef } from "../../support/locate";

const options = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" } as const;
const sheet = render(allocationSheet(options));
const total = at(sheet, "Total", "GPUs");
const capex = at(sheet, "Total", "All-in capex (USD)");

describe("Allocation sheet, evaluated by HyperFormula", () => {
  it("has no error cells and a TRUE master check in every scenario", () => {
    for (const scenario of ["base", "low", "high"] as const) {
      const book = evaluate(render(allocationSheet({ ...options, scenario })));
      expect(book.errors()).toEqual([]);
      expect(book.value("A3")).toBe("Master check");
      expect(book.value("B3")).toBe(true);
    }
  });

  it("shows the announced GPUs and the total (base: 260,000; high: 302,000)", () => {
    const book = evaluate(sheet);
    const gpus = ENTITIES.map((e) => book.value(at(sheet, e.name, "GPUs")));
    expect(gpus).toEqual([50_000, 50_000, 50_000, 50_000, 60_000]);
    expect(book.value(total)).toBe(260_000);
    // capex column: 260,000 × 80,000 = 20.8bn
    expect(book.value(capex)).toBeCloseTo(20_800_000_000, 0);
    book.type(nameRef(sheet, "Scenario"), "high");
    expect(book.value(total)).toBe(302_000);
    expect(book.value("B3")).toBe(true);
  });

  it("an override of capex moves the capex column and keeps the checks true", () => {
    const book = evaluate(sheet);
    book.type(at(sheet, "capex_per_gpu_usd", "Override"), 100_000);
    expect(book.value(capex)).toBeCloseTo(26_000_000_000, 0);
    expect(book.value("B3")).toBe(true);
  });

  it("a broken check turns the master check FALSE", () => {
    const book = evaluate(sheet);
    book.type(at(sheet, ENTITIES[0].name, "GPUs"), 1);
    expect(book.value("B3")).toBe(false);
  });
});

it("gives the uses and deployment columns room for the longest text, beyond the usual cap", () => {
  const sheet = render(
    allocationSheet({ scenario: "base", horizon: 10, entity: "Total", currency: "USD" })
  );
  const width = (letter: string) =>
    sheet.widths.find((w) => {
      const [from, to = from] = w.columns.split(":");
      return from <= letter && letter <= to && from.length === letter.length;
    })!.width;
  const longest = (text: (e: (typeof ENTITIES)[number]) => string) =>
    Math.max(...ENTITIES.map((e) => text(e).length));
  // Hyundai's uses run to 86 characters ("… ~$3bn physical-AI cluster"): printed whole, not cut.
  expect(longest((e) => e.uses)).toBeGreaterThan(64);
  expect(width("G")).toBeGreaterThanOrEqual(longest((e) => e.uses));
  expect(width("J")).toBeGreaterThanOrEqual(longest((e) => e.deployment));
});
