/**
 * What a user can type never exhausts memory or hangs: ranges are read up to their last
 * non-blank row, a used area past the limit is a #NUM! naming it, overrides are keyed by their
 * effective content, and the caches stay within their byte budgets.
 */
import * as model from "../../src/model";
import * as F from "../../src/functions";
import {
  BudgetCache,
  CACHE_BYTES,
  OVERRIDES_CACHE_BYTES,
  RISK_CACHE_BYTES,
} from "../../src/functions/budget";
import { overridesHeld } from "../../src/functions/overrides";
import { MAX_RANGE_CELLS } from "../../src/functions/range";
import { riskHeld } from "../../src/functions/risk-cache";
import { expectExcelError } from "../../support/helpers";

type Loose = (...args: unknown[]) => unknown;
const cost = F.lockinCostFn as unknown as Loose;
const riskTable = F.lockinRiskTable as unknown as Loose;

/** Excel's rows in a whole-column reference such as B:C. */
const SHEET_ROWS = 1_048_576;

/** A whole-column reference as Excel passes it: `rows` on top, blank cells below (one shared blank row, to build fast). */
function wholeColumns(rows: unknown[][]): unknown[][] {
  const blank = new Array(rows[0].length).fill(null);
  return Array.from({ length: SHEET_ROWS }, (_, r) => rows[r] ?? blank);
}

describe("range arguments", () => {
  it("a whole column of years spills its used rows only, with the same values", () => {
    const out = cost(wholeColumns([[5], [10], [15]]), null, null, null);
    expect(out).toEqual(cost([[5], [10], [15]], null, null, null));
    expect(out).toHaveLength(3);
  });

  it("computes a used area of exactly the limit and refuses one cell more, naming the limit", () => {
    const atLimit = Array.from({ length: MAX_RANGE_CELLS }, (_, r) => [1 + (r % 100)]);
    expect(cost(atLimit, null, null, null)).toHaveLength(MAX_RANGE_CELLS);
    const over = [...atLimit, [7]];
    expectExcelError(() => cost(over, null, null, null), "#NUM!", /at most 100,000 cells/);
  });

  it("counts blank cells inside the used area, not blank rows below it", () => {
    const sparse = wholeColumns([[10]]);
    sparse[MAX_RANGE_CELLS] = [20]; // row 100,001 is used: 100,001 cells up to it
    expectExcelError(() => cost(sparse, null, null, null), "#NUM!", /holds 100,001/);
  });
});

describe("overrides", () => {
  const block = [
    ["refresh_cycle_years", 4],
    ["licence_attach_rate", 0.75],
    ["currency", "KRW"],
  ];

  it("in whole columns B:C give what the three used rows give, and keep only those rows", () => {
    const before = overridesHeld();
    expect(cost([[10]], null, null, wholeColumns(block))).toEqual(
      cost(
        [[10]],
        null,
        null,
        block.map((r) => [...r])
      )
    );
    expect(overridesHeld() - before).toBeLessThan(4_096);
  });

  it("stay within their budget after 100 distinct whole-column blocks", () => {
    for (let i = 0; i < 100; i++) {
      cost([[10]], null, null, wholeColumns([["licence_attach_rate", i / 100]]));
    }
    expect(overridesHeld()).toBeLessThanOrEqual(OVERRIDES_CACHE_BYTES);
  });

  it("key one simulation by their effective pairs: padded, reordered and taller blocks share it", () => {
    const spy = jest.spyOn(model, "simulate");
    try {
      const args = (o: unknown[][]) => [10, "SK", o, 2_000, 31, null];
      const first = riskTable(...args(block));
      expect(riskTable(...args([...block].reverse()))).toEqual(first);
      expect(riskTable(...args([block[0], [null, null], block[1], ["", ""], block[2]]))).toEqual(
        first
      );
      expect(riskTable(...args(wholeColumns(block)))).toEqual(first);
      expect(riskTable(...args([...block, ["pue", null]]))).toEqual(first); // a blank value
      expect(spy).toHaveBeenCalledTimes(1);
      riskTable(...args([...block, ["pue", 1.2]]));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("memory budgets", () => {
  it("add up to at most 64 MB", () => {
    expect(RISK_CACHE_BYTES + OVERRIDES_CACHE_BYTES).toBeLessThanOrEqual(CACHE_BYTES);
    expect(CACHE_BYTES).toBe(64 * 2 ** 20);
  });

  it("count a simulation's results and its key", () => {
    const before = riskHeld();
    riskTable(10, "NAVER", null, 9_000, 77, null);
    // 9,000 results of 8 bytes, plus its key and bookkeeping
    expect(riskHeld() - before).toBeGreaterThan(72_000);
    expect(riskHeld() - before).toBeLessThan(76_000);
  });

  it("drop the least recently used entries once the bytes would exceed the budget", () => {
    const cache = new BudgetCache<Float64Array>(1_000, (v) => v.byteLength);
    cache.set("a", new Float64Array(50)); // 400 bytes + key and bookkeeping
    cache.set("b", new Float64Array(50));
    expect(cache.get("a")).toBeDefined(); // a is now the most recent
    cache.set("c", new Float64Array(50));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(1_000);
    cache.set("huge", new Float64Array(200)); // larger than the whole budget: not kept
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
