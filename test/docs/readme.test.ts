/**
 * The README's function reference runs here against the production build: each example formula
 * is parsed, its arguments shaped the way Excel passes them (per the built functions.json), and
 * the displayed result compared at the precision shown.
 */
import { readFileSync } from "fs";
import path from "path";
import { loadBuilt, type FunctionMetadata } from "../built/load-built";

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

/** Splits a formula's argument list at top-level commas; array constants stay whole. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') inString = !inString;
    if (!inString && ch === "{") depth++;
    if (!inString && ch === "}") depth--;
    if (!inString && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return text === "" ? [] : args;
}

function literal(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (t.startsWith('"')) return t.slice(1, -1);
  if (t.startsWith("{")) {
    return t
      .slice(1, -1)
      .split(";")
      .map((row) => splitArgs(row).map(literal));
  }
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`cannot read argument ${t}`);
  return n;
}

/** Excel hands a matrix parameter a 2-D array even for one value; an omitted argument is null. */
function shape(value: unknown, param: FunctionMetadata["parameters"][number] | undefined): unknown {
  if (value === null || param?.dimensionality !== "matrix" || Array.isArray(value)) return value;
  return [[value]];
}

function evaluate(formula: string): unknown {
  const m = /^=SOVAI\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SOVAI formula: ${formula}`);
  const meta = built.metadata.functions.find((f) => f.id === m[1]);
  const fn = built.associated.get(m[1]);
  if (!meta || !fn) throw new Error(`${m[1]} is not in the build`);
  const args = splitArgs(m[2]).map((a, i) => shape(literal(a), meta.parameters[i]));
  while (args.length < meta.parameters.length) args.push(null);
  return fn(...args);
}

function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
}

it("the README has a reference row for every built function", () => {
  const documented = new Set(rows.map((r) => /^=SOVAI\.([A-Z_]+)/.exec(r.formula)![1]));
  expect([...documented].sort()).toEqual(built.metadata.functions.map((f) => f.id).sort());
});

it.each(rows.map((r) => [r.formula, r.result, r] as const))("%s → %s", (_, __, row) => {
  const actual = evaluate(row.formula);
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
