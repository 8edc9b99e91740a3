import type { RestsOn } from "../model";

/**
 * One custom function as the reference shows it, built at compile time from the generated
 * functions.json and the function records (scripts/build/metadata.js).
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
  /** What its value rests on, for the provenance record Freeze & share writes. */
  readonly restsOn: RestsOn;
  /** Example formulas; the first is the one "Insert in selected cell" writes. */
  readonly examples: readonly string[];
}
