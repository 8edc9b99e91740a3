import {
  ASSUMPTIONS,
  DATA_AS_OF,
  ENTITIES,
  MODEL_VERSION,
  RESTS_ON,
  SOURCES,
  type RestsOnLookup,
} from "../model";
import { sourceLinks } from "../sheets/sources";

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
 * The names the record goes by, in each language the sheets are written in: Freeze & share, the
 * export and the doctor find it by any of them (a test holds the Korean one to the Korean table).
 */
export const PROVENANCE_SHEET_NAMES: readonly string[] = [PROVENANCE_SHEET, "SovAI 출처 기록"];

/**
 * Whether a worksheet is the provenance record.
 * @example isProvenanceSheet("SovAI 출처 기록") // true
 */
export function isProvenanceSheet(name: string): boolean {
  return PROVENANCE_SHEET_NAMES.includes(name);
}

/**
 * The provenance sheet's layout, shared by the task pane's freeze and the workbook export: this
 * header in row 1 of columns A:H and one row per frozen cell below it (so a later freeze
 * appends); in columns J:K, the fact ids each group of facts holds, then each fact's sources as
 * labelled links (`provenanceKey`).
 */
export const PROVENANCE_HEADER = [
  "Sheet",
  "Cell",
  "Original formula",
  "Value",
  "Spill range",
  "Model version",
  "Data as of",
  "Rests on",
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

/**
 * Widest each column of the record gets, in characters, from A; longer text wraps. The table
 * (A:H) fits one landscape page at near full size; the key's links (K) are the widest.
 */
export const PROVENANCE_WIDTHS: readonly number[] = [24, 8, 40, 28, 14, 15, 12, 22, 3, 22, 48];

/** 0-based column of the fact-id list (J). */
export const SOURCES_COLUMN = PROVENANCE_HEADER.length + 1;

/**
 * The fact ids of each group a value can rest on, listed once on the record rather than on each
 * of its rows: the deal's figures (GPUs by entity) and the model's assumptions.
 */
export const FACT_GROUPS: readonly (readonly [string, string])[] = [
  [RESTS_ON.deal, [...new Set(ENTITIES.flatMap((e) => e.facts))].join(", ")],
  [RESTS_ON.model, [...new Set(ASSUMPTIONS.flatMap((a) => a.facts))].join(", ")],
];

/**
 * What a SOVAI formula's value rests on, by the function it calls (`restsOn` reads the
 * function's record); "" for a formula that calls none the lookup knows.
 * @example factsFor("=SOVAI.KOREA_GPUS(A1)", () => "deal") // "Deal figures"
 */
export function factsFor(formula: string, restsOn: RestsOnLookup): string {
  const fn = /SOVAI\.([A-Z_]+)/i.exec(formula)?.[1]?.toUpperCase() ?? "";
  return RESTS_ON[restsOn(fn) ?? "none"];
}

/**
 * Rows of the provenance table, one per frozen cell (the header is not included); `text` puts
 * what each value rests on in the sheets' language.
 */
export function provenanceRows(
  entries: readonly ProvenanceEntry[],
  restsOn: RestsOnLookup,
  text: (english: string) => string = (english) => english
): (string | number | boolean)[][] {
  return entries.map((e) => [
    e.sheet,
    e.address,
    e.formula,
    e.value,
    e.spill ?? "",
    MODEL_VERSION,
    DATA_AS_OF,
    text(factsFor(e.formula, restsOn)),
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

/** A cell of the record's key: text, or a labelled link. */
export type KeyCell = string | { readonly label: string; readonly url: string };

/**
 * Columns J:K of the record, in the sheets' language: the groups with their fact ids, a blank
 * row, then every fact id beside its sources, one labelled link a row (the id on its first).
 */
export function provenanceKey(text: (english: string) => string): [KeyCell, KeyCell][] {
  const links = Object.keys(SOURCES).flatMap((id) =>
    sourceLinks([id]).map((link, k): [KeyCell, KeyCell] => [k === 0 ? id : "", link])
  );
  return [
    [text("Rests on"), text("Fact ids and sources")],
    ...FACT_GROUPS.map(([group, ids]): [KeyCell, KeyCell] => [text(group), ids]),
    ["", ""],
    [text("Fact id"), text("Source")],
    ...links,
  ];
}
