/**
 * A parser for the formula grammar the sheet templates write: references, ranges, sheet names,
 * numbers, text, booleans, arithmetic and comparison operators, and function calls. The
 * export's evaluator (evaluate.ts) walks the tree it returns.
 */

/** An Excel error value with its message. */
export class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string
  ) {}
}

/** A parsed formula. */
export type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "ref"; from: string; to?: string }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

/** Precedence climbing over Excel's operators, loosest first: comparison, &, + and -, × and ÷, ^; then unary minus. */
const LEVELS: readonly string[][] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/**
 * Parses a formula without its "=".
 * @example parse("1+2*A3").op // "+"
 */
export function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (expected !== undefined && t !== expected)
      throw new FormulaError("#VALUE!", `expected ${expected} in ${formula}`);
    return t;
  };

  const level = (depth: number): Node => {
    if (depth === LEVELS.length) return unary();
    let left = level(depth + 1);
    while (peek() !== undefined && LEVELS[depth].includes(peek())) {
      const op = take();
      left = { kind: "binary", op, left, right: level(depth + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (peek() === "-" || peek() === "+") return { kind: "unary", op: take(), arg: unary() };
    return primary();
  };
  const primary = (): Node => {
    const t = take();
    if (t === undefined) throw new FormulaError("#VALUE!", `unexpected end of ${formula}`);
    if (t === "(") {
      const inner = level(0);
      take(")");
      return inner;
    }
    if (t.startsWith('"')) return { kind: "text", value: t.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(t)) return { kind: "number", value: Number(t) };
    if (/^\$?[A-Z]{1,3}\$?\d+$/.test(t)) {
      const from = t.replace(/\$/g, "");
      if (peek() === ":") {
        take();
        return { kind: "ref", from, to: take().replace(/\$/g, "") };
      }
      return { kind: "ref", from };
    }
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(t)) {
      if (peek() === "(") {
        take();
        const args: (Node | null)[] = [];
        if (peek() === ")") take();
        else {
          for (;;) {
            args.push(peek() === "," || peek() === ")" ? null : level(0));
            if (take() === ")") break;
          }
        }
        return { kind: "call", name: t, args };
      }
      if (/^(TRUE|FALSE)$/i.test(t)) return { kind: "bool", value: t.toUpperCase() === "TRUE" };
      return { kind: "name", name: t };
    }
    throw new FormulaError("#VALUE!", `cannot read "${t}" in ${formula}`);
  };

  const node = level(0);
  if (i !== tokens.length)
    throw new FormulaError("#VALUE!", `unexpected "${tokens[i]}" in ${formula}`);
  return node;
}

function tokenize(formula: string): string[] {
  const pattern =
    /\s*("(?:[^"]|"")*"|\d+(?:\.\d+)?(?:E[+-]?\d+)?|\$?[A-Z]{1,3}\$?\d+(?![A-Za-z_(])|[A-Za-z_][A-Za-z0-9_.]*|<>|<=|>=|[-+*/^&=<>(),:])/gy;
  const tokens: string[] = [];
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < formula.length) {
    pattern.lastIndex = at;
    m = pattern.exec(formula);
    if (!m) {
      if (/^\s*$/.test(formula.slice(at))) break;
      throw new FormulaError("#VALUE!", `cannot read "${formula.slice(at)}"`);
    }
    tokens.push(m[1]);
    at = pattern.lastIndex;
  }
  return tokens;
}
