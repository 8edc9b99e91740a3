/**
 * Korean text of what only the exported workbook has: the model sheet its native formulas read,
 * and the labels of inputs fixed at export.
 */
export const EXPORT: Readonly<Record<string, string>> = {
  // the model sheet
  "SovAI Model data": "SovAI 모델 데이터",
  "Model data for the native formulas": "네이티브 수식이 읽는 모델 데이터",
  "What the add-in's functions read, as tables, and one row of arithmetic per lock-in figure the sheets show, so this workbook recalculates without the add-in.":
    "추가 기능의 함수가 읽는 데이터를 표로 두고, 시트가 보여 주는 락인 수치마다 계산 한 줄을 두어 이 통합 문서가 추가 기능 없이 다시 계산되게 합니다.",
  "Assumptions by scenario": "시나리오별 가정",
  "Recipients: GPUs by scenario": "수혜 기관: 시나리오별 GPU",
  Recipient: "수혜 기관",
  "Lock-in multiplier": "락인 배수",
  "Recipients: fields": "수혜 기관: 필드",
  Constants: "상수",
  "keeps 15 / 3 from landing just below 5": "15 / 3이 5 바로 아래로 떨어지지 않게 합니다",
  "points for a single supplier": "공급사가 하나일 때의 점수",
  "Base GPUs add up to the deal's total": "base GPU의 합이 거래 총계와 같음",
  "Lock-in figures, worked natively": "네이티브 수식으로 계산한 락인 수치",
  Where: "위치",
  "Weighted GPUs": "가중 GPU",
  "Currency factor": "통화 배수",
  "Annuity factor": "연금 현가 계수",
  "Refreshes' PV (USD)": "교체의 현재가치(USD)",
  Result: "결과",
  "Refresh numbers": "교체 번호",
  // inputs fixed at export
  "Fixed at export": "내보낼 때 고정",
  "fixed at export": "내보낼 때 고정",
  "re-export or use the add-in to change": "바꾸려면 다시 내보내거나 추가 기능을 쓰세요",
  empty: "비어 있음",
};
