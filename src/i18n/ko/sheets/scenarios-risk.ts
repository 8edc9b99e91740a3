/** Korean sheet text: the Scenarios and Risk sheets. Keys and conventions: ../sheets.ts. */
export const SCENARIOS_RISK: Readonly<Record<string, string>> = {
  // The task pane's card for the sheet.
  Risk: "리스크",
  "The distribution between low and high: percentiles, a histogram and the inputs that drive the spread, from a seeded simulation.":
    "low와 high 사이의 분포: 시드를 고정한 시뮬레이션의 백분위수, 히스토그램, 분포 폭을 만드는 입력.",
  // The task pane's card for the sheet.
  Scenarios: "시나리오",
  "Low, base and high at 5, 10 and 15 years, and a tornado-ready sensitivity of LOCKIN_COST.":
    "5·10·15년의 low, base, high와 토네이도 차트용 LOCKIN_COST 민감도.",
  // scenarios
  "SovAI Scenarios": "SovAI 시나리오",
  "Scenarios and sensitivity": "시나리오와 민감도",
  "The currency as a name/value row passed to the SOVAI calls":
    "SOVAI 호출에 넘기는 이름·값 행으로서의 통화",
  "Units of the selected currency per USD, at the base rate": "base 환율로 본 USD당 선택 통화 단위",
  "Scenarios and sensitivity: ": "시나리오와 민감도: ",
  "How far the answer moves between the cost-minimising and cost-maximising ends of every range.":
    "모든 범위의 비용 최소 쪽과 최대 쪽 사이에서 답이 얼마나 움직이는지.",
  "Sensitivity horizon": "민감도 기간",
  "Horizon of the one-at-a-time sensitivity": "한 번에 하나씩 바꾸는 민감도의 기간",
  "Scenario comparison": "시나리오 비교",
  Function: "함수",
  "low ≤ base ≤ high": "low ≤ base ≤ high",
  "low ≤ P5, base ≤ P95 ≤ high": "low ≤ P5, base ≤ P95 ≤ high",
  "low and high take every range's cost-minimising or cost-maximising end at once: bounds, not a plausible range. P5 and P95 are the simulated 5th and 95th percentiles (SOVAI.LOCKIN_RISK, 10,000 trials, seed 1): nine outcomes in ten fall between them.":
    "low와 high는 모든 범위의 비용 최소 쪽 또는 최대 쪽을 한꺼번에 택한 값으로, 있을 법한 범위가 아니라 경계입니다. P5와 P95는 시뮬레이션한 5번째·95번째 백분위수(SOVAI.LOCKIN_RISK, 시행 10,000회, 시드 1)이며 결과 열 중 아홉이 그 사이에 있습니다.",
  "SWITCHING_COST (one-off)": "SWITCHING_COST(일회성)",
  "Sensitivity of LOCKIN_COST to one assumption at a time (base scenario; tornado-ready)":
    "가정을 하나씩 바꿀 때 LOCKIN_COST의 민감도(base 시나리오, 토네이도 차트용)",
  "Low value": "낮은 값",
  "LOCKIN_COST at low": "낮은 값의 LOCKIN_COST",
  "Assumption (high case)": "가정(높은 경우)",
  "High value": "높은 값",
  "LOCKIN_COST at high": "높은 값의 LOCKIN_COST",
  "Base LOCKIN_COST": "기본 LOCKIN_COST",
  "Change at low": "낮은 값의 변화",
  "Change at high": "높은 값의 변화",
  Swing: "변동 폭",
  "Tornado: change in LOCKIN_COST at each assumption's low and high value":
    "토네이도: 각 가정의 낮은 값·높은 값에서 LOCKIN_COST의 변화",
  // risk
  "SovAI Risk": "SovAI 리스크",
  "Risk: the distribution between low and high": "리스크: low와 high 사이의 분포",
  "How likely each lock-in figure is when every uncertain input varies (PERT between its low and high values, base most likely), and what drives the spread.":
    "불확실한 입력이 모두 변할 때(low~high 사이 PERT 분포, base가 최빈값) 각 락인 수치가 나올 가능성과 그 폭을 만드는 요인.",
  "Years of lock-in the simulation costs": "시뮬레이션이 비용을 계산하는 락인 기간(년)",
  Measure: "측정 항목",
  "cost / premium / switching": "cost / premium / switching",
  "Which result the simulation draws: lock-in cost, premium or switching cost":
    "시뮬레이션할 결과: 락인 비용, 웃돈 또는 전환 비용",
  "cost = LOCKIN_COST; premium = LOCKIN_PREMIUM; switching = SWITCHING_COST":
    "cost = LOCKIN_COST, premium = LOCKIN_PREMIUM, switching = SWITCHING_COST",
  Trials: "시행 횟수",
  draws: "회",
  "Number of draws of the uncertain inputs; a large run computes in the background, its cells showing #BUSY! meanwhile":
    "불확실한 입력을 뽑는 횟수. 큰 시뮬레이션은 백그라운드에서 계산되며, 그동안 셀에 #BUSY!가 표시됩니다",
  Seed: "시드",
  "whole number": "정수",
  "Seed of the random numbers: the same seed gives the same numbers everywhere":
    "난수의 시드: 같은 시드는 어디서나 같은 수를 냅니다",
  "Whole number from # to #": "#~#의 정수",
  "Histogram bins": "히스토그램 구간 수",
  "bins (set by the layout)": "구간(배치가 정함)",
  "Equal-width bins from the minimum to the maximum, one row each below":
    "최솟값부터 최댓값까지 같은 폭의 구간, 아래에 구간마다 한 행",
  "Precision target": "정밀도 목표",
  "standard error ÷ mean": "표준오차 ÷ 평균",
  "The standard error of the mean must stay below this share of the mean":
    "평균의 표준오차는 평균의 이 비율보다 작아야 합니다",
  "Currency of every result on the sheet": "시트의 모든 결과의 통화",
  "USD, or KRW at fx_krw_per_usd (which then varies too)":
    "USD, 또는 fx_krw_per_usd 환율의 KRW(이때 환율도 변함)",
  "Type an assumption's name and value below to hold it fixed":
    "아래에 가정 이름과 값을 입력하면 그 값으로 고정합니다",
  "Name/value rows every SOVAI call on this sheet passes":
    "이 시트의 모든 SOVAI 호출에 넘기는 이름/값 행",
  "Deterministic scenarios, for reference": "확정 시나리오(참고)",
  "Selected measure": "선택한 측정 항목",
  "Simulated distribution": "시뮬레이션 분포",
  Statistic: "통계량",
  Key: "키",
  Mean: "평균",
  "Standard deviation": "표준편차",
  Minimum: "최솟값",
  Maximum: "최댓값",
  "Standard error of the mean": "평균의 표준오차",
  Histogram: "히스토그램",
  "Result row": "결과 행",
  From: "시작",
  To: "끝",
  "Cumulative share": "누적 비중",
  "Histogram: trials per bin": "히스토그램: 구간별 시행 수",
  "What drives the spread (rank correlation with the result)": "분포 폭의 요인(결과와의 순위 상관)",
  "Drivers: rank correlation with the result": "요인: 결과와의 순위 상관",
  "Rank correlation": "순위 상관",
  "Share of variance": "분산 기여 비중",
  Left: "왼쪽",
  Right: "오른쪽",
  "P5 ≤ P50 ≤ P95": "P5 ≤ P50 ≤ P95",
  "Low scenario ≤ simulated minimum": "low 시나리오 ≤ 시뮬레이션 최솟값",
  "Simulated maximum ≤ high scenario": "시뮬레이션 최댓값 ≤ high 시나리오",
  "Histogram holds every trial": "히스토그램에 모든 시행이 들어 있음",
  "Standard error ≤ precision target × mean": "표준오차 ≤ 정밀도 목표 × 평균",
  Column: "열",
};
