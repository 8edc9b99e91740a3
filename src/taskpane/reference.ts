import type { RestsOnLookup } from "../model";
import type { ReferenceEntry } from "../i18n/reference-entry";

export type { ReferenceEntry };

declare const __SOVAI_REFERENCE__: readonly ReferenceEntry[];

/** The reference compiled into the bundle by webpack's DefinePlugin. */
export const REFERENCE: readonly ReferenceEntry[] =
  typeof __SOVAI_REFERENCE__ === "undefined" ? [] : __SOVAI_REFERENCE__;

/** What a function's value rests on, as its record declares (carried by the reference). */
export const restsOnOf: RestsOnLookup = (id) => REFERENCE.find((e) => e.id === id)?.restsOn;

/**
 * Entries matching every word of the query in their name, description or parameters,
 * case-insensitively; an empty query matches all.
 * @example searchReference([{ id: "LOCKIN_COST", signature: "", description: "Present value", parameters: [], examples: [], restsOn: "both" }], "lockin cost").length // 1
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
