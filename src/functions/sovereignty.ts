/**
 * Sovereignty functions: what moving part of the fleet off NVIDIA at refreshes costs and buys
 * against staying. Thin adapters over the model's path (src/model/sovereignty.ts); their records
 * are at the end.
 */
import {
  checkTargetShare,
  DEFAULT_BY_YEAR,
  gpusOf,
  pathTable,
  sovereigntyCost,
  sovereigntyPath,
  weightedGpusOf,
  wholeYears,
  type Assumptions,
  type EntitySelector,
  type Fleet,
} from "../model";
import {
  assumptionsArg,
  entityArg,
  numberArg,
  optionalNumber,
  scenarioArg,
  single,
  yearsArg,
} from "./coerce";
import { guarded } from "./excel-errors";
import { lift2 } from "./lift";
import type { ScenarioName } from "./enums";
import { YEARS, YEARS_SPILL, ENTITY, SCENARIO, OVERRIDES } from "./params";
import type { FunctionRecord, Param } from "./record";

/** The arguments both functions take after years and target_share, in Excel's order. */
type PathTail = [by_year?: any, entity?: any, scenario?: ScenarioName, overrides?: any[][]];

/** SOVEREIGNTY_COST: the adapter its record (below) runs. */
export function sovereigntyCostFn(years: any[][], target_share: any[][], ...tail: PathTail) {
  return guarded((): any[][] => {
    const path = pathArgs(tail);
    return lift2(years, yearsArg, target_share, targetArg, costCell, path);
  });
}

/** SOVEREIGNTY_PATH: the adapter its record (below) runs. */
export function sovereigntyPathFn(years: any, target_share: any, ...tail: PathTail) {
  return guarded((): any[][] => {
    const { fleet, byYear, a } = pathArgs(tail);
    const n = yearsArg(single(years, "years"));
    const share = targetArg(single(target_share, "target_share"));
    return pathTable(sovereigntyPath(n, fleet, share, byYear, a));
  });
}

/**
 * What a path shares across a spill: the fleet moved, the year the target is reached and the
 * assumptions.
 */
interface PathArgs {
  readonly fleet: Fleet;
  readonly byYear: number;
  readonly a: Assumptions;
}

function pathArgs([byYear, entity, scenario, overrides]: PathTail): PathArgs {
  // The overrides block first: a range too large is refused before anything else is read.
  const s = scenarioArg(scenario);
  const a = assumptionsArg(s, overrides);
  const by = optionalNumber(byYear, "by_year", DEFAULT_BY_YEAR, (n) => wholeYears(n, "by_year"));
  const e: EntitySelector = entityArg(single(entity, "entity"));
  return { fleet: { gpus: gpusOf(e, s), weightedGpus: weightedGpusOf(e, s) }, byYear: by, a };
}

/** by_year, as both functions take it. */
const BY_YEAR: Param = {
  name: "by_year",
  kind: "value",
  optional: true,
  en: `Year the target share is reached, 1 to 100 (default ${DEFAULT_BY_YEAR}); moves happen only at refreshes.`,
  ko: `목표 비중에 이르는 해, 1~100(기본값 ${DEFAULT_BY_YEAR}). 이동은 교체 때만 일어납니다.`,
};

/** `target_share`: a number 0 to 1. */
function targetArg(value: unknown): number {
  return checkTargetShare(numberArg(value, "target_share"));
}

function costCell(years: number, share: number, path: PathArgs): number {
  return sovereigntyCost(years, path.fleet, share, path.byYear, path.a);
}

export const SOVEREIGNTY: readonly FunctionRecord[] = [
  {
    id: "SOVEREIGNTY_COST",
    summary: {
      en: "Present value of moving part of the fleet off NVIDIA at refreshes, over staying: switching, alternatives' spend and the NVIDIA spend avoided. Negative when the path saves.",
      ko: "교체 때마다 보유 GPU 일부를 NVIDIA에서 다른 가속기로 옮길 때, 그대로 머무는 것에 비해 더 드는 지출의 현재가치(전환 비용, 대체 가속기 지출, 줄어든 NVIDIA 지출). 음수면 절감입니다.",
    },
    params: [
      YEARS_SPILL,
      {
        name: "target_share",
        kind: "range",
        en: "Share of the fleet on other accelerators by by_year, 0 to 1; a range spills.",
        ko: "by_year까지 다른 가속기로 옮길 비중, 0~1. 범위를 주면 펼칩니다.",
      },
      BY_YEAR,
      ENTITY,
      SCENARIO,
      OVERRIDES,
    ],
    returns: { kind: "table", en: "Present value of the difference in USD (or KRW)." },
    run: sovereigntyCostFn,
    restsOn: "both",
    examples: [
      { formula: '=SOVAI.SOVEREIGNTY_COST(30,0.5,10,"Samsung")', result: "-549,127,070" },
      { formula: "=SOVAI.SOVEREIGNTY_COST(30,{0,0.25,0.5})", result: "spills 1 × 3" },
    ],
    refuses: [{ formula: "=SOVAI.SOVEREIGNTY_COST(30,1.5)", error: "#NUM!" }],
  },
  {
    id: "SOVEREIGNTY_PATH",
    summary: {
      en: "The sovereignty path year by year: Year, Generation, Share on alternatives, NVIDIA spend, Alternatives spend, Switching, Path spend, Staying spend, Difference, Cumulative PV difference, Accelerator HHI, Remaining exit cost.",
      ko: "소버린 경로를 연도별로: 연도, 세대, 대체 가속기 비중, NVIDIA 지출, 대체 가속기 지출, 전환, 경로 지출, 유지 지출, 차이, 누적 현재가치 차이, 가속기 HHI, 남은 이탈 비용.",
    },
    params: [
      YEARS,
      {
        name: "target_share",
        kind: "value",
        en: "Share of the fleet on other accelerators by by_year, 0 to 1.",
        ko: "by_year까지 다른 가속기로 옮길 비중, 0~1.",
      },
      BY_YEAR,
      ENTITY,
      SCENARIO,
      OVERRIDES,
    ],
    returns: {
      kind: "table",
      en: "A table with a header row and one row per year; money in USD (or KRW).",
    },
    run: sovereigntyPathFn,
    restsOn: "both",
    examples: [
      { formula: '=SOVAI.SOVEREIGNTY_PATH(30,0.5,10,"Samsung")', result: "spills 31 × 12" },
    ],
    refuses: [{ formula: "=SOVAI.SOVEREIGNTY_PATH(30,2)", error: "#NUM!" }],
  },
];
