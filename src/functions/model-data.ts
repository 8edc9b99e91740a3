/**
 * Reference-data functions: the assumptions, a market-concentration index and the model's
 * version. Thin adapters (see allocation.ts for the pattern); their records are at the end.
 */
import {
  assumptionRecord,
  assumptionsTable,
  modelVersionText,
  resolveAssumptions,
  supplierHhi,
} from "../model";
import { isBlank, numberArg, scenarioArg, single, textArg } from "./coerce";
import { displayLanguage, guarded } from "./excel-errors";
import { usedArea } from "./range";
import type { ScenarioName, AssumptionName } from "./enums";
import { SCENARIO } from "./params";
import type { FunctionRecord } from "./record";

/** LOCKIN_ASSUMPTION: the adapter its record (below) runs. */
export function lockinAssumption(name: AssumptionName, scenario?: ScenarioName): number {
  return guarded(() => {
    const record = assumptionRecord(textArg(single(name, "name"), "name"));
    return resolveAssumptions(scenarioArg(scenario))[record.name];
  });
}

/** LOCKIN_ASSUMPTIONS: the adapter its record (below) runs. */
export function lockinAssumptions(scenario?: ScenarioName): any[][] {
  return guarded(() => assumptionsTable(scenarioArg(scenario)));
}

/** SUPPLIER_HHI: the adapter its record (below) runs. */
export function supplierHhiFn(shares: any[][]): number {
  return guarded(() => {
    // Read up to the last non-blank cell, so a whole column costs what its used rows cost.
    const grid: unknown[][] = !Array.isArray(shares)
      ? [[shares]]
      : shares.every(Array.isArray)
        ? usedArea(shares)
        : shares;
    const values: number[] = [];
    for (let r = 0; r < grid.length; r++) {
      const row: unknown = grid[r];
      const cells: unknown[] = Array.isArray(row) ? row : [row];
      for (let c = 0; c < cells.length; c++) {
        if (isBlank(cells[c])) continue;
        const share = numberArg(cells[c], "A share");
        // A negative share fails whatever follows, so stop reading a huge range here.
        if (share < 0) return supplierHhi([share]);
        values.push(share);
      }
    }
    return supplierHhi(values);
  });
}

/** MODEL_VERSION: the adapter its record (below) runs. */
export function modelVersion(): string {
  // Worded in Office's display language, like the error messages; the version and date are the same.
  return modelVersionText(displayLanguage());
}

export const MODEL_DATA: readonly FunctionRecord[] = [
  {
    id: "LOCKIN_ASSUMPTION",
    summary: {
      en: "The value of one named assumption under a scenario.",
      ko: "시나리오에서 한 가정의 값.",
    },
    params: [
      {
        name: "name",
        kind: "AssumptionName",
        en: "Assumption name, e.g. refresh_cycle_years.",
        ko: "가정 이름(예: refresh_cycle_years).",
      },
      SCENARIO,
    ],
    returns: { kind: "number", en: "The value, in the assumption's unit." },
    run: lockinAssumption,
    restsOn: "model",
    examples: [
      { formula: '=SOVAI.LOCKIN_ASSUMPTION("refresh_cycle_years","high")', result: "3" },
      { formula: '=SOVAI.LOCKIN_ASSUMPTION("fx_krw_per_usd","high")', result: "1,600" },
    ],
    refuses: [{ formula: '=SOVAI.LOCKIN_ASSUMPTION("speed")', error: "#VALUE!" }],
  },
  {
    id: "LOCKIN_ASSUMPTIONS",
    summary: {
      en: "All assumptions: Name, Value, Unit, Low, Base, High, Description, Source.",
      ko: "모든 가정: 이름, 값, 단위, low, base, high, 설명, 출처.",
    },
    params: [SCENARIO],
    returns: { kind: "table", en: "A table with a header row, one row per assumption." },
    run: lockinAssumptions,
    restsOn: "model",
    examples: [{ formula: "=SOVAI.LOCKIN_ASSUMPTIONS()", result: "spills 20 × 8" }],
    refuses: [{ formula: '=SOVAI.LOCKIN_ASSUMPTIONS("worst")', error: "#VALUE!" }],
  },
  {
    id: "SUPPLIER_HHI",
    summary: {
      en: "Herfindahl-Hirschman index of a supplier market, 0 to 10,000, from shares as fractions or percents.",
      ko: "공급사 시장의 허핀달-허쉬만 지수(0~10,000). 점유율은 비율 또는 퍼센트.",
    },
    params: [
      {
        name: "shares",
        kind: "range",
        en: "Supplier shares (fractions summing to at most 1, or percents to at most 100); blanks are skipped.",
        ko: "공급사 점유율(합이 1 이하인 비율 또는 100 이하인 퍼센트). 빈 셀은 건너뜁니다.",
      },
    ],
    returns: { kind: "number", en: "HHI, 0 to 10,000." },
    run: supplierHhiFn,
    restsOn: "market",
    examples: [{ formula: "=SOVAI.SUPPLIER_HHI({0.9,0.1})", result: "8,200" }],
    refuses: [{ formula: "=SOVAI.SUPPLIER_HHI({-0.1})", error: "#NUM!" }],
  },
  {
    id: "MODEL_VERSION",
    summary: {
      en: "Model version and the date its data are as of.",
      ko: "모델 버전과 데이터 기준일.",
    },
    params: [],
    returns: { kind: "text", en: "Text such as 1.2.0 (data as of 2026-07-05)." },
    run: modelVersion,
    restsOn: "none",
    examples: [{ formula: "=SOVAI.MODEL_VERSION()", result: '"1.2.0 (data as of 2026-07-05)"' }],
  },
];
