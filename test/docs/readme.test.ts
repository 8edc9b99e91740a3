/**
 * The examples table (src/functions/examples.json) is the one home of every example: the pane
 * inserts the first of each function, the help page lists them, and the README's function
 * reference shows them. Here each runs against the production build, its arguments shaped the
 * way Excel passes them, and the result is compared at the precision shown; and the README's
 * rows must be exactly the table's, in order.
 */
import { readFileSync } from "fs";
import path from "path";
import { loadBuilt } from "../../support/load-built";
import { evaluateFormula, single } from "../../support/formula";
import { EXAMPLES } from "../../src/functions";

const { mismatch } = require("../../scripts/excel-check/compare.js") as {
  mismatch: (
    expected: string,
    actual: { value: unknown; rows: number; columns: number }
  ) => string | null;
};

const built = loadBuilt();
const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const help = readFileSync(path.join(__dirname, "../../dist/help.html"), "utf8");

const readmeRows = readme
  .split("\n")
  .map((line) => /^\|[^|]*\|[^|]*\| `(=SOVAI\.[^`]+)` \| (.+?) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ formula: m[1], result: m[2] }));

it("has an example for every built function", () => {
  const documented = new Set(EXAMPLES.map((r) => /^=SOVAI\.([A-Z_]+)/.exec(r.formula)![1]));
  expect([...documented].sort()).toEqual(built.metadata.functions.map((f) => f.id).sort());
});

it("the README's function reference shows exactly the examples table", () => {
  expect(readmeRows).toEqual(EXAMPLES);
});

it("the help page shows every example", () => {
  // The production build minifies the page, which may or may not keep quotes escaped.
  const text = help.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  for (const e of EXAMPLES) expect(text).toContain(`<code>${e.formula}</code>`);
});

it.each(EXAMPLES.map((r) => [r.formula, r.result, r] as const))("%s → %s", (_, __, row) => {
  const actual = evaluateFormula(built, row.formula);
  const grid = Array.isArray(actual) ? (actual as unknown[][]) : [[actual]];
  const result = { value: single(actual), rows: grid.length, columns: grid[0].length };
  // The same judge npm run test:excel applies to what real Excel calculates.
  expect(mismatch(row.result, result)).toBeNull();
});
