/** Korean sheet text: masthead, legend, common inputs, print footers, sources and checks (every sheet). Keys and conventions: ../sheets.ts. */
export const COMMON: Readonly<Record<string, string>> = {
  // masthead, legend, common inputs (every sheet)
  "Master check": "종합 검사",
  "TRUE when every check on this sheet holds": "이 시트의 모든 검사가 맞으면 TRUE",
  Model: "모델",
  Legend: "범례",
  // print footers: "Model 1.1.0, data as of 2026-06-30" and the page number
  "Model #, data as of #-#-#": "모델 #, 데이터 기준일 #-#-#",
  "Page &P of &N": "&P / &N쪽",
  Input: "입력",
  Formula: "수식",
  "Inputs are blue on yellow; checks turn green when TRUE, red when FALSE; units have their own column.":
    "입력은 노란 바탕에 파란 글씨, 검사는 TRUE면 초록·FALSE면 빨강, 단위는 별도 열에 둡니다.",
  "Inserted by SovAI #: Freeze & share treats this sheet as the add-in's":
    "SovAI #이(가) 삽입: 고정 및 공유에서 이 시트를 추가 기능의 시트로 다룹니다",
  Inputs: "입력",
  Scenario: "시나리오",
  "base / low / high": "base / low / high",
  "base, low or high: which end of every range the SOVAI functions take":
    "base, low 또는 high: SOVAI 함수가 각 범위의 어느 쪽 값을 쓸지",
  "base = announced figures; low = cost-minimising; high = cost-maximising":
    "base = 발표치, low = 비용 최소, high = 비용 최대",
  "Check tolerance": "검사 허용 오차",
  relative: "상대값",
  "Relative tolerance for checks that compare two computations of one figure":
    "한 수치를 두 방식으로 계산해 비교하는 검사의 상대 허용 오차",
  Entity: "기관",
  "name or Total": "이름 또는 Total",
  "Whose GPUs: one of the five recipients, or Total":
    "누구의 GPU인지: 다섯 수혜 기관 중 하나 또는 Total",
  "One recipient, or Total for all five": "수혜 기관 하나, 또는 다섯 곳 전체는 Total",
  Horizon: "기간",
  "years (# to #)": "년 (#~#)",
  "Horizon (years)": "기간(년)",
  Currency: "통화",
  "USD or KRW": "USD 또는 KRW",
  "USD, or KRW at fx_krw_per_usd": "USD, 또는 fx_krw_per_usd 환율의 KRW",
  "Currency of the native lines and the SOVAI results": "시트 수식 행과 SOVAI 결과의 통화",
  "Whole years from # to #. Insert the sheet again for a longer schedule.":
    "#~#의 정수 연도. 더 긴 일정표가 필요하면 시트를 다시 삽입하세요.",
  "Whole years from # to #": "#~#의 정수 연도",
  "Years of lock-in to cost; the sheet has # year columns":
    "비용을 계산할 락인 기간(년). 시트에는 연도 열이 #개 있습니다",
  Overrides: "재정의",
  "SovAI input": "SovAI 입력",
  "Not a valid input": "올바른 입력이 아닙니다",
  Value: "값",
  // sources block
  Sources: "출처",
  Subject: "대상",
  Facts: "사실",
  Source: "출처",
  "The deal": "발표된 거래",
  Judgement: "판단",
  "Judgement (no public source)": "판단(공개 출처 없음)",
  "No public source": "공개 출처 없음",
  "Data as of": "데이터 기준일",
  "Model version": "모델 버전",
  "Each fact id's date, confidence and links are in the add-in's docs/model.md.":
    "각 사실 ID의 날짜·신뢰도·링크는 추가 기능의 docs/model.md에 있습니다.",
  "Every assumption's links: =SOVAI.LOCKIN_ASSUMPTIONS().":
    "모든 가정의 링크: =SOVAI.LOCKIN_ASSUMPTIONS().",
  // checks (every sheet)
  Checks: "검사",
  Check: "검사",
  Expected: "기대값",
  Actual: "실제값",
  // the export's provenance sheet
  "Provenance of frozen values": "고정된 값의 출처 기록",
  Sheet: "시트",
  Cell: "셀",
  "Original formula": "원래 수식",
  "Spill range": "펼침 범위",
  "SovAI Provenance": "SovAI 출처 기록",
  "Rests on": "근거",
  "Fact ids and sources": "사실 번호와 출처",
  "Fact id": "사실 번호",
  "Deal figures": "거래 수치",
  "Model assumptions": "모델 가정",
  "Deal figures and model assumptions": "거래 수치와 모델 가정",
  "L1 and judgement inputs on the sheet": "L1과 시트의 판단 입력",
  // check tables and time blocks
  Passes: "통과",
  "Horizon total": "기간 합계",
};
