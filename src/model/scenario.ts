import { failure } from "./messages";

/** The three scenarios: `low` takes the cost-minimising end of every range, `high` the cost-maximising end. */
export type Scenario = "low" | "base" | "high";

export const SCENARIOS: readonly Scenario[] = ["base", "low", "high"];

/** A value under each scenario. */
export interface Range3 {
  readonly low: number;
  readonly base: number;
  readonly high: number;
}

/**
 * Reads a scenario name, case- and space-insensitively; blank means `base`.
 * @example parseScenario(" High ") // "high"
 * @throws ModelError `value` for anything else, listing the valid names.
 */
export function parseScenario(text: string): Scenario {
  if (text === "base" || text === "low" || text === "high") return text;
  const key = text.trim().toLowerCase();
  if (key === "" || key === "base") return "base";
  if (key === "low" || key === "high") return key;
  throw failure("unknownScenario", { name: text });
}
