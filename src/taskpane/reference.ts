/** One custom function as the reference shows it (from the same JSDoc as functions.json). */
export interface ReferenceEntry {
  readonly id: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly description: string;
    readonly optional: boolean;
  }[];
}

declare const __SOVAI_REFERENCE__: readonly ReferenceEntry[];

/** The reference compiled into the bundle by webpack's DefinePlugin. */
export const REFERENCE: readonly ReferenceEntry[] =
  typeof __SOVAI_REFERENCE__ === "undefined" ? [] : __SOVAI_REFERENCE__;

/** A formula to insert for each function: a working example an analyst can edit. */
export const EXAMPLES: Readonly<Record<string, string>> = {
  KOREA_GPUS: '=SOVAI.KOREA_GPUS("Samsung")',
  KOREA_GPU_SHARE: '=SOVAI.KOREA_GPU_SHARE("NAVER")',
  KOREA_ALLOCATION: "=SOVAI.KOREA_ALLOCATION()",
  KOREA_ENTITY: '=SOVAI.KOREA_ENTITY("HMG","investment_usd")',
  KOREA_ENTITIES: "=SOVAI.KOREA_ENTITIES()",
  LOCKIN_COST: "=SOVAI.LOCKIN_COST(10)",
  LOCKIN_SCHEDULE: "=SOVAI.LOCKIN_SCHEDULE(10)",
  LOCKIN_PREMIUM: "=SOVAI.LOCKIN_PREMIUM(10)",
  SWITCHING_COST: "=SOVAI.SWITCHING_COST()",
  UPGRADE_CYCLES: "=SOVAI.UPGRADE_CYCLES(10,3)",
  LOCKIN_ASSUMPTION: '=SOVAI.LOCKIN_ASSUMPTION("refresh_cycle_years","high")',
  LOCKIN_ASSUMPTIONS: "=SOVAI.LOCKIN_ASSUMPTIONS()",
  SUPPLIER_HHI: "=SOVAI.SUPPLIER_HHI({0.9,0.1})",
  MODEL_VERSION: "=SOVAI.MODEL_VERSION()",
};

/**
 * `SOVAI.NAME(arg, [optional])`, as Excel shows a signature.
 * @example signature({ id: "UPGRADE_CYCLES", description: "", parameters: [{ name: "years", description: "", optional: false }, { name: "refresh_cycle_years", description: "", optional: true }] }) // "SOVAI.UPGRADE_CYCLES(years, [refresh_cycle_years])"
 */
export function signature(entry: ReferenceEntry): string {
  return `SOVAI.${entry.id}(${entry.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/**
 * Entries matching every word of the query in their name, description or parameters,
 * case-insensitively; an empty query matches all.
 * @example searchReference([{ id: "LOCKIN_COST", description: "Present value", parameters: [] }], "lockin cost").length // 1
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
