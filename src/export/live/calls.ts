/**
 * The SOVAI calls in a formula, found as text: where each starts and ends and its arguments as
 * written, so the export can put a native expression in a call's place and leave the rest of the
 * formula as the template wrote it.
 */

/** One `SOVAI.ID(…)` in a formula. */
export interface SovaiCall {
  readonly id: string;
  /** The call as written, "SOVAI.ID(…)", and where it stands in the formula. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Each argument as written, trimmed; "" for an omitted one. */
  readonly args: readonly string[];
}

/**
 * The SOVAI calls of `formula`, outermost first, left to right (a call inside another call's
 * arguments is part of that argument).
 * @example sovaiCalls('=SOVAI.KOREA_GPUS($A18,"base")*2')[0].args // ["$A18", "\"base\""]
 */
export function sovaiCalls(formula: string): SovaiCall[] {
  const calls: SovaiCall[] = [];
  const pattern = /SOVAI\.([A-Z_]+)\(/gi;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(formula)) !== null) {
    if (insideText(formula, m.index)) continue;
    const open = m.index + m[0].length - 1;
    const { close, args } = argumentsFrom(formula, open);
    calls.push({
      id: m[1].toUpperCase(),
      text: formula.slice(m.index, close + 1),
      start: m.index,
      end: close + 1,
      args,
    });
    pattern.lastIndex = close + 1;
  }
  return calls;
}

/**
 * `formula` with each SOVAI call replaced by what `native` gives for it, in parentheses; a call
 * it gives null for stays, and then so does the whole formula (null).
 * @example replaceCalls("=SOVAI.UPGRADE_CYCLES(10,5)+1", () => "2") // "=(2)+1"
 */
export function replaceCalls(
  formula: string,
  native: (call: SovaiCall) => string | null
): string | null {
  let out = "";
  let at = 0;
  for (const call of sovaiCalls(formula)) {
    const expression = native(call);
    if (expression === null) return null;
    out += `${formula.slice(at, call.start)}(${expression})`;
    at = call.end;
  }
  return out + formula.slice(at);
}

/** The arguments of the call whose "(" is at `open`, split at its own commas. */
function argumentsFrom(formula: string, open: number): { close: number; args: string[] } {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = open + 1;
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if ((ch === "," || ch === ")") && depth === 0) {
      args.push(formula.slice(from, i).trim());
      from = i + 1;
      if (ch === ")") return { close: i, args: args.length === 1 && args[0] === "" ? [] : args };
    }
  }
  throw new Error(`Unclosed call in ${formula}`);
}

/** Whether position `at` is inside a quoted text in `formula`. */
function insideText(formula: string, at: number): boolean {
  let quoted = false;
  for (let i = 0; i < at; i++) if (formula[i] === '"') quoted = !quoted;
  return quoted;
}
