import type { Catalogue } from "./en";

/**
 * The Korean catalogue: the same ids and parameters as EN (the `Catalogue` type fails the build
 * on a missing or extra id). Terms as in the Korean function metadata: 락인 비용 = lock-in cost,
 * 전환 비용 = switching cost, 시나리오 = scenario, 가정 = assumption. Names, ids and numbers in
 * the parameters stay as they are; the two English descriptions `describeValue` can produce
 * ("a range", "an object") are rendered in Korean here.
 * @example KO.notDisclosed({ name: "SK Group" }) // "SK Group의 투자액은 공개되지 않았습니다."
 */
export const KO: Catalogue = {
  notFinite: (p) => `${p.name}에는 유한한 숫자가 필요합니다. 받은 값: ${got(p.got)}.`,
  blankNumber: (p) => `${p.name}이(가) 비어 있습니다. 숫자를 입력하세요.`,
  notNumber: (p) => `${p.name}에는 숫자가 필요합니다. 받은 값: ${got(p.got)}.`,
  notText: (p) => `${p.name}에는 텍스트가 필요합니다. 받은 값: ${got(p.got)}.`,
  notEntity: (p) => `entity에는 이름 또는 GPU 수가 필요합니다. 받은 값: ${got(p.got)}.`,
  notSingle: (p) => `${p.name}에는 범위가 아닌 값 하나를 주세요.`,
  rangeSizes: () => "두 범위의 크기가 달라 이 셀에 짝이 되는 값이 없습니다.",
  emptyRange: () => "범위가 비어 있습니다.",
  raggedRange: () => "범위의 행 길이가 서로 다릅니다.",
  rangeTooLarge: (p) =>
    `범위는 마지막으로 비어 있지 않은 행과 열까지 최대 ${p.max.toLocaleString("ko-KR")}개의 셀만 담을 수 있습니다. 이 범위는 ${p.got.toLocaleString("ko-KR")}개입니다.`,
  tooLarge: () => "결과가 너무 커서 나타낼 수 없습니다. 인수와 재정의 값을 확인하세요.",
  overridesShape: () => "overrides는 이름과 값으로 된 두 열 범위여야 합니다.",
  overridesCell: (p) => `overrides에는 텍스트와 숫자만 올 수 있습니다. 받은 값: ${got(p.got)}.`,
  overrideNoName: (p) => `재정의 ${p.row}행에 값은 있으나 가정 이름이 없습니다.`,
  overrideTwice: (p) => `재정의 "${p.name}"이(가) 두 번 주어졌습니다.`,
  unknownAssumption: (p) =>
    `알 수 없는 가정 "${p.name}".${p.hint ? ` ${p.hint}을(를) 뜻했나요?` : ""} 사용 가능: ${p.known}, currency.`,
  notCurrency: (p) => `currency는 "USD" 또는 "KRW"여야 합니다. 받은 값: ${got(p.got)}.`,
  assumptionNotNumber: (p) => `${p.name}에는 숫자(${p.unit})가 필요합니다. 받은 값: ${got(p.got)}.`,
  assumptionRange: (p) =>
    `${p.name}은(는) ${p.range} 범위여야 합니다(${p.unit}). 받은 값: ${got(p.got)}.`,
  yearsRange: (p) =>
    `${p.name}은(는) 1부터 ${p.max}까지의 정수여야 합니다. 받은 값: ${got(p.got)}.`,
  cycleRange: (p) => `refresh_cycle_years는 1부터 ${p.max}까지여야 합니다. 받은 값: ${got(p.got)}.`,
  gpuCountRange: (p) => `GPU 수는 0부터 ${p.max}까지여야 합니다. 받은 값: ${got(p.got)}.`,
  unknownEntity: (p) =>
    `알 수 없는 기관 "${p.name}".${p.hint ? ` ${p.hint}을(를) 뜻했나요?` : ""} 사용 가능한 기관: ${p.known}.`,
  fieldsOfOne: (p) =>
    `필드는 이름이 있는 기관 하나에만 있습니다. ${p.total ? "전체(Total)" : "GPU 수"}에는 없습니다.`,
  notDisclosed: (p) => `${p.name}의 투자액은 공개되지 않았습니다.`,
  unknownField: (p) => `알 수 없는 필드 "${p.name}". 다음 중 하나를 쓰세요: ${p.known}.`,
  unknownScenario: (p) => `알 수 없는 시나리오 "${p.name}". base, low, high 중 하나를 쓰세요.`,
  noShares: () => "공급사 비중을 하나 이상 주세요.",
  targetShareRange: (p) =>
    `target_share는 0~1(NVIDIA에서 옮길 보유 GPU 비중)이어야 합니다. 받은 값: ${got(p.got)}.`,
  shareRange: (p) => `비중은 0~1(또는 0%~100%)이어야 합니다. 받은 값: ${got(p.got)}.`,
  sharesOver: (p) => `비중의 합이 ${p.sum}%로 100%를 넘습니다.`,
  unexpected: (p) => `SOVAI 내부 오류: ${p.detail}`,
  trialsRange: (p) =>
    `trials는 ${p.min.toLocaleString("ko-KR")}부터 ${p.max.toLocaleString("ko-KR")}까지의 정수여야 합니다. 받은 값: ${got(p.got)}.`,
  seedRange: (p) => `seed는 0부터 ${p.max}까지의 정수여야 합니다. 받은 값: ${got(p.got)}.`,
  binsRange: (p) => `bins는 ${p.min}부터 ${p.max}까지의 정수여야 합니다. 받은 값: ${got(p.got)}.`,
  unknownStatistic: (p) =>
    `알 수 없는 통계량 ${got(p.got)}. mean, sd, min, max, se, 0.9 같은 백분위수 또는 P90을 쓰세요.`,
  percentileRange: (p) =>
    `백분위수는 0과 1(또는 P0과 P100) 사이여야 하며 양 끝은 제외됩니다. 받은 값: ${got(p.got)}.`,
  unknownMeasure: (p) =>
    `알 수 없는 측정 항목 ${got(p.got)}. cost, premium, switching 중 하나를 쓰세요.`,
  cardOfCount: () => "카드는 수혜 기관을 설명합니다. GPU 수가 아닌 이름이나 Total을 주세요.",
};

/** `describeValue`'s two English phrases in Korean; quoted text and numbers pass through. */
function got(value: string): string {
  return value === "a range" ? "범위" : value === "an object" ? "개체" : value;
}
