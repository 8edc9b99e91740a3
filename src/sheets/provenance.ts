import { ASSUMPTIONS, DATA_AS_OF, MODEL_VERSION, SOURCES } from "../model";

/** A frozen cell as the provenance record lists it. */
export interface ProvenanceEntry {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly value: string | number | boolean;
  /** Where a spilled result was written as values too, e.g. "C4:J14"; "" for one cell. */
  readonly spill?: string;
}

export const PROVENANCE_SHEET = "SovAI Provenance";

export const PROVENANCE_HEADER = [
  "Sheet",
  "Cell",
  "Original formula",
  "Value",
  "Spill range",
  "Model version",
  "Data as of",
  "Sources (fact ids)",
] as const;

const DEAL_FACTS = "D1–D12";
const MODEL_FACTS = [...new Set(ASSUMPTIONS.flatMap((a) => a.facts))].join(", ");

/**
 * The fact ids behind a SOVAI formula's value, by the function it calls.
 * @example factsFor("=SOVAI.KOREA_GPUS($A18,Scenario)") // "D1–D12"
 */
export function factsFor(formula: string): string {
  const fn = /SOVAI\.([A-Z_]+)/i.exec(formula)?.[1]?.toUpperCase() ?? "";
  if (fn.startsWith("KOREA_")) return DEAL_FACTS;
  if (fn === "SUPPLIER_HHI") return "L1 and judgement inputs on the sheet";
  if (fn === "MODEL_VERSION") return "";
  if (fn === "SWITCHING_COST") return `${DEAL_FACTS}; ${MODEL_FACTS}`;
  return MODEL_FACTS;
}

/** The provenance table: header, then one row per frozen cell. */
export function provenanceRows(
  entries: readonly ProvenanceEntry[]
): (string | number | boolean)[][] {
  return [
    [...PROVENANCE_HEADER],
    ...entries.map((e) => [
      e.sheet,
      e.address,
      e.formula,
      e.value,
      e.spill ?? "",
      MODEL_VERSION,
      DATA_AS_OF,
      factsFor(e.formula),
    ]),
  ];
}

/** Fact id → URLs, for the block under the provenance table. */
export function sourceList(): [string, string][] {
  return Object.entries(SOURCES).map(([id, urls]) => [id, urls.join(" ; ")]);
}
