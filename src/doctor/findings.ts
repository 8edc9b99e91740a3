/**
 * The workbook doctor's findings, from cells alone (pure): what is wrong with the SOVAI cells of
 * a workbook, why, and the fix. The task pane feeds it the cells Excel reports; `npm run doctor`
 * the cells of a saved file. The causes and fixes follow Microsoft's own issue threads:
 * - `#NAME?` in SOVAI cells: the add-in is not loaded, or Excel has not re-resolved formulas
 *   entered before it loaded (office-js 4487, 4007, 6355, 6611). Recalculating may do; the
 *   documented workaround is to re-enter the formula (Excel-Custom-Functions 108).
 * - `#BUSY!` that stays: the runtime never answered (office-js 1395, 6662, 6930); recalculate.
 * - `_xldudf_` in a formula as Excel shows it: the internal name a saved file uses leaked into the
 *   formula (office-js 877, 2568, 6655); re-enter the formula as a user types it.
 */
import { closestKey, DATA_AS_OF, MODEL_VERSION } from "../model";

export type FindingKind = "name" | "busy" | "unknownId" | "xldudf" | "stale" | "masterFalse";
export type Fix = "recalculate" | "reenter" | "unfreeze" | "none";

export interface Finding {
  readonly kind: FindingKind;
  readonly sheet: string;
  readonly address: string;
  /** In English; the task pane re-words a finding in its language from `kind` and `params`. */
  readonly what: string;
  readonly why: string;
  /** What the words above are made of: `id` and `near` (unknownId), `version`, `asOf`, `loaded` and `loadedAsOf` (stale), `failing` (masterFalse). */
  readonly params?: Readonly<Record<string, string>>;
  readonly fix: Fix;
  /** For `reenter`: the formula to type back. */
  readonly formula?: string;
}

/** A formula cell as Excel (or a saved file) reports it. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** The value Excel shows (an error as its text, "#NAME?"), or the file's cached result. */
  readonly value: unknown;
}

/** A sheet's Master check: its value and the checks it ANDs, each with its label and value. */
export interface MasterCheck {
  readonly sheet: string;
  readonly address: string;
  readonly value: unknown;
  readonly checks: readonly {
    readonly address: string;
    readonly label: string;
    readonly value: unknown;
  }[];
}

/** A frozen value's record, as the provenance sheet keeps it. */
export interface FrozenRecord {
  readonly sheet: string;
  readonly address: string;
  readonly modelVersion: string;
  readonly dataAsOf: string;
}

/** A SOVAI call as typed, or as a saved file stores it (`_xldudf_SOVAI_LOCKIN_COST(`). */
const CALL = /(?:\bSOVAI\.|_xldudf_SOVAI_)([A-Za-z0-9_]+)\s*\(/gi;
const XLDUDF = /(?:\[\d+\]!)?_xldudf_SOVAI_([A-Za-z0-9_]+)(?=\s*\()/gi;

/**
 * The SOVAI ids a formula calls, as typed or as a saved file stores them.
 * @example sovaiIds("=SOVAI.LOCKIN_COST(10)+_xldudf_SOVAI_KOREA_GPUS()") // ["LOCKIN_COST","KOREA_GPUS"]
 */
export function sovaiIds(formula: string): string[] {
  return [...formula.matchAll(CALL)].map((m) => m[1].toUpperCase());
}

/**
 * The formula with every internal `_xldudf_SOVAI_NAME` written as a user types it, `SOVAI.NAME`.
 * @example asTyped("=_xldudf_SOVAI_LOCKIN_COST(10)") // "=SOVAI.LOCKIN_COST(10)"
 */
export function asTyped(formula: string): string {
  return formula.replace(XLDUDF, (_, id: string) => `SOVAI.${id.toUpperCase()}`);
}

export interface DiagnoseInput {
  readonly cells: readonly FormulaCell[];
  readonly masters: readonly MasterCheck[];
  readonly frozen: readonly FrozenRecord[];
  /** Every function id the add-in has. */
  readonly knownIds: readonly string[];
  /** True for a saved file, where `_xldudf_SOVAI_` is how Excel stores every SOVAI call. */
  readonly fromFile?: boolean;
}

/** Every finding, in sheet order. */
export function diagnose(input: DiagnoseInput): Finding[] {
  const known = new Set(input.knownIds);
  const out: Finding[] = [];
  for (const c of input.cells) {
    const ids = sovaiIds(c.formula);
    if (ids.length === 0) continue;
    const at = { sheet: c.sheet, address: c.address };
    const unknown = ids.filter((id) => !known.has(id));
    for (const id of unknown) {
      const near = closestKey(
        id.toLowerCase(),
        input.knownIds.map((k) => k.toLowerCase())
      );
      out.push({
        ...at,
        kind: "unknownId",
        params: { id, near: near ? near.toUpperCase() : "" },
        what: `SOVAI.${id} is not a SovAI function`,
        why: near
          ? `A typo or a removed function; did you mean SOVAI.${near.toUpperCase()}?`
          : "A typo, or a function this version does not have.",
        fix: "none",
      });
    }
    if (!input.fromFile && /_xldudf_/i.test(c.formula)) {
      out.push({
        ...at,
        kind: "xldudf",
        what: "The formula shows Excel's internal name _xldudf_",
        why: "Excel wrote the stored name of a custom function into the formula (the add-in was not loaded when the workbook was opened or saved).",
        fix: "reenter",
        formula: asTyped(c.formula),
      });
      continue;
    }
    if (unknown.length) continue;
    if (c.value === "#NAME?") {
      out.push({
        ...at,
        kind: "name",
        what: "A SOVAI cell shows #NAME?",
        why: "Excel did not know SOVAI functions when it calculated this cell: the add-in was not loaded, or Excel kept formulas entered before it loaded unresolved.",
        fix: input.fromFile ? "none" : "reenter",
        formula: asTyped(c.formula),
      });
    } else if (c.value === "#BUSY!") {
      out.push({
        ...at,
        kind: "busy",
        what: "A SOVAI cell is stuck on #BUSY!",
        why: "Excel is still waiting for the add-in's runtime, which has not started or was stopped.",
        fix: input.fromFile ? "none" : "recalculate",
      });
    }
  }
  for (const f of input.frozen) {
    if (f.modelVersion === MODEL_VERSION && f.dataAsOf === DATA_AS_OF) continue;
    out.push({
      sheet: f.sheet,
      address: f.address,
      kind: "stale",
      params: {
        version: f.modelVersion,
        asOf: f.dataAsOf,
        loaded: MODEL_VERSION,
        loadedAsOf: DATA_AS_OF,
      },
      what: `A frozen value from model ${f.modelVersion} (data as of ${f.dataAsOf})`,
      why: `The loaded model is ${MODEL_VERSION} (data as of ${DATA_AS_OF}); the value may have changed since it was frozen.`,
      fix: "unfreeze",
    });
  }
  for (const m of input.masters) {
    if (m.value === true || m.value === 1) continue;
    const failing = m.checks
      .filter((c) => c.value !== true && c.value !== 1)
      .map((c) => `${c.label} (${c.address})`);
    out.push({
      sheet: m.sheet,
      address: m.address,
      kind: "masterFalse",
      params: { failing: failing.join("; ") },
      what: "The Master check is not TRUE",
      why: failing.length
        ? `Failing: ${failing.join("; ")}.`
        : "A check it depends on shows an error.",
      fix: "none",
    });
  }
  return out;
}

/** One finding as one line: `Sheet!A1: what. why [fix]`. */
export function describeFinding(f: Finding): string {
  const fix = {
    recalculate: "Recalculate",
    reenter: "Re-enter the formula",
    unfreeze: "Unfreeze",
    none: "",
  }[f.fix];
  return `${f.sheet}!${f.address}: ${f.what}. ${f.why}${fix ? ` Fix: ${fix}.` : ""}`;
}

/**
 * The cells a Master check ANDs, from its formula: `=AND(D70,D71)` → ["D70","D71"].
 * @example checkAddresses("=AND(G15,K26)") // ["G15","K26"]
 */
export function checkAddresses(formula: string): string[] {
  const m = /^=AND\((.*)\)$/i.exec(formula.trim());
  return m ? m[1].split(",").map((a) => a.trim().replace(/\$/g, "")) : [];
}
