/** Korean sheet text: the Sovereignty sheet. Keys and conventions: ../sheets.ts. */
export const SOVEREIGNTY: Readonly<Record<string, string>> = {
  // The task pane's card for the sheet.
  "Moving part of the fleet off NVIDIA at refreshes: the path against staying year by year in native formulas, its net PV, break-even year, HHI and remaining exit cost.":
    "교체 때마다 보유 GPU 일부를 NVIDIA에서 옮기는 경로: 그대로 머무는 경우와 연도별로 비교한 시트 수식, 순현재가치, 손익분기 연도, HHI, 남은 이탈 비용.",
  // masthead and the title formula's text: "소버린 경로: Samsung Electronics, 50.0%를 10년까지, …"
  "SovAI Sovereignty": "SovAI 소버린",
  "Sovereignty path": "소버린 경로",
  "Sovereignty path: ": "소버린 경로: ",
  " by year ": " 목표, 도달 연도 ",
  "What moving part of the fleet off NVIDIA at refreshes costs and buys against staying: spend, concentration and the cost of leaving.":
    "교체 때마다 보유 GPU 일부를 NVIDIA에서 옮기면 그대로 머무는 것에 비해 무엇이 들고 무엇을 얻는지: 지출, 집중도, 떠나는 비용.",
  // inputs
  "Target share on alternatives": "대체 가속기 목표 비중",
  "share of the fleet, 0 to 1": "보유 GPU 대비 비중, 0~1",
  "Reached by year": "목표 도달 연도",
  "Exit cost of the whole fleet": "보유 GPU 전체의 이탈 비용",
  "Alternatives per GPU replaced": "교체한 GPU당 대체 가속기 비용",
  "HHI scale": "HHI 척도",
  points: "점",
  "Years of the path; the sheet has # year columns":
    "경로의 기간(년). 시트에는 연도 열이 #개 있습니다",
  "Share of the fleet moved to other accelerators by ByYear":
    "ByYear까지 다른 가속기로 옮기는 보유 GPU 비중",
  "Year the target share is reached; moves happen only at refreshes":
    "목표 비중에 이르는 해. 이동은 교체 때만 일어납니다",
  "GPUs × capex × switch_cost_pct × lock-in multipliers: what leaving all of it would cost":
    "GPU × 설비투자 × switch_cost_pct × 락인 배수: 전부 떠날 때 드는 비용",
  "capex × alt_units_per_gpu × alt_price_ratio": "설비투자 × alt_units_per_gpu × alt_price_ratio",
  "A single supplier's HHI: 100² points": "공급사가 하나일 때의 HHI: 100²점",
  "A share from 0 to 1": "0~1 사이의 비중",
  // the path
  "The path, year by year: year 0 is today's fleet": "연도별 경로: 0년은 지금의 보유 GPU",
  "Share aimed at this year": "올해 목표 비중",
  share: "비중",
  "Share on alternatives": "대체 가속기 비중",
  "NVIDIA spend": "NVIDIA 지출",
  "Alternatives spend": "대체 가속기 지출",
  Switching: "전환",
  "Path spend": "경로 지출",
  "Staying spend": "유지 지출",
  "Difference (path − staying)": "차이(경로 − 유지)",
  "PV of the difference": "차이의 현재가치",
  "Cumulative PV difference": "누적 현재가치 차이",
  "Accelerator HHI": "가속기 HHI",
  "Remaining exit cost": "남은 이탈 비용",
  "Paid back (cumulative PV ≤ 0 after a move)": "회수(이동 후 누적 현재가치 ≤ 0)",
  // outputs and checks
  "Outputs: the path against staying": "결과: 경로와 유지 비교",
  Path: "경로",
  Staying: "유지",
  "Net PV of the path over staying": "유지 대비 경로의 순현재가치",
  "Negative: the path saves": "음수면 경로가 절감합니다",
  "Break-even year": "손익분기 연도",
  none: "없음",
  "First year whose cumulative PV difference is ≤ 0 after the first move; none within the horizon":
    "첫 이동 뒤 누적 현재가치 차이가 0 이하가 되는 첫 해, 기간 안에 없으면 없음",
  "Accelerator HHI at the horizon": "기간 끝의 가속기 HHI",
  "One alternative supplier: the upper bound": "대체 공급사가 하나일 때: 상한",
  "Remaining exit cost at the horizon": "기간 끝의 남은 이탈 비용",
  "What leaving the rest would still cost": "나머지를 떠날 때 여전히 드는 비용",
  "Share on alternatives at the horizon": "기간 끝의 대체 가속기 비중",
  "Moves happen only at refreshes": "이동은 교체 때만 일어납니다",
  "Native path": "시트 수식 경로",
  "Path PV difference equals SOVAI.SOVEREIGNTY_COST":
    "경로의 현재가치 차이가 SOVAI.SOVEREIGNTY_COST와 같음",
  "Cumulative PV difference at the horizon equals the total":
    "기간 끝의 누적 현재가치 차이가 합계와 같음",
  "Staying spend's PV equals SOVAI.LOCKIN_COST": "유지 지출의 현재가치가 SOVAI.LOCKIN_COST와 같음",
  "A target share of 0 gives 0": "목표 비중 0이면 0",
  "Path against staying spend, with the share on alternatives":
    "경로 지출과 유지 지출, 대체 가속기 비중",
};
