/** Semantic version of the bundled model (data + formulas). Bump on any change to a number. */
export const MODEL_VERSION = "1.2.0";

/**
 * The date the bundled data are as of: the announcement of 31 Oct 2025 (facts D1–D12) and what
 * was reported up to mid-2026 (model data 1.1: government target and purchases, Rubin prices
 * and power, the sourced discount rate; 1.2: the won's range to early July 2026, the 6th national
 * supercomputer's GPUs, the long-horizon price convention and the alternatives' assumptions).
 */
export const DATA_AS_OF = "2026-07-05";

/**
 * The version string `SOVAI.MODEL_VERSION()` returns, in English or Korean.
 * @example modelVersionText() // "1.2.0 (data as of 2026-07-05)"
 * @example modelVersionText("ko") // "1.2.0 (데이터 기준일 2026-07-05)"
 */
export function modelVersionText(language: "en" | "ko" = "en"): string {
  return `${MODEL_VERSION} (${language === "ko" ? "데이터 기준일" : "data as of"} ${DATA_AS_OF})`;
}
