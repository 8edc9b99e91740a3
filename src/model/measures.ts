/**
 * The lock-in measures the risk simulation can draw: what LOCKIN_COST, LOCKIN_PREMIUM and
 * SWITCHING_COST compute. Each assumption declares the measures it enters (data/assumptions.ts),
 * so the simulation's uncertain inputs are derived from the data, never listed by hand.
 */
import { failure } from "./messages";
import { describeValue } from "./text";

/** Which result the simulation draws: LOCKIN_COST, LOCKIN_PREMIUM or SWITCHING_COST. */
export type Measure = "cost" | "premium" | "switching";
export const MEASURES: readonly Measure[] = ["cost", "premium", "switching"];

/**
 * Reads a measure, any case; blank means cost.
 * @example parseMeasure(" Premium ") // "premium"
 */
export function parseMeasure(text: string): Measure {
  const key = text.trim().toLowerCase();
  if (key === "") return "cost";
  if (key === "cost" || key === "premium" || key === "switching") return key;
  throw failure("unknownMeasure", { got: describeValue(text) });
}
