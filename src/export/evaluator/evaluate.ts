/**
 * Evaluates the cells of a rendered sheet that the export needs: the SOVAI calls and whatever
 * their arguments refer to. It reads the grammar the templates write (references, ranges,
 * sheet names, numbers, text, arithmetic, comparisons, IF, ISBLANK, IFERROR, INDEX and SOVAI.*
 * calls) and says so plainly when it meets anything else. It exists because the export must run without Excel,
 * and the full spreadsheet engine the tests use (HyperFormula) is GPL-licensed.
 */
import { a1, parseA1 } from "../../sheets/address";
import type { RenderedSheet } from "../../sheets/types";
import { BUILTINS } from "./builtins";
import { FormulaError, parse, type Node } from "./formula";
import { binary, number, scalar, truthy, type Grid, type Value } from "./values";

export { FormulaError };

export type { Value };

/** The worksheet functions the evaluator computes, besides SOVAI.*: IF and its kin here, the rest in builtins.ts. */
export const SUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set([
  "IF",
  "ISBLANK",
  "IFERROR",
  "INDEX",
  ...Object.keys(BUILTINS),
]);

/**
 * The functions a sheet's formulas call that the evaluator cannot compute, with a cell using
 * each: the export would cache `#NAME?` there, so the build refuses such a sheet.
 * @example unsupportedFunctions({ formulas: [["=SUMIF(B1:B2,1)", "=SUM(B1:B2)"]] }) // ["SUMIF (A1)"]
 */
export function unsupportedFunctions(sheet: Pick<RenderedSheet, "formulas">): string[] {
  const found = new Map<string, string>();
  sheet.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f !== "string" || !f.startsWith("=")) return;
      for (const name of functionsIn(parse(f.slice(1)))) {
        const upper = name.toUpperCase();
        if (!upper.startsWith("SOVAI.") && !SUPPORTED_FUNCTIONS.has(upper) && !found.has(upper))
          found.set(upper, a1(r, c));
      }
    })
  );
  return [...found].map(([name, at]) => `${name} (${at})`);
}

function functionsIn(node: Node | null): string[] {
  if (node === null) return [];
  switch (node.kind) {
    case "call":
      return [node.name, ...node.args.flatMap(functionsIn)];
    case "unary":
      return functionsIn(node.arg);
    case "binary":
      return [...functionsIn(node.left), ...functionsIn(node.right)];
    default:
      return [];
  }
}

/** Calls a SOVAI function the way Excel does; returns a value or a 2-D result, or throws an Excel error. */
export type SovaiCall = (name: string, args: readonly unknown[]) => unknown;

/**
 * A function from A1 address to the cell's value, computed on demand and remembered.
 * @example sheetEvaluator({ formulas: [[2, "=A1*3"]], names: [] }, () => 0)("B1") // 6
 */
export function sheetEvaluator(sheet: RenderedSheet, call: SovaiCall): (address: string) => Value {
  const names = new Map(sheet.names.map((n) => [n.name.toLowerCase(), n.ref.replace(/\$/g, "")]));
  const memo = new Map<string, Value>();
  const busy = new Set<string>();

  const cell = (address: string): Value => {
    const hit = memo.get(address);
    if (hit !== undefined) return hit;
    if (busy.has(address)) return new FormulaError("#REF!", `circular reference at ${address}`);
    const [r, c] = parseA1(address);
    const content = sheet.formulas[r]?.[c];
    let value: Value;
    if (content === undefined || content === "") value = null;
    else if (typeof content === "string" && content.startsWith("=")) {
      busy.add(address);
      try {
        value = scalar(evaluate(parse(content.slice(1))));
      } catch (e) {
        value =
          e instanceof FormulaError
            ? e
            : new FormulaError("#VALUE!", `${address}: ${(e as Error).message}`);
      }
      busy.delete(address);
    } else value = content;
    memo.set(address, value);
    return value;
  };

  const range = (from: string, to: string): Grid => {
    const [r0, c0] = parseA1(from);
    const [r1, c1] = parseA1(to);
    const out: Grid = [];
    for (let r = r0; r <= r1; r++) {
      const line: Value[] = [];
      for (let c = c0; c <= c1; c++) line.push(cell(a1(r, c)));
      out.push(line);
    }
    return out;
  };

  const evaluate = (node: Node): Value | Grid => {
    switch (node.kind) {
      case "number":
      case "text":
      case "bool":
        return node.value;
      case "ref":
        return node.to ? range(node.from, node.to) : cell(node.from);
      case "name": {
        const ref = names.get(node.name.toLowerCase());
        if (!ref) throw new FormulaError("#NAME?", `unknown name ${node.name}`);
        const [from, to] = ref.split(":");
        return to ? range(from, to) : cell(from);
      }
      case "unary": {
        const v = number(scalar(evaluate(node.arg)));
        return v instanceof FormulaError ? v : node.op === "-" ? -v : v;
      }
      case "binary":
        return binary(node.op, scalar(evaluate(node.left)), scalar(evaluate(node.right)));
      case "call":
        return callFunction(node);
    }
  };

  const callFunction = (node: Extract<Node, { kind: "call" }>): Value | Grid => {
    const name = node.name.toUpperCase();
    if (name === "IF") {
      const test = scalar(evaluate(need(node.args[0])));
      if (test instanceof FormulaError) return test;
      const branch = truthy(test) ? node.args[1] : node.args[2];
      return branch ? evaluate(branch) : false;
    }
    if (name === "ISBLANK") return scalar(evaluate(need(node.args[0]))) === null;
    if (name === "IFERROR") {
      const value = evaluate(need(node.args[0]));
      const first = Array.isArray(value) ? value[0]?.[0] : value;
      return first instanceof FormulaError ? evaluate(need(node.args[1])) : value;
    }
    if (name === "INDEX") {
      const grid = evaluate(need(node.args[0]));
      const at = (i: number) => (node.args[i] ? number(scalar(evaluate(node.args[i]!))) : 1);
      const [r, c] = [at(1), at(2)];
      if (r instanceof FormulaError) return r;
      if (c instanceof FormulaError) return c;
      const rows = Array.isArray(grid) ? grid : [[grid]];
      return (
        rows[r - 1]?.[c - 1] ??
        new FormulaError("#REF!", `INDEX(…, ${r}, ${c}) is outside the range`)
      );
    }
    if (name.startsWith("SOVAI.")) {
      const args = node.args.map((a) => (a === null ? null : evaluate(a)));
      const error = args.flat(2).find((v) => v instanceof FormulaError);
      if (error) return error as FormulaError;
      try {
        return result(call(name.slice("SOVAI.".length), args));
      } catch (e) {
        const err = e as { code?: string; message?: string };
        return new FormulaError(err.code ?? "#VALUE!", err.message ?? String(e));
      }
    }
    const builtin = BUILTINS[name];
    if (!builtin)
      throw new FormulaError("#NAME?", `${name} is not supported by the export evaluator`);
    return builtin(node.args.map((a) => (a === null ? null : evaluate(a))));
  };

  return cell;
}

function need(node: Node | null): Node {
  if (!node) throw new FormulaError("#VALUE!", "missing argument");
  return node;
}

function result(value: unknown): Value | Grid {
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0].length === 1) return result(value[0][0]);
    // A spilled result: INDEX picks from it; a cell holding it whole is an error (scalar()).
    return value.map((row: unknown[]) => row.map((v) => result(v) as Value));
  }
  if (value !== null && typeof value === "object") {
    const err = value as { code?: string; message?: string };
    return new FormulaError(err.code ?? "#VALUE!", err.message ?? "error");
  }
  return value as Value;
}
