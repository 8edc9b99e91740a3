import { dependencySheet } from "../../src/sheets/dependency";
import { columnLetter } from "../../src/sheets/address";
import { lockinSchedule, resolveAssumptions, TOTAL_GPUS } from "../../src/model";
import { render } from "../../src/sheets/render";
import type { RenderedSheet } from "../../src/sheets/types";
import { evaluate, type Workbook } from "../../support/spreadsheet";
import { expectClose } from "../../support/helpers";
import { nameRef, rowOf } from "../../support/locate";

const options = { scenario: "base", horizon: 10, entity: "Total", currency: "USD" } as const;

function outputs(sheet: RenderedSheet, book: Workbook) {
  return {
    pv: book.value(`C${rowOf(sheet, "PV of vendor spend")}`) as number,
    fn: book.value(
      `B${rowOf(sheet, "Schedule PV equals SOVAI.LOCKIN_COST over the same assumptions")}`
    ) as number,
    master: book.value("B3"),
  };
}

describe("Dependency & lock-in sheet, evaluated by HyperFormula", () => {
  it.each(["base", "low", "high"] as const)(
    "%s: no error cells, master check TRUE, schedule = LOCKIN_COST",
    (scenario) => {
      const sheet = render(dependencySheet({ ...options, scenario }));
      const book = evaluate(sheet);
      expect(book.errors()).toEqual([]);
      const o = outputs(sheet, book);
      expect(o.master).toBe(true);
      expectClose(o.pv, o.fn);
    }
  );

  it("matches the hand-worked base case: Total, 10 years = 32,431,208,655.990 USD", () => {
    const sheet = render(dependencySheet(options));
    const book = evaluate(sheet);
    expectClose(outputs(sheet, book).pv, 32_431_208_655.99049);
    // Switching cost (base, Total) = 305,000 weighted GPUs × 80,000 × 0.15
    expectClose(book.value(`B${rowOf(sheet, "Switching cost (one-off)")}`), 3_660_000_000);
    expect(book.value(`B${rowOf(sheet, "Upgrade cycles within the horizon")}`)).toBe(2);
  });

  it("typing overrides moves the native schedule and SOVAI.LOCKIN_COST together", () => {
    const sheet = render(dependencySheet({ ...options, horizon: 30 }));
    const book = evaluate(sheet);
    const before = outputs(sheet, book).pv;
    const cycleRow = rowOf(sheet, "refresh_cycle_years");
    const rateRow = rowOf(sheet, "discount_rate");
    book.type(`D${cycleRow}`, 3);
    book.type(`D${rateRow}`, 0.07);
    const after = outputs(sheet, book);
    expect(after.pv).not.toBeCloseTo(before, 0);
    expectClose(after.pv, after.fn);
    expect(after.master).toBe(true);
    expect(book.errors()).toEqual([]);
    book.type(`D${cycleRow}`, null);
    book.type(`D${rateRow}`, null);
    expectClose(outputs(sheet, book).pv, before);
  });

  it("changing entity, horizon and currency keeps the checks true", () => {
    const sheet = render(dependencySheet({ ...options, horizon: 30 }));
    const book = evaluate(sheet);
    book.type(nameRef(sheet, "Entity"), "Samsung Electronics");
    book.type(nameRef(sheet, "Horizon"), 7);
    book.type(nameRef(sheet, "Currency"), "KRW");
    const o = outputs(sheet, book);
    expect(o.master).toBe(true);
    expectClose(o.pv, o.fn);
    // KRW column of the lock-in cost is the USD column × 1,500
    const r = rowOf(sheet, "Lock-in cost: PV of vendor spend");
    expectClose(book.value(`D${r}`), (book.value(`C${r}`) as number) * 1_500);
    expectClose(book.value(`B${r}`), book.value(`D${r}`) as number);
  });

  it.each(["low", "base", "high"] as const)(
    "%s: the native schedule equals SOVAI.LOCKIN_COST at every horizon 1–30, and after moving the explicit period",
    (scenario) => {
      const sheet = render(dependencySheet({ ...options, scenario, horizon: 30 }));
      const book = evaluate(sheet);
      const check = () => {
        for (let n = 1; n <= 30; n++) {
          book.type(nameRef(sheet, "Horizon"), n);
          const o = outputs(sheet, book);
          expectClose(o.pv, o.fn);
          expect(o.master).toBe(true);
        }
      };
      check();
      book.type(`D${rowOf(sheet, "escalation_years")}`, 4);
      book.type(`D${rowOf(sheet, "longrun_price_growth")}`, 0.05);
      check();
    }
  );

  it.each(["low", "base", "high"] as const)(
    "%s, in KRW: every line of the native schedule equals LOCKIN_SCHEDULE's column, year by year",
    (scenario) => {
      const sheet = render(dependencySheet({ ...options, scenario, horizon: 30, currency: "KRW" }));
      const book = evaluate(sheet);
      const a = { ...resolveAssumptions(scenario), currency: "KRW" as const };
      const model = lockinSchedule(30, TOTAL_GPUS[scenario], a);
      const lines = {
        "Refresh capex": "refreshCapex",
        Licences: "licences",
        "Vendor support": "support",
        "Vendor spend": "vendorSpend",
        "Energy (TCO only, not lock-in)": "energy",
        "Discount factor": "discountFactor",
        "PV of vendor spend": "pvVendorSpend",
      } as const;
      for (const [label, field] of Object.entries(lines)) {
        const row = rowOf(sheet, label);
        // Year t is in column E + t − 1 (columnLetter counts from 0: E is 4).
        model.forEach((year, t) =>
          expectClose(book.value(`${columnLetter(4 + t)}${row}`), year[field])
        );
      }
    }
  );

  it("an override outside its range shows up as a FALSE master check, not a silent number", () => {
    const sheet = render(dependencySheet(options));
    const book = evaluate(sheet);
    book.type(`D${rowOf(sheet, "pue")}`, 0.5);
    expect(book.value("B3")).not.toBe(true);
  });

  it("lays out one column per year of the horizon", () => {
    expect(render(dependencySheet({ ...options, horizon: 5 })).columns).toBeLessThan(
      render(dependencySheet({ ...options, horizon: 30 })).columns
    );
  });
});
