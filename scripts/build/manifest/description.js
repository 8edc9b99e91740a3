/**
 * The add-in, described once. Both manifests are rendered from this: manifest.xml (the add-in
 * only manifest every Excel client reads) and manifest.json (the unified manifest for Microsoft
 * 365). Every URL is on the development origin; the build rewrites it to the production origin.
 * Run `npm run manifests` after editing; a test fails while the checked-in files are stale.
 */
const ORIGIN = "https://localhost:3000";

/** The newest release (releases.json): the version both manifests declare. */
const { releases } = require("./releases.json");
const CURRENT = releases[releases.length - 1];

const DESCRIPTION = {
  id: "424b4c54-84e9-4f2b-a8af-cb5301d0a154",
  /** Four parts for the XML manifest; the unified manifest takes the first three. */
  version: CURRENT.version,
  /**
   * sha256 of the functions.json this version ships: a new one needs a new release (Excel caches
   * metadata for up to a day); test/contract/manifest-version.test.ts checks it against the build.
   */
  metadataHash: CURRENT.metadataHash,
  provider: "SovAI",
  namespace: "SOVAI",
  /** The one runtime: task pane, custom functions and ribbon command share its page. */
  runtimeId: "Taskpane.Url",
  taskpaneId: "SovAI.Taskpane",
  groupId: "SovAI.Group",
  buttonId: "SovAI.TaskpaneButton",
  accentColor: "#123C69",
  urls: {
    taskpane: `${ORIGIN}/taskpane.html`,
    script: `${ORIGIN}/functions.js`,
    metadata: { en: `${ORIGIN}/functions.json`, ko: `${ORIGIN}/functions.ko-KR.json` },
    help: `${ORIGIN}/help.html`,
    support: `${ORIGIN}/help.html#support`,
    icon: (size) => `${ORIGIN}/assets/icon-${size}.png`,
  },
  text: {
    name: {
      en: "SovAI: Sovereign AI Compute Model",
      ko: "SovAI: 소버린 AI 컴퓨트 모델",
    },
    shortName: { en: "SovAI", ko: "SovAI" },
    summary: {
      en: "Korea's 260,000-GPU dependency on one vendor, costed in Excel.",
      ko: "한국 26만 GPU의 한 공급사 의존 비용을 Excel에서 계산합니다.",
    },
    description: {
      en: "Custom functions and model sheets on the cost of Korea's 260,000-GPU dependency on one vendor's stack: allocation, refreshes, licences and the cost of leaving.",
      ko: "한국 26만 GPU가 한 공급사 스택에 의존하는 비용을 다루는 사용자 지정 함수와 모델 시트: 배분, 교체, 라이선스, 떠나는 비용.",
    },
    getStartedTitle: { en: "SovAI is ready", ko: "SovAI 준비 완료" },
    getStarted: {
      en: "Type =SOVAI. in any cell for the functions, or open Home > SovAI Model to insert the model sheets.",
      ko: "셀에 =SOVAI.를 입력하면 함수가 나오고, 홈 > SovAI 모델을 열면 모델 시트를 넣을 수 있습니다.",
    },
    group: { en: "SovAI", ko: "SovAI" },
    button: { en: "SovAI Model", ko: "SovAI 모델" },
    tooltip: {
      en: "Open the SovAI task pane: insert the allocation, lock-in cost and scenario sheets, and browse the function reference.",
      ko: "SovAI 작업창 열기: 배분, 락인 비용, 시나리오 시트를 넣고 함수 설명을 봅니다.",
    },
  },
};

module.exports = { DESCRIPTION, ORIGIN };
