/**
 * The bundle's custom-functions entry, written from the function records. Microsoft's metadata
 * generator reads JSDoc (`@customfunction`, `@param`, TypeScript parameter types), so this
 * writes exactly that, one block per record, each calling the record's adapter; nobody edits
 * JSDoc by hand. webpack writes the file before it builds (.generated/functions.ts, untracked);
 * tests parse the same text in memory with the generator's own parser.
 */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { resolve } from "../../src/sheets/localize";
import { SCENARIOS } from "../../src/model";
import * as functions from "../../src/functions";
import {
  ENUMS,
  EXAMPLES,
  FUNCTIONS,
  type ArgKind,
  type EnumRecord,
  type FunctionRecord,
  type ResultKind,
} from "../../src/functions";

export { ENUMS, EXAMPLES, FUNCTIONS };

/** Where help URLs point before the build rewrites them to the production origin. */
const HELP = "https://localhost:3000/help.html";

const ARG_TYPE = (kind: ArgKind): string =>
  kind === "value" ? "any" : kind === "range" ? "any[][]" : kind;

const RESULT_TYPE: Readonly<Record<ResultKind, string>> = {
  table: "any[][]",
  names: "string[][]",
  number: "number",
  text: "string",
  value: "any",
};

/** The name each adapter is exported under from src/functions, found by identity. */
function exportName(record: FunctionRecord): string {
  const entry = Object.entries(functions).find(([, value]) => value === record.run);
  if (!entry) throw new Error(`${record.id}: its run is not exported from src/functions.`);
  return entry[0];
}

function enumSource(e: EnumRecord): string {
  const members = e.values.map((v) => `  /** ${v.en} */\n  ${v.value} = "${v.value}",`);
  return [
    `/**\n * ${e.en}\n * @customenum {string}\n */`,
    `export enum ${e.id} {\n${members.join("\n")}\n}`,
  ].join("\n");
}

function functionSource(f: FunctionRecord): string {
  const doc = [
    f.summary.en,
    `@customfunction ${f.id}`,
    ...(f.cancelable ? ["@cancelable"] : []),
    `@helpurl ${HELP}#${f.id}`,
    ...f.params.map((p) => `@param ${p.optional ? `[${p.name}]` : p.name} ${p.en}`),
    ...(f.cancelable
      ? ["@param [invocation] Excel's handle on this call, for cancelation (not shown in Excel)."]
      : []),
    `@returns ${f.returns.en}`,
  ];
  const params = f.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${ARG_TYPE(p.kind)}`);
  const args = f.params.map((p) => p.name);
  if (f.cancelable) {
    params.push("invocation?: CustomFunctions.CancelableInvocation");
    args.push("invocation");
  }
  const result = RESULT_TYPE[f.returns.kind];
  return [
    `/**\n${doc.map((line) => ` * ${line}`).join("\n")}\n */`,
    `export function ${f.id}(${params.join(", ")}): ${f.cancelable ? `Promise<${result}>` : result} {`,
    `  return F.${exportName(f)}(${args.join(", ")}) as any;`,
    "}",
  ].join("\n");
}

/**
 * The entry's text. `from` is the import path of src/functions as seen from where it is written.
 * @example functionsSource("../src/functions").includes("@customfunction LOCKIN_COST") // true
 */
export function functionsSource(from: string): string {
  const header = [
    "// Generated from the function records in src/functions by scripts/build/functions-source.ts.",
    "// Edit the records, not this file.",
    "/* eslint-disable */",
    // First, and by its own path: the package marks src/ free of side effects except this file
    // (so the records' text stays out of the bundle), and webpack may skip index.ts's imports.
    `import "${from}/runtime-guard";`,
    `import * as F from "${from}";`,
  ].join("\n");
  return [header, ...ENUMS.map(enumSource), ...FUNCTIONS.map(functionSource), ""].join("\n\n");
}

/**
 * What the records' types cannot say: ids are unique, every function has an example, every
 * function that takes an argument refuses a bad one, and every example and refusal calls the
 * function it belongs to. A problem fails the build, by name.
 */
export function recordProblems(records: readonly FunctionRecord[] = FUNCTIONS): string[] {
  const ids = records.map((f) => f.id);
  return [
    ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id} has two records`),
    ...records.filter((f) => f.examples.length === 0).map((f) => `${f.id} has no example`),
    ...records
      .filter((f) => f.params.length > 0 && !f.refuses?.length)
      .map((f) => `${f.id} refuses nothing: give it a bad-input formula and its error`),
    ...records.flatMap((f) =>
      [...f.examples, ...(f.refuses ?? [])]
        .filter((e) => !e.formula.startsWith(`=SOVAI.${f.id}(`))
        .map((e) => `${f.id}'s example ${e.formula} calls another function`)
    ),
  ];
}

/** Writes the entry under `root`/.generated and returns its path; refuses records with problems. */
export function writeFunctionsEntry(root: string): string {
  const problems = recordProblems();
  if (problems.length) throw new Error(`Function records: ${problems.join("; ")}`);
  const dir = path.join(root, ".generated");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "functions.ts");
  writeFileSync(file, functionsSource("../src/functions"));
  return file;
}

/** Words the sheets' Korean keeps as they are (a description may name a scenario). */
const NAMES: ReadonlySet<string> = new Set(SCENARIOS);

/**
 * The Korean text of the metadata, in the shape scripts/build/localize.js reads: descriptions
 * and parameter help by function id, tooltips by enum and value (an assumption's from the
 * sheets' Korean for its description).
 */
export const KOREAN = {
  functions: Object.fromEntries(
    FUNCTIONS.map((f) => [
      f.id,
      {
        description: f.summary.ko,
        parameters: Object.fromEntries(f.params.map((p) => [p.name, p.ko])),
      },
    ])
  ),
  enums: Object.fromEntries(
    ENUMS.map((e) => [
      e.id,
      Object.fromEntries(e.values.map((v) => [v.value, v.ko ?? resolve(v.en, KO_SHEETS, NAMES)])),
    ])
  ),
};
