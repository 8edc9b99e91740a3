/**
 * Korean text of the inserted sheets, keyed by the English the templates write (src/sheets).
 * `#` stands for a number, filled in order ("years (1 to #)" → "년 (1~#)"). Compound texts
 * ("Description (unit): the override if given…") are put together from their parts by
 * src/sheets/localize.ts, so each part is here once. Product, company and model names stay as
 * they are. Terms: 락인 비용 = lock-in cost, 전환 비용 = switching cost, 시나리오 = scenario,
 * 가정 = assumption, 재정의 = override, 현재가치(PV) = present value, 교체 = refresh,
 * 공급사 = vendor, 기관 = entity, 검사 = check.
 */
import { COMMON } from "./sheets/common";
import { ALLOCATION } from "./sheets/allocation";
import { DEPENDENCY } from "./sheets/dependency";
import { STACK_MAP } from "./sheets/stack-map";
import { SCENARIOS_RISK } from "./sheets/scenarios-risk";
import { SOVEREIGNTY } from "./sheets/sovereignty";
import { EXPORT } from "./sheets/export";

/** The parts, each a sheet's text (or the text all sheets share); a key is in one part only. */
export const KO_SHEET_PARTS: readonly Readonly<Record<string, string>>[] = [
  COMMON,
  ALLOCATION,
  DEPENDENCY,
  STACK_MAP,
  SCENARIOS_RISK,
  SOVEREIGNTY,
  EXPORT,
];

export const KO_SHEETS: Readonly<Record<string, string>> = Object.assign({}, ...KO_SHEET_PARTS);
