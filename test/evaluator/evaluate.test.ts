/**
 * The export's own evaluator must agree with a real spreadsheet engine (HyperFormula) on every
 * formula cell of every sheet: the values and cached results a shared workbook carries are the
 * ones Excel would show.
 */
import { renderSheet, SHEETS } from "../../src/sheets";
import {
  FormulaError,
  sheetEvaluator,
  unsupportedFunctions,
} from "../../src/export/evaluator/evaluate";
import { parse } from "../../src/export/evaluator/formula";
import { a1 } from "../../src/sheets/address";
import { evaluate } from "../../support/spreadsheet";
import { FUNCTIONS_BY_ID } from "../../src/functions";

const call = (name: string, args: readonly unknown[]) => FUNCTIONS_BY_ID.get(name)!.run(...args);

const OPTION_SETS = [
  { scenario: "base", horizon: 10, entity: "Total", currency: "USD" },
  { scenario: "high", horizon: 30, entity: "Samsung Electronics", currency: "KRW" },
  { scenario: "low", horizon: 3, entity: "NAVER Cloud", currency: "USD" },
] as const;

describe.each(
  SHEETS.flatMap((s) =>
    OPTION_SETS.map((o) => [`${s.key} ${o.scenario}/${o.horizon}/${o.entity}`, s.key, o] as const)
  )
)("%s", (_, key, options) => {
  it("evaluates every formula cell to what HyperFormula computes", () => {
    const sheet = renderSheet(key, options);
    const engine = evaluate(sheet);
    const ours = sheetEvaluator(sheet, call);
    let count = 0;
    sheet.formulas.forEach((row, r) =>
      row.forEach((content, c) => {
        if (typeof content !== "string" || !content.startsWith("=")) return;
        // HyperFormula's TEXT ignores thousands separators ("302000,##0"); LibreOffice's
        // recalculation of the export checks the title instead (test/export).
        if (content.includes("TEXT(")) return;
        const address = a1(r, c);
        const mine = ours(address);
        const theirs = engine.value(address);
        expect({ address, error: mine instanceof FormulaError ? mine.message : null }).toEqual({
          address,
          error: null,
        });
        if (typeof theirs === "number")
          expect(Math.abs((mine as number) - theirs)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(theirs))
          );
        else expect(mine).toEqual(theirs);
        count++;
      })
    );
    expect(count).toBeGreaterThan(5);
  });
});

describe("the evaluator's grammar", () => {
  const sheet = renderSheet("dependency", OPTION_SETS[0]);
  it("follows precedence: unary minus binds tighter than ^, ^ tighter than *", () => {
    const ev = sheetEvaluator(
      { ...sheet, formulas: [["=-2^2", "=2+3*4^2", '="a"&"b"', "=1/0", "=2>1", "=NOPE(1)"]] },
      call
    );
    expect(["A1", "B1", "C1", "D1", "E1"].map(ev)).toEqual([
      4,
      50,
      "ab",
      expect.any(FormulaError),
      true,
    ]);
    expect((ev("F1") as FormulaError).message).toMatch(/not supported/);
  });

  it("passes SOVAI errors through with their code and message", () => {
    const ev = sheetEvaluator({ ...sheet, formulas: [['=SOVAI.KOREA_GPUS("Samsnug")']] }, call);
    const e = ev("A1") as FormulaError;
    expect([e.code, e.message]).toEqual(["#N/A", expect.stringMatching(/Did you mean Samsung/)]);
  });

  it("reads empty arguments as omitted", () => {
    expect(parse("SOVAI.LOCKIN_COST(10,,,A1:B2)")).toMatchObject({
      kind: "call",
      args: [{ kind: "number" }, null, null, { kind: "ref", from: "A1", to: "B2" }],
    });
  });
});

describe("the functions a sheet may call", () => {
  it("are all ones the export computes, in every sheet", () => {
    for (const s of SHEETS)
      for (const o of OPTION_SETS) expect(unsupportedFunctions(renderSheet(s.key, o))).toEqual([]);
  });

  it("name the cell of the first call the export cannot compute", () => {
    const formulas = [["=SUM(B1:B2)", "=IF(SUMIF(B1:B2,1)>0,1,0)", "=SOVAI.MODEL_VERSION()"]];
    expect(unsupportedFunctions({ formulas })).toEqual(["SUMIF (B1)"]);
  });
});
