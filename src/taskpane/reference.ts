/**
 * One custom function as the reference shows it, built at compile time from the generated
 * functions.json and src/functions/examples.json (scripts/build/metadata.js).
 */
export interface ReferenceEntry {
  readonly id: string;
  /** As Excel shows it: `SOVAI.LOCKIN_COST(years, [entity], [scenario], [overrides])`. */
  readonly signature: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly description: string;
    readonly optional: boolean;
  }[];
  /** Example formulas; the first is the one "Insert in selected cell" writes. */
  readonly examples: readonly string[];
}

declare const __SOVAI_REFERENCE__: readonly ReferenceEntry[];

/** The reference compiled into the bundle by webpack's DefinePlugin. */
export const REFERENCE: readonly ReferenceEntry[] =
  typeof __SOVAI_REFERENCE__ === "undefined" ? [] : __SOVAI_REFERENCE__;

/**
 * Entries matching every word of the query in their name, description or parameters,
 * case-insensitively; an empty query matches all.
 * @example searchReference([{ id: "LOCKIN_COST", signature: "", description: "Present value", parameters: [], examples: [] }], "lockin cost").length // 1
 */
export function searchReference(
  entries: readonly ReferenceEntry[],
  query: string
): ReferenceEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const haystack = [e.id, e.description, ...e.parameters.flatMap((p) => [p.name, p.description])]
      .join(" ")
      .toLowerCase();
    return words.every((w) => haystack.includes(w) || haystack.replace(/_/g, " ").includes(w));
  });
}
