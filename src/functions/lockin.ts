/**
 * Lock-in functions: what staying on the platform costs, and what leaving costs. Thin adapters
 * over the model's closed forms (see allocation.ts for the pattern); their records are at the end.
 */
import {
  gpusOf,
  lockinCost,
  lockinPremium,
  lockinSchedule,
  resolveAssumptions,
  scheduleTable,
  switchingCost,
  upgradeCycles,
  type Assumptions,
  type EntitySelector,
  type Scenario,
} from "../model";
import { assumptionsArg, entityArg, optionalNumber, scenarioArg, single, yearsArg } from "./coerce";
import { guarded } from "./excel-errors";
import { lift1, lift2 } from "./lift";
import type { ScenarioName } from "./enums";
import { YEARS, YEARS_SPILL, ENTITY, ENTITY_SPILL, SCENARIO, OVERRIDES } from "./params";
import type { FunctionRecord } from "./record";

/**
 * LOCKIN_COST and LOCKIN_PREMIUM: a present value for each horizon and entity of a spill. Each
 * per-cell computation is made once, at load, so a call allocates nothing beyond its result.
 */
function presentValue(pv: (years: number, gpus: number, a: Assumptions) => number) {
  const cell = (years: number, entity: EntitySelector, scenario: Scenario, a: Assumptions) =>
    pv(years, gpusOf(entity, scenario), a);
  return (years: any[][], entity?: any[][], scenario?: ScenarioName, overrides?: any[][]) =>
    guarded((): any[][] => {
      const s = scenarioArg(scenario);
      return lift2(years, yearsArg, entity, entityArg, cell, s, assumptionsArg(s, overrides));
    });
}

/** LOCKIN_COST: the adapter its record (below) runs. */
export const lockinCostFn = presentValue(lockinCost);

/** LOCKIN_PREMIUM: the adapter its record (below) runs. */
export const lockinPremiumFn = presentValue(lockinPremium);

/** LOCKIN_SCHEDULE: the adapter its record (below) runs. */
export function lockinScheduleFn(years: any, entity?: any, scenario?: any, overrides?: any[][]) {
  return guarded((): any[][] => {
    const n = yearsArg(single(years, "years"));
    const s = scenarioArg(scenario);
    const gpus = gpusOf(entityArg(single(entity, "entity")), s);
    return scheduleTable(lockinSchedule(n, gpus, assumptionsArg(s, overrides)));
  });
}

/** SWITCHING_COST: the adapter its record (below) runs. */
export function switchingCostFn(entity?: any[][], scenario?: ScenarioName, overrides?: any[][]) {
  return guarded((): any[][] => {
    const s = scenarioArg(scenario);
    return lift1(entity, entityArg, switchingCost, s, assumptionsArg(s, overrides));
  });
}

/** UPGRADE_CYCLES: the adapter its record (below) runs. */
export function upgradeCyclesFn(years: any[][], refresh_cycle_years?: any[][]): any[][] {
  return guarded(() => lift2(years, yearsArg, refresh_cycle_years, cycleArg, upgradeCycles));
}

/** `refresh_cycle_years` for UPGRADE_CYCLES: blank means the base case's 5 years. */
function cycleArg(value: unknown): number {
  const base = resolveAssumptions("base").refresh_cycle_years;
  return optionalNumber(value, "refresh_cycle_years", base, (n) => n);
}

export const LOCKIN: readonly FunctionRecord[] = [
  {
    id: "LOCKIN_COST",
    summary: {
      en: "Present value of staying on NVIDIA's platform for a number of years: refresh capex, licences and support.",
      ko: "NVIDIA 플랫폼에 여러 해 머무르는 데 드는 비용의 현재가치(락인 비용): 교체 투자, 라이선스, 지원.",
    },
    params: [YEARS_SPILL, ENTITY_SPILL, SCENARIO, OVERRIDES],
    returns: { kind: "table", en: "Present value in USD (or KRW)." },
    run: lockinCostFn,
    restsOn: "both",
    examples: [
      { formula: "=SOVAI.LOCKIN_COST(10)", result: "32,431,208,656" },
      { formula: '=SOVAI.LOCKIN_COST(10,"Samsung","high")', result: "60,062,734,860" },
      { formula: "=SOVAI.LOCKIN_COST(10,1000)", result: "124,735,418" },
      { formula: '=SOVAI.LOCKIN_COST(10,,,{"refresh_cycle_years",3})', result: "48,309,184,021" },
      { formula: '=SOVAI.LOCKIN_COST(10,,,{"currency","KRW"})', result: "48,646,812,983,986" },
      { formula: "=SOVAI.LOCKIN_COST({5,10,15})", result: "spills 1 × 3" },
    ],
    refuses: [{ formula: "=SOVAI.LOCKIN_COST(0)", error: "#NUM!" }],
  },
  {
    id: "LOCKIN_SCHEDULE",
    summary: {
      en: "Year-by-year lock-in schedule: Year, Generation, Refresh capex, Licences, Support, Vendor spend, Energy, Discount factor, PV, Cumulative PV.",
      ko: "연도별 락인 일정표: 연도, 세대, 교체 투자, 라이선스, 지원, 공급사 지출, 에너지, 할인계수, 현재가치, 누적 현재가치.",
    },
    params: [YEARS, ENTITY, SCENARIO, OVERRIDES],
    returns: { kind: "table", en: "A table with a header row and one row per year." },
    run: lockinScheduleFn,
    restsOn: "both",
    examples: [{ formula: "=SOVAI.LOCKIN_SCHEDULE(10)", result: "spills 11 × 10" }],
    refuses: [{ formula: "=SOVAI.LOCKIN_SCHEDULE(101)", error: "#NUM!" }],
  },
  {
    id: "LOCKIN_PREMIUM",
    summary: {
      en: "Present value of the premium paid over a competitive multi-vendor market, on refresh capex and licences.",
      ko: "경쟁적인 다중 공급사 시장 대비 교체 투자와 라이선스에 더 내는 웃돈의 현재가치.",
    },
    params: [YEARS_SPILL, ENTITY_SPILL, SCENARIO, OVERRIDES],
    returns: { kind: "table", en: "Present value in USD (or KRW)." },
    run: lockinPremiumFn,
    restsOn: "both",
    examples: [
      { formula: "=SOVAI.LOCKIN_PREMIUM(10)", result: "4,307,971,189" },
      { formula: '=SOVAI.LOCKIN_PREMIUM(10,"SK")', result: "828,455,998" },
    ],
    refuses: [{ formula: '=SOVAI.LOCKIN_PREMIUM(10,,"medium")', error: "#VALUE!" }],
  },
  {
    id: "SWITCHING_COST",
    summary: {
      en: "One-off cost of leaving the platform: GPUs x capex x switch_cost_pct x the entity's lock-in multiplier.",
      ko: "플랫폼을 떠나는 일회성 전환 비용: GPU × 투자비 × switch_cost_pct × 기관의 락인 배수.",
    },
    params: [
      {
        name: "entity",
        kind: "range",
        optional: true,
        en: "Name or alias, Total (default), or a GPU count (multiplier 1); a range spills.",
        ko: "이름·별칭, Total(기본값) 또는 GPU 수(배수 1). 범위를 주면 펼칩니다.",
      },
      SCENARIO,
      OVERRIDES,
    ],
    returns: { kind: "table", en: "Cost in USD (or KRW)." },
    run: switchingCostFn,
    restsOn: "both",
    examples: [
      { formula: "=SOVAI.SWITCHING_COST()", result: "3,660,000,000" },
      { formula: '=SOVAI.SWITCHING_COST("Samsung")', result: "1,200,000,000" },
    ],
    refuses: [{ formula: '=SOVAI.SWITCHING_COST("Intel")', error: "#N/A" }],
  },
  {
    id: "UPGRADE_CYCLES",
    summary: {
      en: "Forced platform refreshes within a horizon: floor(years / refresh cycle).",
      ko: "기간 안의 강제 플랫폼 교체 횟수: floor(연수 / 교체 주기).",
    },
    params: [
      YEARS_SPILL,
      {
        name: "refresh_cycle_years",
        kind: "range",
        optional: true,
        en: "Years between refreshes, 1 to 100 (default 5, the base case); a range spills.",
        ko: "교체 주기(연, 1~100, 기본값 5). 범위를 주면 펼칩니다.",
      },
    ],
    returns: { kind: "table", en: "Number of refreshes." },
    run: upgradeCyclesFn,
    restsOn: "model",
    examples: [{ formula: "=SOVAI.UPGRADE_CYCLES(10,3)", result: "3" }],
    refuses: [{ formula: "=SOVAI.UPGRADE_CYCLES(10,0.5)", error: "#NUM!" }],
  },
];
