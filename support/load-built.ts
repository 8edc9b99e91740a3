/**
 * Loads the production functions bundle the way Excel's runtime does: as a plain script in a
 * fresh global scope whose `CustomFunctions.associate` records each registration.
 */
import { readFileSync } from "fs";
import { performance } from "perf_hooks";
import path from "path";
import vm from "vm";
import { StubCustomFunctionsError } from "./custom-functions-stub";

export const DIST = path.join(__dirname, "../dist");

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
  }[];
  result: { type?: string; dimensionality?: string };
}

export interface Built {
  metadata: {
    functions: FunctionMetadata[];
    enums?: { id: string; values: { stringValue: string }[] }[];
  };
  associated: Map<string, (...args: unknown[]) => unknown>;
  /** Milliseconds to parse and run the script, associations included. */
  loadMs: number;
}

/**
 * @param displayLanguage - what `Office.context.displayLanguage` says; no Office global when omitted
 * @param dataTypes - an Excel whose custom functions may return data types (CustomFunctionsRuntime 1.4)
 */
export function loadBuilt(displayLanguage?: string, dataTypes = false): Built {
  const code = readFileSync(path.join(DIST, "functions.js"), "utf8");
  const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8"));
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = {
    ...(displayLanguage || dataTypes
      ? {
          Office: {
            context: {
              displayLanguage,
              requirements: {
                isSetSupported: (set: string) => dataTypes && set === "CustomFunctionsRuntime",
              },
            },
          },
        }
      : {}),
    // What the shared runtime's page offers every script, and the functions use to compute in
    // slices: a browser's task queue and clock.
    setTimeout,
    MessageChannel,
    performance,
    CustomFunctions: {
      Error: StubCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, fn);
      },
    },
  };
  const start = process.hrtime.bigint();
  vm.runInNewContext(code, sandbox, { filename: "functions.js" });
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { metadata, associated, loadMs };
}
