import { ASSUMPTIONS, DATA_AS_OF, ENTITIES, MODEL_VERSION, SOURCES } from "../model";

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

/**
 * The provenance sheet's layout, shared by the task pane's freeze and the workbook export: this
 * header in row 1 of columns A:H and one row per frozen cell below it (so a later freeze
 * appends), and the fact ids with their URLs in columns J:K.
 */
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

/**
 * The value column's number format: thousands grouped for large figures, up to four decimals
 * for small ones (shares, rates), so 8829559069.18 reads 8,829,559,069 and 0.2308 stays 0.2308.
 */
export const PROVENANCE_VALUE_FORMAT = "[>=1000]#,##0;[<=-1000]-#,##0;0.####";

/** Number formats of provenance rows: the formula as text, the value as above, the rest General. */
export function provenanceFormats(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((r) =>
    r.map((_, i) => (i === 2 ? "@" : i === 3 ? PROVENANCE_VALUE_FORMAT : "General"))
  );
}

/** 0-based column of the fact-id list (J). */
export const SOURCES_COLUMN = PROVENANCE_HEADER.length + 1;

const DEAL_FACTS = [...new Set(ENTITIES.flatMap((e) => e.facts))].join(", ");
const MODEL_FACTS = [...new Set(ASSUMPTIONS.flatMap((a) => a.facts))].join(", ");
const BOTH = `${DEAL_FACTS}; ${MODEL_FACTS}`;

/**
 * What each function's value rests on: the deal's figures (GPUs by entity), the model's
 * assumptions, or both. Keyed by function id; test/contract/functions-contract.test.ts fails
 * while a released function is missing here.
 */
export const FUNCTION_FACTS: Readonly<Record<string, string>> = {
  KOREA_GPUS: DEAL_FACTS,
  KOREA_GPU_SHARE: DEAL_FACTS,
  KOREA_ALLOCATION: DEAL_FACTS,
  KOREA_ENTITY: DEAL_FACTS,
  KOREA_ENTITIES: DEAL_FACTS,
  KOREA_CARD: BOTH,
  LOCKIN_COST: BOTH,
  LOCKIN_SCHEDULE: BOTH,
  LOCKIN_PREMIUM: BOTH,
  SWITCHING_COST: BOTH,
  LOCKIN_RISK: BOTH,
  LOCKIN_RISK_TABLE: BOTH,
  LOCKIN_HISTOGRAM: BOTH,
  LOCKIN_DRIVERS: BOTH,
  UPGRADE_CYCLES: MODEL_FACTS,
  LOCKIN_ASSUMPTION: MODEL_FACTS,
  LOCKIN_ASSUMPTIONS: MODEL_FACTS,
  LOCKIN_ASSUMPTION_CARD: MODEL_FACTS,
  SUPPLIER_HHI: "L1 and judgement inputs on the sheet",
  MODEL_VERSION: "",
  SOVEREIGNTY_COST: BOTH,
  SOVEREIGNTY_PATH: BOTH,
};

/**
 * The fact ids behind a SOVAI formula's value, by the function it calls.
 * @example factsFor("=SOVAI.MODEL_VERSION()") // ""
 */
export function factsFor(formula: string): string {
  const fn = /SOVAI\.([A-Z_]+)/i.exec(formula)?.[1]?.toUpperCase() ?? "";
  return FUNCTION_FACTS[fn] ?? "";
}

/** Rows of the provenance table, one per frozen cell (the header is not included). */
export function provenanceRows(
  entries: readonly ProvenanceEntry[]
): (string | number | boolean)[][] {
  return entries.map((e) => [
    e.sheet,
    e.address,
    e.formula,
    e.value,
    e.spill ?? "",
    MODEL_VERSION,
    DATA_AS_OF,
    factsFor(e.formula),
  ]);
}

/**
 * Reads provenance rows back, skipping the header and blank rows.
 * @example readProvenance([["SovAI Allocation", "D18", "=SOVAI.KOREA_GPUS($A18,Scenario)", 50000, "", "1.0.0", "2025-10-31", "D1–D12"]])[0].address // "D18"
 */
export function readProvenance(rows: readonly (readonly unknown[])[]): ProvenanceEntry[] {
  return rows
    .filter(
      (r) =>
        typeof r[0] === "string" && r[0] !== "" && typeof r[2] === "string" && r[2].startsWith("=")
    )
    .map((r) => ({
      sheet: String(r[0]),
      address: String(r[1]),
      formula: String(r[2]),
      value: r[3] as string | number | boolean,
      spill: r[4] ? String(r[4]) : "",
    }));
}

/** Fact id → URLs, with a header row, for columns J:K of the provenance sheet. */
export function sourceList(): [string, string][] {
  return [
    ["Fact id", "Source URLs"],
    ...Object.entries(SOURCES).map(([id, urls]): [string, string] => [id, urls.join(" ; ")]),
  ];
}
