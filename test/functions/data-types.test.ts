/**
 * Data-type arguments as real Excel sends them: the metadata allows custom data for parameters
 * of type `any` (allowCustomDataForDataTypeAny), so a cell holding a card arrives as its entity
 * object and a formatted number as `{ type: "FormattedNumber", basicValue }` (Excel.CellValue
 * in @types/office-js). Each must act as its text or number, in ranges too; anything else is
 * #VALUE! with a message.
 */
import * as F from "../../src/functions";
import { expectExcelError } from "../../support/helpers";

type Loose = (...args: unknown[]) => unknown;
const card = F.koreaCard as unknown as (...args: unknown[]) => unknown;
const gpus = F.koreaGpus as unknown as Loose;
const cost = F.lockinCostFn as unknown as Loose;
const entityField = F.koreaEntity as unknown as Loose;
const risk = F.lockinRisk as unknown as Loose;
const hhi = F.supplierHhiFn as unknown as Loose;

/** A card as KOREA_CARD returns it where Excel supports data types (CustomFunctionsRuntime 1.4). */
function cardOf(name: string): unknown {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };
  try {
    return card(name);
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
}

const formatted = (n: number) => ({
  type: "FormattedNumber",
  basicValue: n,
  numberFormat: "#,##0",
});

describe("an entity argument acts as its text", () => {
  it("a card of Samsung is Samsung, as a single value and inside a range", () => {
    const samsung = cardOf("Samsung");
    expect(samsung).toMatchObject({ type: "Entity", text: "Samsung Electronics" });
    expect(gpus([[samsung]], null)).toEqual(gpus([["Samsung"]], null));
    expect(gpus([[samsung]], null)).toEqual([[50_000]]);
    expect(cost([[10]], samsung, null, null)).toEqual(cost([[10]], [["Samsung"]], null, null));
    const naver = cardOf("NAVER");
    expect(gpus([[samsung], [naver]], null)).toEqual([[50_000], [60_000]]);
    expect(entityField(samsung, "korean_name")).toEqual([["삼성전자"]]);
  });

  it("the Total card is all five recipients", () => {
    expect(gpus([[cardOf("Total")]], null)).toEqual([[260_000]]);
  });
});

describe("a formatted number acts as its value", () => {
  it("years, a GPU count, a statistic and an override value", () => {
    expect(cost([[formatted(10)]], null, null, null)).toEqual(cost([[10]], null, null, null));
    expect(cost([[10]], [[formatted(1_000)]], null, null)).toEqual(
      cost([[10]], [[1_000]], null, null)
    );
    expect(risk(10, [[formatted(0.9)]])).toEqual(risk(10, [["P90"]]));
    expect(cost([[10]], null, null, [["refresh_cycle_years", formatted(3)]])).toEqual(
      cost([[10]], null, null, [["refresh_cycle_years", 3]])
    );
    expect(hhi([[formatted(0.5)], [{ type: "Double", basicValue: 0.5 }]])).toBe(5_000);
  });
});

describe("any other object is #VALUE! with a message", () => {
  const image = { type: "WebImage", address: "https://example.invalid/a.png" };
  it.each([
    ["years", () => cost([[image]], null, null, null)],
    ["entity", () => gpus([[image]], null)],
    ["an override value", () => cost([[10]], null, null, [["pue", image]])],
  ])("as %s", (_, f) => {
    let out: unknown;
    try {
      out = f();
    } catch (e) {
      out = e;
    }
    const error = Array.isArray(out) ? (out as unknown[][])[0][0] : out;
    expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/object/) });
  });

  it("an entity without text is refused, not read as blank", () => {
    expectExcelError(() => gpus({ type: "Entity", properties: {} }, null), "#VALUE!", /object/);
  });
});
