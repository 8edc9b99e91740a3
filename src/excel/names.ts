/** Longest worksheet name Excel allows. */
const MAX_SHEET_NAME = 31;

/**
 * The first free worksheet name: `base`, then `base (2)`, `base (3)`…, compared
 * case-insensitively as Excel does, and shortened to fit 31 characters.
 * @example uniqueSheetName("SovAI Allocation", ["sovai allocation"]) // "SovAI Allocation (2)"
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * The first free table name (table names are unique across a workbook): `base`, `base_2`…
 * @example uniqueTableName("SovAI_Allocation", ["SovAI_Allocation", "SovAI_Allocation_2"]) // "SovAI_Allocation_3"
 */
export function uniqueTableName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
