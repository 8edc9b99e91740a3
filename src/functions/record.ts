/**
 * The shape of a custom function's one record. Everything else about a function is derived from
 * its record: the metadata Excel reads (scripts/build/functions-source.ts writes the JSDoc the
 * metadata generator needs), the Korean metadata, the help page, the task pane's reference and
 * provenance, and the tests, which iterate `FUNCTIONS` (index.ts).
 */
import type { RestsOn } from "../model";

/** Text in each language the add-in speaks. */
export interface Text {
  readonly en: string;
  readonly ko: string;
}

/** The custom enums an argument can take its values from (enums.ts). */
export type EnumId = "ScenarioName" | "EntityFieldName" | "AssumptionName" | "MeasureName";

/**
 * How Excel passes an argument: `value` one value (a range's top-left cell is refused by the
 * coercions), `range` a 2-D array (a range or an array constant), or a custom enum's text.
 */
export type ArgKind = "value" | "range" | EnumId;

/** One argument, in the order Excel passes them. */
export interface Param extends Text {
  readonly name: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
}

/**
 * What a function returns, as Excel's metadata types it: `table` a 2-D array (one cell or a
 * spill), `names` a column of text, `number`, `text`, or `value` (anything: a card).
 */
export type ResultKind = "table" | "names" | "number" | "text" | "value";

/** A formula and its result as Excel displays it (`spills 6 × 7` for a spill). */
export interface Example {
  readonly formula: string;
  readonly result: string;
}

/**
 * A formula the function refuses, and the Excel error it shows (always with a message saying
 * why): one per function that takes arguments, evaluated against the build.
 */
export interface Refusal {
  readonly formula: string;
  readonly error: "#VALUE!" | "#N/A" | "#NUM!";
}

export interface FunctionRecord {
  /** The id Excel stores in workbooks: never renamed or removed once released. */
  readonly id: string;
  /** The description Excel shows in its formula autocomplete. */
  readonly summary: Text;
  readonly params: readonly Param[];
  readonly returns: { readonly kind: ResultKind; readonly en: string };
  /**
   * A simulation that can run long: it returns a promise, and Excel passes an invocation last
   * (after the params) so a cell that changes cancels it.
   */
  readonly cancelable?: boolean;
  /** The adapter: coerces the arguments, calls the model, and throws only Excel errors. */
  readonly run: (...args: any[]) => unknown;
  /** What its value rests on, for the provenance record Freeze & share writes. */
  readonly restsOn: RestsOn;
  /** The first is what the task pane inserts; every one is evaluated against the build. */
  readonly examples: readonly Example[];
  /** Bad input and its error; the build requires one once the function takes an argument. */
  readonly refuses?: readonly Refusal[];
}
