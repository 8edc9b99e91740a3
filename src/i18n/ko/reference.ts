import type { ReferenceEntry } from "../reference-entry";

declare const __SOVAI_REFERENCE_KO__: readonly ReferenceEntry[];

/**
 * The function reference in Korean: built at compile time from the ko-KR metadata, the same way
 * as the English one, and compiled into the Korean chunk only.
 */
export const KO_REFERENCE: readonly ReferenceEntry[] =
  typeof __SOVAI_REFERENCE_KO__ === "undefined" ? [] : __SOVAI_REFERENCE_KO__;
