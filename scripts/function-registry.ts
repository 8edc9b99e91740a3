// The custom functions by id, for Node scripts (npm run workbook, the doctor): the records are
// the one list, so no list of ids is kept anywhere else.
import { FUNCTIONS } from "../src/functions";

/** Function id → implementation. */
export async function functionsById(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  return new Map(FUNCTIONS.map((f) => [f.id, f.run as (...args: unknown[]) => unknown]));
}
