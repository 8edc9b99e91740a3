/**
 * The custom functions from source, as the build would associate them: the metadata
 * generator's own parser reads the entry the build writes from the records (parsed here in
 * memory), so tests that need the functions with their metadata (HyperFormula, the sheets) run
 * without a production build.
 */
import path from "path";
import { parseTree } from "custom-functions-metadata/lib/parseTree";
import { FUNCTIONS_BY_ID } from "../src/functions";
import { functionsSource } from "../scripts/build/functions-source";
import type { Built, FunctionMetadata } from "./load-built";

let loaded: Built | null = null;

/** Metadata and implementations of every function, parsed from the records once per test file. */
export function loadSource(): Built {
  if (loaded) return loaded;
  const start = process.hrtime.bigint();
  const file = path.resolve(__dirname, "..", ".generated", "functions.ts");
  const tree = parseTree(functionsSource("../src/functions"), file);
  const metadata = tree.functions as unknown as FunctionMetadata[];
  const associated = new Map(
    tree.associate.map(({ id }) => [
      id,
      FUNCTIONS_BY_ID.get(id)!.run as (...a: unknown[]) => unknown,
    ])
  );
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  loaded = { metadata: { functions: metadata }, associated, loadMs };
  return loaded;
}
