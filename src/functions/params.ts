/**
 * Arguments several functions share, each written once: its name, how Excel passes it, and its
 * help in both languages. A function whose argument reads differently declares its own.
 */
import { DEFAULT_SEED, DEFAULT_TRIALS, MAX_SEED, MAX_TRIALS, MIN_TRIALS } from "../model";
import type { Param } from "./record";

/** 10000 → "10,000", as the help text writes counts. */
const n = (value: number): string => value.toLocaleString("en-US");

export const YEARS: Param = {
  name: "years",
  kind: "value",
  en: "Horizon in whole years, 1 to 100.",
  ko: "기간(정수 연도, 1~100).",
};

export const YEARS_SPILL: Param = {
  name: "years",
  kind: "range",
  en: "Horizon in whole years, 1 to 100; a range spills.",
  ko: "기간(정수 연도, 1~100). 범위를 주면 펼칩니다.",
};

export const ENTITY: Param = {
  name: "entity",
  kind: "value",
  optional: true,
  en: "Name or alias, Total (default), or a GPU count.",
  ko: "이름·별칭, Total(기본값) 또는 GPU 수.",
};

export const ENTITY_SPILL: Param = {
  name: "entity",
  kind: "range",
  optional: true,
  en: "Name or alias, Total (default), or a GPU count; a range spills.",
  ko: "이름·별칭, Total(기본값) 또는 GPU 수. 범위를 주면 펼칩니다.",
};

export const SCENARIO: Param = {
  name: "scenario",
  kind: "ScenarioName",
  optional: true,
  en: "base (default), low or high.",
  ko: "base(기본값), low 또는 high.",
};

export const OVERRIDES: Param = {
  name: "overrides",
  kind: "range",
  optional: true,
  en: "Two-column range of assumption name, value rows; currency USD or KRW.",
  ko: "가정 이름과 값으로 된 두 열 범위. currency는 USD 또는 KRW.",
};

/** The simulation's arguments: an overridden input is held fixed rather than drawn. */
export const RISK = {
  entity: {
    ...ENTITY,
    en: "Name or alias, Total (default), or a GPU count (held fixed).",
    ko: "이름·별칭, Total(기본값) 또는 GPU 수(고정).",
  },
  overrides: {
    ...OVERRIDES,
    en: "Two-column range of assumption name, value rows; an overridden input is held fixed; currency USD or KRW.",
    ko: "가정 이름과 값으로 된 두 열 범위. 지정한 입력은 고정됩니다. currency는 USD 또는 KRW.",
  },
  trials: {
    name: "trials",
    kind: "value",
    optional: true,
    en: `Trials, ${n(MIN_TRIALS)} to ${n(MAX_TRIALS)} (default ${n(DEFAULT_TRIALS)}).`,
    ko: `시행 횟수, ${n(MIN_TRIALS)}~${n(MAX_TRIALS)}(기본값 ${n(DEFAULT_TRIALS)}).`,
  },
  seed: {
    name: "seed",
    kind: "value",
    optional: true,
    en: `Seed of the random numbers, 0 to ${n(MAX_SEED)} (default ${n(DEFAULT_SEED)}).`,
    ko: `난수 시드, 0~${n(MAX_SEED)}(기본값 ${n(DEFAULT_SEED)}).`,
  },
  measure: {
    name: "measure",
    kind: "MeasureName",
    optional: true,
    en: "cost (default), premium or switching.",
    ko: "cost(기본값), premium 또는 switching.",
  },
} as const satisfies Record<string, Param>;
