/**
 * The Sovereignty sheet in HyperFormula: its native path against the functions, the worked
 * example (Samsung moving half its fleet by year 10), and its checks as an analyst edits it.
 */
import { render } from "../../src/sheets/render";
import { sovereigntySheet } from "../../src/sheets/sovereignty";
import type { RenderedSheet } from "../../src/sheets/types";
import { evaluate, type Workbook } from "../../support/spreadsheet";
import { expectClose } from "../../support/helpers";
import { nameRef, rowOf } from "../../support/locate";

const options = {
  scenario: "base",
  horizon: 30,
  entity: "Samsung Electronics",
  currency: "USD",
} as const;

function outputs(sheet: RenderedSheet, book: Workbook) {
  const b = (label: string) => book.value(`B${rowOf(sheet, label)}`);
  const c = (label: string) => book.value(`C${rowOf(sheet, label)}`);
  return {
    netPv: b("Net PV of the path over staying") as number,
    native: c("PV of the difference") as number,
    breakEven: b("Break-even year"),
    hhi: b("Accelerator HHI at the horizon"),
    hhiStaying: c("Accelerator HHI at the horizon"),
    exit: b("Remaining exit cost at the horizon") as number,
    exitStaying: c("Remaining exit cost at the horizon") as number,
    master: book.value("B3"),
  };
}

describe("Sovereignty sheet, evaluated by HyperFormula", () => {
  it.each(["base", "low", "high"] as const)(
    "%s: no error cells, master check TRUE, native path = SOVEREIGNTY_COST",
    (scenario) => {
      const sheet = render(sovereigntySheet({ ...options, scenario }));
      const book = evaluate(sheet);
      expect(book.errors()).toEqual([]);
      const o = outputs(sheet, book);
      expect(o.master).toBe(true);
      expectClose(o.native, o.netPv);
    }
  );

  it("Samsung moving half its fleet by year 10: saves over 30 years, paid back in year 15, HHI and exit cost halved", () => {
    const sheet = render(sovereigntySheet(options));
    const book = evaluate(sheet);
    const o = outputs(sheet, book);
    // test/model/sovereignty.test.ts works the path by hand; its 30-year PV:
    expectClose(o.netPv, -549_127_070.1609163);
    expect(o.breakEven).toBe(15);
    expect([o.hhi, o.hhiStaying]).toEqual([5_000, 10_000]);
    expectClose(o.exitStaying, 50_000 * 80_000 * 0.15 * 2);
    expectClose(o.exit, o.exitStaying / 2);
  });

  it("follows the analyst's edits: horizon, target, year, currency; checks stay TRUE", () => {
    const sheet = render(sovereigntySheet({ ...options, entity: "Total" }));
    const book = evaluate(sheet);
    for (const [name, value] of [
      ["Horizon", 12],
      ["TargetShare", 0.8],
      ["ByYear", 6],
      ["Currency", "KRW"],
      ["Horizon", 30],
    ] as const) {
      book.type(nameRef(sheet, name), value);
      const o = outputs(sheet, book);
      expect({ name, master: o.master }).toEqual({ name, master: true });
      expectClose(o.native, o.netPv);
    }
  });

  it("a target of 0 changes nothing: no move, no break-even, HHI 10,000", () => {
    const sheet = render(sovereigntySheet(options));
    const book = evaluate(sheet);
    book.type(nameRef(sheet, "TargetShare"), 0);
    const o = outputs(sheet, book);
    expect(o.netPv).toBe(0);
    expect(o.breakEven).toBe("none");
    expect(o.hhi).toBe(10_000);
    expect(o.master).toBe(true);
  });

  it("shows FALSE, not a silent number, when the native path is broken", () => {
    const sheet = render(sovereigntySheet(options));
    const book = evaluate(sheet);
    // An analyst overwrites one year's switching cost by hand.
    const r = rowOf(sheet, "Switching");
    book.type(`I${r}`, 0);
    expect(book.value("B3")).toBe(false);
  });
});
