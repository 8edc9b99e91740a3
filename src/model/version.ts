/** Semantic version of the bundled model (data + formulas). Bump on any change to a number. */
export const MODEL_VERSION = "1.0.0";

/** Date of the announcement the allocation data describes (APEC, Gyeongju; facts D1–D12). */
export const DATA_AS_OF = "2025-10-31";

/**
 * The version string `SOVAI.MODEL_VERSION()` returns.
 * @example modelVersionText() // "1.0.0 (data as of 2025-10-31)"
 */
export function modelVersionText(): string {
  return `${MODEL_VERSION} (data as of ${DATA_AS_OF})`;
}
