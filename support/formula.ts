/** A tiny reader of SOVAI formulas (strings, numbers, omitted arguments, array constants). */
import type { Built, FunctionMetadata } from "./load-built";

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

/** Evaluates `=SOVAI.NAME(args)` with the built function, arguments shaped as Excel passes them. */
export function evaluateFormula(built: Built, formula: string): unknown {
  const m = /^=SOVAI\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SOVAI formula: ${formula}`);
  const meta = built.metadata.functions.find((f) => f.id === m[1]);
  const fn = built.associated.get(m[1]);
  if (!meta || !fn) throw new Error(`${m[1]} is not in the build`);
  const args = splitArgs(m[2]).map((a, i) => shape(literal(a), meta.parameters[i]));
  while (args.length < meta.parameters.length) args.push(null);
  return fn(...args);
}

/** The value of a 1×1 result. */
export function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
}
