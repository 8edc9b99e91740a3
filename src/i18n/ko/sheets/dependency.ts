/** Korean sheet text: the Dependency sheet: inputs, assumptions (model data), schedule and outputs. Keys and conventions: ../sheets.ts. */
export const DEPENDENCY: Readonly<Record<string, string>> = {
  // The task pane's card for the sheet.
  "Dependency & lock-in cost": "종속과 락인 비용",
  "Assumptions you can override, the year-by-year lock-in schedule in native formulas, outputs in USD and KRW, and the stack dependency map.":
    "재정의할 수 있는 가정, 기본 수식으로 된 연도별 락인 일정표, USD·KRW 결과, 스택 종속 지도.",
  // dependency: inputs and assumptions
  "SovAI Dependency": "SovAI 종속",
  "Dependency and lock-in cost": "종속과 락인 비용",
  "Dependency and lock-in cost: ": "종속과 락인 비용: ",
  "What staying on one vendor's stack costs: forced refreshes, licences and support, discounted; and the cost of leaving.":
    "한 공급사의 스택에 머무는 비용(강제 교체, 라이선스, 지원의 현재가치)과 떠나는 비용.",
  "GPUs in scope": "대상 GPU",
  "GPUs announced for the entity under the scenario": "시나리오에서 기관에 발표된 GPU",
  "Generation rounding margin": "세대 반올림 여유",
  "Added before rounding t / cycle down, so 15/3 counts as 5, not 4":
    "t / 주기를 내림하기 전에 더하므로 15/3은 4가 아닌 5로 셉니다",
  "Hours per year": "연간 시간",
  hours: "시간",
  generations: "세대",
  "Hours of operation per year for energy": "에너지 계산에 쓰는 연간 가동 시간",
  "Assumptions: type an override to replace the scenario's value":
    "가정: 재정의 값을 입력하면 시나리오 값을 대신합니다",
  "the override if given, else the scenario's value":
    "재정의 값이 있으면 그 값, 없으면 시나리오 값",
  "Name/value rows passed to the SOVAI functions, so they use exactly these assumptions":
    "SOVAI 함수에 넘기는 이름/값 행. 함수가 정확히 이 가정을 쓰게 합니다",
  "From the Currency input": "통화 입력에서",
  "Currency conversion": "통화 환산",
  "Units per USD": "USD당 단위",
  "Units of the selected currency per USD": "USD당 선택 통화 단위",
  Selected: "선택",
  // assumption descriptions and units (model data)
  "All-in capex per GPU: server, network and facility": "GPU당 총 설비투자: 서버, 네트워크, 시설",
  "Years between forced platform refreshes": "강제 플랫폼 교체 사이의 연수",
  years: "년",
  "Share of all-in capex redone at each refresh": "교체 때마다 다시 드는 총 설비투자의 비중",
  "share of capex": "설비투자 대비 비중",
  "Price change per GPU-equivalent from one generation to the next":
    "세대가 바뀔 때 GPU 환산 1개당 가격 변화",
  "per generation": "세대당",
  "NVIDIA AI Enterprise licence price per GPU per year":
    "GPU 1개당 연간 NVIDIA AI Enterprise 라이선스 가격",
  "USD per GPU-year": "GPU·연당 USD",
  "Share of GPUs carrying an NVIDIA AI Enterprise licence":
    "NVIDIA AI Enterprise 라이선스가 붙는 GPU의 비중",
  "share of GPUs": "GPU 대비 비중",
  "Vendor hardware support and maintenance per year": "공급사의 연간 하드웨어 지원·유지보수",
  "share of capex per year": "연간 설비투자 대비 비중",
  "Premium paid over a competitive multi-vendor market":
    "경쟁적인 다중 공급사 시장 대비 더 내는 웃돈",
  "share over competitive price": "경쟁 가격 대비 비중",
  "One-off cost of leaving the platform, before the entity multiplier":
    "플랫폼을 떠나는 일회성 비용(기관 배수 적용 전)",
  "share of initial capex": "초기 설비투자 대비 비중",
  "Discount rate for present values (end-of-year discounting)": "현재가치 할인율(연말 할인)",
  "Korea's social discount rate for public investment appraisal, #% since #":
    "한국 공공투자 평가의 사회적 할인율, #%(#년부터)",
  "per year": "연간",
  "System-level power per GPU, including CPU, network and fabric":
    "GPU당 시스템 전력(CPU, 네트워크, 패브릭 포함)",
  "kW per GPU": "GPU당 kW",
  "Power usage effectiveness of the data centre": "데이터센터의 전력 사용 효율(PUE)",
  ratio: "비율",
  "Average power draw as a share of peak": "최대 전력 대비 평균 소비 전력",
  "average / peak": "평균 / 최대",
  "Industrial electricity energy charge": "산업용 전기 전력량 요금",
  "KRW per kWh": "kWh당 KRW",
  "Exchange rate used for KRW results and energy costs": "KRW 결과와 에너지 비용에 쓰는 환율",
  "KRW per USD": "USD당 KRW",
  "Years over which prices compound per generation; after them they grow at longrun_price_growth":
    "가격이 세대마다 복리로 오르는 기간(년). 그 뒤에는 longrun_price_growth로 오릅니다",
  "Price growth per year after escalation_years: below the discount rate, and in base the Bank of Korea's 2% inflation target":
    "escalation_years 이후의 연간 가격 상승률: 할인율보다 낮고, base는 한국은행 물가안정목표 2%",
  "Alternative accelerators needed to replace one NVIDIA GPU's work":
    "NVIDIA GPU 하나의 작업을 대신하는 데 필요한 대체 가속기 수",
  "accelerators per GPU": "GPU당 가속기",
  "All-in price of one alternative accelerator against NVIDIA's capex per GPU":
    "대체 가속기 하나의 총 도입가를 NVIDIA GPU당 설비투자와 비교한 비율",
  // dependency: the price index line of the schedule
  "Price index": "가격 지수",
  // dependency: schedule and outputs
  "Lock-in schedule: year 0 is the initial purchase, not counted":
    "락인 일정표: 0년은 최초 구매이며 비용에 넣지 않습니다",
  "Yearly vendor spend by component, with cumulative PV": "항목별 연간 공급사 지출과 누적 현재가치",
  Year: "연도",
  year: "연",
  count: "횟수",
  factor: "계수",
  "In horizon": "기간 내",
  "1 = yes": "1 = 예",
  "Platform generation": "플랫폼 세대",
  "Refresh year": "교체 연도",
  "Refresh capex": "교체 설비투자",
  "selected currency": "선택 통화",
  "Selected currency": "선택 통화",
  Licences: "라이선스",
  "Vendor support": "공급사 지원",
  "Vendor spend": "공급사 지출",
  "Energy (TCO only, not lock-in)": "에너지(TCO에만, 락인 아님)",
  "Discount factor": "할인계수",
  "PV of vendor spend": "공급사 지출의 현재가치",
  "Cumulative PV": "누적 현재가치",
  "PV of premium over a multi-vendor market": "다중 공급사 시장 대비 웃돈의 현재가치",
  "PV of energy": "에너지의 현재가치",
  Outputs: "결과",
  Output: "결과",
  Notes: "설명",
  "Lock-in cost: PV of vendor spend": "락인 비용: 공급사 지출의 현재가치",
  "Refresh capex + licences + support, discounted": "교체 설비투자 + 라이선스 + 지원, 할인 적용",
  "Lock-in premium: PV paid over a multi-vendor market":
    "락인 웃돈: 다중 공급사 시장 대비 더 낸 현재가치",
  "Share vendor_premium/(1+vendor_premium) of refresh capex and licences":
    "교체 설비투자와 라이선스 중 vendor_premium/(1+vendor_premium)의 몫",
  "Switching cost (one-off)": "전환 비용(일회성)",
  "GPUs × capex × switch_cost_pct × entity multiplier":
    "GPU × 설비투자 × switch_cost_pct × 기관 배수",
  "Average yearly 'subscription'": "연평균 '구독료'",
  "Undiscounted vendor spend per year over the horizon": "기간 동안 할인하지 않은 연간 공급사 지출",
  "TCO with energy (PV)": "에너지 포함 TCO(현재가치)",
  "Lock-in cost plus discounted energy": "락인 비용 + 할인된 에너지 비용",
  "Upgrade cycles within the horizon": "기간 내 업그레이드 주기",
  "Forced platform refreshes (count)": "강제 플랫폼 교체(횟수)",
  "SOVAI function": "SOVAI 함수",
  "Native schedule": "시트 일정표",
  "Schedule PV equals SOVAI.LOCKIN_COST over the same assumptions":
    "일정표 현재가치 = 같은 가정의 SOVAI.LOCKIN_COST",
  "Schedule premium equals SOVAI.LOCKIN_PREMIUM": "일정표 웃돈 = SOVAI.LOCKIN_PREMIUM",
  "Refresh years equal SOVAI.UPGRADE_CYCLES": "교체 연도 수 = SOVAI.UPGRADE_CYCLES",
  "Cumulative PV at the horizon equals the PV total": "기간 끝 누적 현재가치 = 현재가치 합계",
};
