/**
 * The custom functions from source, as the build would associate them: the metadata
 * generator's own parser reads the same family files the build reads, so tests that need the
 * functions with their metadata (HyperFormula, the sheets) run without a production build.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseTree } from "custom-functions-metadata/lib/parseTree";
import * as functions from "../src/functions";
import type { Built, FunctionMetadata } from "./load-built";

const { FUNCTION_FILES } = require("../scripts/build/function-files") as {
  FUNCTION_FILES: string[];
};

let loaded: Built | null = null;

/** Metadata and implementations of every function, parsed from source once per test file. */
export function loadSource(): Built {
  if (loaded) return loaded;
  const start = process.hrtime.bigint();
  const byName = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const metadata: FunctionMetadata[] = [];
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  for (const file of FUNCTION_FILES) {
    const source = path.resolve(__dirname, "..", file);
    const tree = parseTree(readFileSync(source, "utf8"), source);
    metadata.push(...(tree.functions as unknown as FunctionMetadata[]));
    for (const { id, functionName } of tree.associate) associated.set(id, byName[functionName]);
  }
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  loaded = { metadata: { functions: metadata }, associated, loadMs };
  return loaded;
}
