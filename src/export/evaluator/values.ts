/**
 * Values as the export's evaluator handles them, and Excel's rules for turning them into
 * numbers, truth values and comparisons.
 */
import { FormulaError } from "./formula";

export type Value = string | number | boolean | null | FormulaError;
export type Grid = Value[][];

export function scalar(value: Value | Grid): Value {
  if (!Array.isArray(value)) return value;
  return value.length === 1 && value[0].length === 1
    ? value[0][0]
    : new FormulaError("#VALUE!", "a range where one value is needed");
}

export function truthy(value: Value): boolean {
  return (
    value === true ||
    (typeof value === "number" && value !== 0) ||
    (typeof value === "string" && value.toUpperCase() === "TRUE")
  );
}

export function number(value: Value): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n)
    ? n
    : new FormulaError("#VALUE!", `"${value}" is not a number`);
}

export function binary(op: string, left: Value, right: Value): Value {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  if (op === "&") return `${left ?? ""}${right ?? ""}`;
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, left, right);
  const a = number(left);
  const b = number(right);
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? new FormulaError("#DIV/0!", "division by zero") : a / b;
    case "^":
      return Math.pow(a, b);
  }
  return new FormulaError("#VALUE!", `unknown operator ${op}`);
}

function compare(op: string, left: Value, right: Value): boolean {
  const norm = (v: Value) => (typeof v === "string" ? v.toLowerCase() : (v ?? 0));
  const a = norm(left);
  const b = norm(right);
  const order = a === b ? 0 : (a as number | string) < (b as number | string) ? -1 : 1;
  return {
    "=": order === 0,
    "<>": order !== 0,
    "<": order < 0,
    ">": order > 0,
    "<=": order <= 0,
    ">=": order >= 0,
  }[op]!;
}
