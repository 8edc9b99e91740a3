/**
 * The README's function reference runs here against the production build: each example formula
 * is parsed, its arguments shaped the way Excel passes them (per the built functions.json), and
 * the displayed result compared at the precision shown.
 */
import { readFileSync } from "fs";
import path from "path";
import { loadBuilt } from "../built/load-built";
import { evaluateFormula, single } from "../support/formula";

const built = loadBuilt();
const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");

interface Row {
  formula: string;
  result: string;
}

const rows: Row[] = readme
  .split("\n")
  .map((line) => /^\|[^|]*\|[^|]*\| `(=SOVAI\.[^`]+)` \| (.+?) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ formula: m[1], result: m[2] }));

it("the README has a reference row for every built function", () => {
  const documented = new Set(rows.map((r) => /^=SOVAI\.([A-Z_]+)/.exec(r.formula)![1]));
  expect([...documented].sort()).toEqual(built.metadata.functions.map((f) => f.id).sort());
});

it.each(rows.map((r) => [r.formula, r.result, r] as const))("%s → %s", (_, __, row) => {
  const actual = evaluateFormula(built, row.formula);
  const spill = /^spills (\d+) × (\d+)$/.exec(row.result);
  if (spill) {
    const grid = actual as unknown[][];
    expect([grid.length, grid[0].length]).toEqual([Number(spill[1]), Number(spill[2])]);
  } else if (row.result.startsWith('"')) {
    expect(single(actual)).toBe(row.result.slice(1, -1));
  } else {
    const shown = row.result.replace(/,/g, "");
    const decimals = (shown.split(".")[1] ?? "").length;
    const value = single(actual) as number;
    expect(typeof value).toBe("number");
    expect(value.toFixed(decimals)).toBe(Number(shown).toFixed(decimals));
  }
});
