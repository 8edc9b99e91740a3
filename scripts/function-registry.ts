// The custom functions as Excel would associate them, for Node scripts: the same generator that
// writes functions.json reads the same files, so no list of ids is kept anywhere else.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../src/functions";

const { FUNCTION_FILES } = require("./build/function-files") as { FUNCTION_FILES: string[] };

/** Function id → implementation. */
export async function functionsById(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  const files = FUNCTION_FILES.map((f) => path.resolve(__dirname, "..", f));
  const { associate, errors } = await generateCustomFunctionsMetadata(files);
  if (errors.length) throw new Error(errors.join("\n"));
  const byName = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  return new Map(associate.map((a) => [a.id, byName[a.functionName]]));
}
