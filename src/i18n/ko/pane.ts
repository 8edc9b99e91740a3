import type { PaneText } from "../en/pane";

/**
 * Every string of the task pane in Korean (same keys as EN_PANE; the type checks it). Terms as
 * in the sheets and the function metadata: 락인 비용, 전환 비용, 시나리오, 가정, 재정의, 고정.
 */
export const KO_PANE: PaneText = {
  locale: "ko-KR",
  languageName: "한국어",
  languageLabel: "언어",
  appTitle: "SovAI: 소버린 AI 컴퓨트 모델",
  modelLine: (p) => `모델 ${p.version} · 데이터 기준일 ${p.asOf}`,
  notInExcel:
    "시트나 수식을 삽입하려면 이 페이지를 Excel 안에서 열어야 합니다. 웹용 Excel이나 데스크톱 Excel에 manifest.xml을 테스트 로드하세요. 아래 함수 설명서는 어디서나 쓸 수 있습니다.",
  officeMissing:
    "Office를 불러오지 못했습니다. Microsoft에서 office.js를 받지 못해(오프라인이거나 네트워크 필터가 막음) 이 페이지는 통합 문서에 접근할 수 없습니다. 연결을 확인한 뒤 창을 다시 여세요. 아래 함수 설명서는 그대로 쓸 수 있습니다.",
  sheetsHeading: "모델 시트 삽입",
  field: {
    scenario: "시나리오",
    horizon: (p) => `기간(년, 1~${p.max})`,
    entity: "기관",
    measure: "측정 항목",
    trials: "시행 횟수",
    seed: "시드",
    currency: "통화",
    language: "시트 언어",
  },
  choice: {
    base: "base: 발표치",
    low: "low: 비용 최소",
    high: "high: 비용 최대",
    cost: "cost: 락인 비용",
    premium: "premium: 다중 공급사 대비 웃돈",
    switching: "switching: 전환 비용",
  },
  insert: (p) => `${p.title} 삽입`,
  inserting: (p) => `${p.title} 삽입 중`,
  insertNeedsExcel: "시트를 삽입하려면 Excel에서 이 창을 여세요.",
  inserted: (p) => `'${p.name}' 시트를 삽입했습니다.`,
  insertFailed: (p) =>
    `'${p.name}' 시트를 삽입하지 못했습니다: ${p.reason} 통합 문서에는 아무것도 남지 않았습니다.`,
  horizonInvalid: (p) => `기간은 1부터 ${p.max}까지의 정수 연도여야 합니다.`,
  trialsInvalid: (p) => `시행 횟수는 ${p.min}부터 ${p.max}까지의 정수여야 합니다.`,
  seedInvalid: (p) => `시드는 0부터 ${p.max}까지의 정수여야 합니다.`,
  step: {
    readingNames: () => "통합 문서의 시트와 표 이름을 읽는 중…",
    writing: (p) => `'${p.name}'에 셀 ${p.cells}개를 쓰는 중…`,
    inserted: (p) => `'${p.name}' 시트를 삽입했습니다.`,
    readingSheets: () => "선택한 시트를 읽는 중…",
    freezing: (p) => `셀 ${p.cells}개를 고정하는 중…`,
    readingRecord: () => "출처 기록을 읽는 중…",
    restoring: (p) => `수식 ${p.formulas}개를 되돌리는 중…`,
  },
  shareHeading: "고정 및 공유",
  shareDescription:
    "추가 기능이 없는 사람에게 통합 문서를 보내나요? 고정은 선택한 시트의 SOVAI 수식을 모두 현재 값으로 바꾸고 하나하나를 'SovAI Provenance' 시트에 기록합니다. 다른 수식은 그대로 계산됩니다. 고정 해제는 수식을 되돌립니다. Excel 밖에서 파일을 만들려면 README의 npm run workbook을 보세요.",
  sheetsToFreeze: "고정할 시트",
  refreshList: "목록 새로 고침",
  freezeSelected: "선택한 시트 고정",
  unfreeze: "고정 해제",
  insertedBySovai: (p) => `${p.name} (SovAI가 삽입)`,
  noSheets: "아직 시트가 없습니다.",
  chooseSheet: "고정할 시트를 하나 이상 고르세요.",
  undoHint: "이미 적용된 부분은 Ctrl+Z로 되돌릴 수 있습니다.",
  skippedCells: (p) => ` 오류를 보이는 셀 ${p.count}개는 수식을 유지합니다(${p.first}…).`,
  froze: (p) =>
    `시트 ${p.sheets}개의 셀 ${p.cells}개를 고정했고, 하나하나를 'SovAI Provenance'에 기록했습니다.`,
  nothingToFreeze: "선택한 시트에 고정할 SOVAI 수식이 없습니다.",
  keptCells: (p) => ` 고정 뒤에 편집된 셀 ${p.count}개는 그대로 두었고 기록에 남아 있습니다.`,
  restored: (p) => `수식 ${p.formulas}개를 되돌렸습니다.`,
  nothingFrozen: "이 통합 문서에는 고정된 것이 없습니다.",
  shareNeedsExcel: "시트를 고정하거나 해제하려면 Excel에서 이 창을 여세요.",
  doctorHeading: "통합 문서 점검",
  doctorDescription:
    "#NAME?나 #BUSY!에 멈춘 SOVAI 셀, 잘못 쓴 SOVAI 이름, 오래된 고정 값, 실패한 검사를 찾아 이유를 알려 주고, 고칠 수 있는 것은 고칩니다.",
  checkWorkbook: "통합 문서 점검",
  fixAll: "모두 고치기",
  doctorNeedsExcel: "통합 문서를 점검하려면 Excel에서 이 창을 여세요.",
  findings: (p) => `발견 사항 ${p.count}건.`,
  noProblems: "문제가 없습니다.",
  fixed: (p) =>
    `재계산 ${p.recalculated}건, 다시 입력 ${p.reentered}건, 고정 해제 ${p.unfrozen}건.`,
  fixLabel: {
    recalculate: "재계산",
    reenter: "수식 다시 입력",
    unfreeze: "고정 해제",
    none: "자동으로 고칠 수 없음",
  },
  fixPrefix: "조치:",
  finding: (kind, p) => {
    switch (kind) {
      case "unknownId":
        return {
          what: `SOVAI.${p.id}은(는) SovAI 함수가 아닙니다`,
          why: p.near
            ? `오타이거나 없어진 함수입니다. SOVAI.${p.near}을(를) 뜻했나요?`
            : "오타이거나 이 버전에 없는 함수입니다.",
        };
      case "xldudf":
        return {
          what: "수식에 Excel 내부 이름 _xldudf_가 보입니다",
          why: "추가 기능이 로드되지 않은 채 통합 문서를 열거나 저장해서, Excel이 사용자 지정 함수의 저장용 이름을 수식에 썼습니다.",
        };
      case "name":
        return {
          what: "SOVAI 셀이 #NAME?를 표시합니다",
          why: "이 셀을 계산할 때 Excel이 SOVAI 함수를 몰랐습니다. 추가 기능이 로드되지 않았거나, 로드 전에 입력된 수식을 Excel이 다시 해석하지 않았습니다.",
        };
      case "busy":
        return {
          what: "SOVAI 셀이 #BUSY!에 멈춰 있습니다",
          why: "Excel이 아직 추가 기능의 런타임을 기다리고 있습니다. 런타임이 시작되지 않았거나 멈췄습니다.",
        };
      case "stale":
        return {
          what: `모델 ${p.version}(데이터 기준일 ${p.asOf})에서 고정한 값`,
          why: `지금 로드된 모델은 ${p.loaded}(데이터 기준일 ${p.loadedAsOf})이므로, 고정한 뒤 값이 바뀌었을 수 있습니다.`,
        };
      default:
        return {
          what: "종합 검사가 TRUE가 아닙니다",
          why: p.failing
            ? `실패한 검사: ${p.failing}.`
            : "이 검사가 의존하는 검사에 오류가 있습니다.",
        };
    }
  },
  referenceHeading: "함수 설명서",
  searchLabel: "함수 검색",
  searchPlaceholder: "예: cost, 삼성, HHI",
  shownOf: (p) => `함수 ${p.total}개 중 ${p.shown}개`,
  example: "예: ",
  insertInCell: "선택한 셀에 삽입",
  insertExampleLabel: (p) => `선택한 셀에 ${p.formula} 삽입`,
  cellNotEmpty: (p) => `${p.address}이(가) 비어 있지 않습니다. 빈 셀을 선택하고 다시 시도하세요.`,
  insertedFormula: (p) => `${p.address}에 ${p.formula}을(를) 삽입했습니다.`,
};
