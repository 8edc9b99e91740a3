import type { Range3 } from "../scenario";

/** How an announcement qualified its GPU figure (the outlets disagree). */
export type AnnouncedAs = "up to" | "more than" | "about" | "exactly";

/** The qualifiers in Korean, as a Korean report writes them after the figure ("5만 개 이상"). */
export const ANNOUNCED_AS_KO: Readonly<Record<AnnouncedAs, string>> = {
  "up to": "최대",
  "more than": "이상",
  about: "약",
  exactly: "정확히",
};

/** One of the five recipients of the 31 Oct 2025 allocation. */
export interface EntityRecord {
  /** Stable id, lower case, used in code only. */
  readonly id: string;
  /** Canonical English name: what `KOREA_ENTITIES()` lists and `KOREA_ENTITY(e, "name")` returns. */
  readonly name: string;
  readonly koreanName: string;
  readonly sector: string;
  /** GPUs announced for the entity: low / base / high, in GPUs. Base is the headline figure. */
  readonly gpus: Range3;
  readonly announcedAs: AnnouncedAs;
  readonly uses: string;
  /** When the GPUs arrive, as reported (text; no official schedule exists for most). */
  readonly deployment: string;
  /** The three text fields above in Korean (our translation of the same reports). */
  readonly korean: {
    readonly sector: string;
    readonly uses: string;
    readonly deployment: string;
  };
  /** Disclosed investment in USD, or null where none was disclosed. */
  readonly investmentUsd: number | null;
  /**
   * Depth of lock-in relative to a plain CUDA fleet (×): analyst judgement, scaling the
   * one-off exit cost. 0.5 = mostly PyTorch LLM work; 2.0 = proprietary libraries beyond CUDA.
   */
  readonly switchMultiplier: number;
  /** Other names accepted by lookups (English and Korean); matched case- and space-insensitively. */
  readonly aliases: readonly string[];
  /** Fact ids of the sources table (docs/model.md). */
  readonly facts: readonly string[];
  readonly asOf: string;
}

/**
 * The allocation of the 260,000 GPUs announced at APEC on 31 Oct 2025, with what has been
 * reported since. Unit: GPUs. Source: NVIDIA newsroom release and the reports quoting it
 * (facts D1–D12); the government's range from MSIT's 52,000 target (D17) down to what it had
 * bought through 2026 (D18); delivery timing from D14, D17 and D20. Low/high reflect the
 * "up to"/"more than" qualifiers. Multipliers are judgement.
 */
export const ENTITIES: readonly EntityRecord[] = [
  {
    id: "government",
    name: "Ministry of Science and ICT",
    koreanName: "과학기술정보통신부",
    sector: "Government",
    gpus: { low: 31_300, base: 50_000, high: 52_000 },
    announcedAs: "up to",
    uses: "National AI computing center, sovereign foundation models, public cloud",
    deployment: "52,000+ by 2028 (MSIT); ~13,000 in service from Mar 2026",
    korean: {
      sector: "정부",
      uses: "국가 AI 컴퓨팅 센터, 소버린 파운데이션 모델, 공공 클라우드",
      deployment: "2028년까지 52,000개 이상(과기정통부), 2026년 3월부터 약 13,000개 가동",
    },
    investmentUsd: null,
    switchMultiplier: 0.5,
    aliases: [
      "MSIT",
      "Government",
      "Gov",
      "Korean government",
      "Public sector",
      "Ministry of Science and ICT (national AI computing center, sovereign AI)",
      "정부",
      "과기정통부",
      "과학기술정보통신부",
    ],
    facts: ["D1", "D2", "D17", "D18", "D19", "D22"],
    asOf: "2026-07-05",
  },
  {
    id: "samsung",
    name: "Samsung Electronics",
    koreanName: "삼성전자",
    sector: "Semiconductors",
    gpus: { low: 40_000, base: 50_000, high: 60_000 },
    announcedAs: "more than",
    uses: "AI megafactory: lithography (cuLitho), fab digital twins, robotics",
    deployment: "Over the next several years",
    korean: {
      sector: "반도체",
      uses: "AI 메가팩토리: 리소그래피(cuLitho), 팹 디지털 트윈, 로보틱스",
      deployment: "향후 수년에 걸쳐",
    },
    investmentUsd: null,
    switchMultiplier: 2.0,
    aliases: ["Samsung", "삼성", "삼성전자"],
    facts: ["D1", "D5", "D12", "D20"],
    asOf: "2025-10-31",
  },
  {
    id: "sk",
    name: "SK Group",
    koreanName: "SK그룹",
    sector: "Semiconductors & cloud",
    gpus: { low: 40_000, base: 50_000, high: 60_000 },
    announcedAs: "more than",
    uses: "AI factory for SK hynix and SK Telecom, GPU cloud",
    deployment: "Multi-year; first AI factory online in 2027",
    korean: {
      sector: "반도체·클라우드",
      uses: "SK하이닉스·SK텔레콤용 AI 팩토리, GPU 클라우드",
      deployment: "수년에 걸쳐, 첫 AI 팩토리 2027년 가동",
    },
    investmentUsd: null,
    switchMultiplier: 1.0,
    aliases: ["SK", "SK hynix", "SK Telecom", "SKT", "SK그룹", "SK하이닉스", "SK텔레콤"],
    facts: ["D1", "D6", "D12", "D20"],
    asOf: "2026-06-08",
  },
  {
    id: "hyundai",
    name: "Hyundai Motor Group",
    koreanName: "현대자동차그룹",
    sector: "Automotive & robotics",
    gpus: { low: 40_000, base: 50_000, high: 50_000 },
    announcedAs: "exactly",
    uses: "Autonomous driving, smart factories, robotics (physical AI); ~$3bn physical-AI cluster",
    deployment: "AI data centre built from 2027, complete 2029",
    korean: {
      sector: "자동차·로보틱스",
      uses: "자율주행, 스마트 팩토리, 로보틱스(피지컬 AI), 약 30억 달러 규모 피지컬 AI 클러스터",
      deployment: "2027년부터 AI 데이터센터 건설, 2029년 완공",
    },
    investmentUsd: 3_000_000_000,
    switchMultiplier: 2.0,
    aliases: [
      "Hyundai",
      "HMG",
      "Hyundai Motor",
      "현대",
      "현대차",
      "현대자동차",
      "현대차그룹",
      "현대자동차그룹",
    ],
    facts: ["D1", "D7", "D12", "D14"],
    asOf: "2026-02-27",
  },
  {
    id: "naver",
    name: "NAVER Cloud",
    koreanName: "네이버클라우드",
    sector: "Cloud",
    gpus: { low: 50_000, base: 60_000, high: 80_000 },
    announcedAs: "more than",
    uses: "AI cloud, Korean LLMs, physical AI",
    deployment: "Spread over years; GPU spending over 1 tn KRW from 2026",
    korean: {
      sector: "클라우드",
      uses: "AI 클라우드, 한국어 LLM, 피지컬 AI",
      deployment: "수년에 걸쳐, 2026년부터 GPU에 1조 원 이상 지출",
    },
    investmentUsd: null,
    switchMultiplier: 0.5,
    aliases: ["NAVER", "네이버", "네이버클라우드"],
    facts: ["D1", "D8", "D12", "D20"],
    asOf: "2026-06-08",
  },
];

/**
 * Names that mean "all five entities" wherever an entity is expected. "All recipients" is the
 * Total card's text, so a card passed back as an argument reads as Total.
 */
export const TOTAL_ALIASES: readonly string[] = ["Total", "All", "All recipients", "전체", "합계"];

/** What the Total card shows as its text. */
export const TOTAL_CARD_TEXT = "All recipients";
