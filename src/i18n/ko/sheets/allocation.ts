/** Korean sheet text: the Allocation sheet. Keys and conventions: ../sheets.ts. */
export const ALLOCATION: Readonly<Record<string, string>> = {
  // The task pane's card for the sheet.
  "The five recipients as an Excel table: GPUs, shares, all-in capex and lock-in multipliers, with a chart.":
    "다섯 수혜 기관을 Excel 표로: GPU, 비중, 총 설비투자, 락인 배수와 차트.",
  // allocation
  "SovAI Allocation": "SovAI 배분",
  "Allocation of the GPUs announced for Korea": "한국에 발표된 GPU의 배분",
  // the title formulas' text: "한국에 발표된 GPU 260,000개의 배분, base 시나리오"
  "Allocation of ": "한국에 발표된 GPU ",
  " GPUs announced for Korea, ": "개의 배분, ",
  " scenario": " 시나리오",
  " scenario, ": " 시나리오, ",
  " years, ": "년, ",
  " years": "년",
  " (one-off)": " (일회성)",
  " over ": ", 기간 ",
  "Risk: ": "리스크: ",
  "Who gets the GPUs announced on 31 Oct 2025, what they cost all-in, and how deep each recipient is locked in.":
    "2025년 10월 31일 발표된 GPU를 누가 받는지, 총비용은 얼마인지, 각 수혜 기관이 얼마나 깊이 락인되는지.",
  "All-in capex per GPU": "GPU당 총 설비투자",
  Assumption: "가정",
  Used: "적용값",
  Unit: "단위",
  "Scenario value": "시나리오 값",
  Override: "재정의",
  "USD per GPU": "GPU당 USD",
  "All-in capex per GPU in use (USD): the override if given, else the scenario's value":
    "적용되는 GPU당 총 설비투자(USD): 재정의 값이 있으면 그 값, 없으면 시나리오 값",
  Allocation: "배분",
  Field: "필드",
  "Korean name": "한글 이름",
  Sector: "부문",
  GPUs: "GPU",
  Share: "비중",
  "Announced as": "발표 표현",
  "Primary uses": "주요 용도",
  "All-in capex (USD)": "총 설비투자(USD)",
  "Switch multiplier": "전환 배수",
  Deployment: "배치",
  Card: "카드",
  "Switch multiplier: GPU-weighted average": "전환 배수: GPU 가중 평균",
  "Table total equals SOVAI.KOREA_GPUS for the total": "표 합계 = 전체에 대한 SOVAI.KOREA_GPUS",
  "Shares add up to the total's share": "비중의 합 = 전체의 비중",
  "Capex column adds up to total GPUs × capex per GPU":
    "설비투자 열의 합 = 전체 GPU × GPU당 설비투자",
  "GPUs by entity": "기관별 GPU",
};
