/**
 * The spreadsheet functions the sheet templates use besides IF, ISBLANK, IFERROR, INDEX and
 * SOVAI.*, evaluated as Excel does, so the export can write every formula's cached result. Each
 * takes its evaluated arguments; an error in an argument is the result, as in Excel.
 */
import { FormulaError } from "./formula";
import { number, scalar, truthy, type Grid, type Value } from "./values";

type Arg = Value | Grid;

/** Every cell of the arguments, ranges flattened, in order. */
function cells(args: readonly Arg[]): Value[] {
  return args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a]));
}

/** The numbers among the arguments: Excel's aggregates skip text, blanks and booleans in ranges. */
function numbers(args: readonly Arg[]): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    for (const v of Array.isArray(a) ? a.flat() : [a]) {
      if (v instanceof FormulaError) return v;
      if (typeof v === "number") out.push(v);
      else if (!Array.isArray(a) && v !== null) {
        const n = number(v);
        if (n instanceof FormulaError) return n;
        out.push(n);
      }
    }
  }
  return out;
}

function one(args: readonly Arg[], f: (x: number) => Value): Value {
  const x = number(scalar(args[0] ?? null));
  return x instanceof FormulaError ? x : f(x);
}

/**
 * `TEXT(value, format)` for the formats the templates write: "#,##0" and "0.0%".
 * @example BUILTINS.TEXT([302000, "#,##0"]) // "302,000"
 */
function text(args: readonly Arg[]): Value {
  const x = number(scalar(args[0] ?? null));
  if (x instanceof FormulaError) return x;
  const format = scalar(args[1] ?? null);
  if (format === "#,##0") return Math.round(x).toLocaleString("en-US");
  if (format === "0.0%") return `${(x * 100).toFixed(1)}%`;
  return new FormulaError(
    "#VALUE!",
    `TEXT format ${String(format)} is not supported by the export evaluator`
  );
}

export const BUILTINS: Readonly<Record<string, (args: readonly Arg[]) => Value>> = {
  INT: (args) => one(args, Math.floor),
  ABS: (args) => one(args, Math.abs),
  SUM: (args) => {
    const xs = numbers(args);
    return xs instanceof FormulaError ? xs : xs.reduce((s, x) => s + x, 0);
  },
  MAX: (args) => {
    const xs = numbers(args);
    return xs instanceof FormulaError ? xs : xs.length ? Math.max(...xs) : 0;
  },
  MIN: (args) => {
    const xs = numbers(args);
    return xs instanceof FormulaError ? xs : xs.length ? Math.min(...xs) : 0;
  },
  AND: (args) => {
    const values = cells(args).filter((v) => v !== null && typeof v !== "string");
    const error = values.find((v) => v instanceof FormulaError);
    return error ?? values.every(truthy);
  },
  SUMPRODUCT: (args) => {
    const [a, b] = args.map((x) => (Array.isArray(x) ? x.flat() : [x]));
    if (!b || a.length !== b.length)
      return new FormulaError("#VALUE!", "SUMPRODUCT ranges differ in size");
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] instanceof FormulaError) return a[i];
      if (b[i] instanceof FormulaError) return b[i];
      if (typeof a[i] === "number" && typeof b[i] === "number")
        sum += (a[i] as number) * (b[i] as number);
    }
    return sum;
  },
  MATCH: (args) => {
    const wanted = scalar(args[0] ?? null);
    if (wanted instanceof FormulaError) return wanted;
    const key = (v: Value) => (typeof v === "string" ? v.toLowerCase() : v);
    const i = cells([args[1] ?? null]).findIndex((v) => key(v) === key(wanted));
    return i >= 0 ? i + 1 : new FormulaError("#N/A", `MATCH found no ${String(wanted)}`);
  },
  TEXT: text,
};
