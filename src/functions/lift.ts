/* global CustomFunctions */
import { ModelError } from "../model";
import { excelError } from "./excel-errors";

/** A cell a function may return: a value, or an error shown in that cell of a spill. */
export type Out = string | number | CustomFunctions.Error;

/** Arguments larger than this many cells memoise their parses and results (values repeat). */
const MEMO_FROM = 64;

/**
 * Calls `compute` once per cell of `arg` and returns the results in the same shape, the way
 * Excel lifts a built-in function over a range. A scalar (or omitted) argument is one cell.
 *
 * A single cell's error is thrown, so the cell shows it with its message; in a spill, each
 * cell carries its own error. Big ranges memoise by distinct value: a 1,000×1,000 range of
 * the same entity parses it once.
 * @example lift1([[1], [2]], yearsArg, (n) => n * 2) // [[2],[4]]
 */
export function lift1<A>(
  arg: unknown,
  parse: (raw: unknown) => A,
  compute: (a: A) => Out
): Out[][] {
  const grid = asGrid(arg);
  if (grid === null) return [[compute(parse(scalarOf(arg)))]];
  const memo = cellCount(grid) >= MEMO_FROM ? new Map<unknown, Out>() : null;
  return grid.map((row) =>
    row.map((raw) => {
      const hit = memo?.get(raw);
      if (hit !== undefined) return hit;
      const out = attempt(() => compute(parse(raw)));
      memo?.set(raw, out);
      return out;
    })
  );
}

/**
 * Two-argument lifting with Excel's broadcasting: the result has the larger row count and the
 * larger column count; a dimension of size 1 repeats; a cell outside the smaller argument is
 * `#N/A`, as in `=A1:A3+B1:B2`.
 * @example lift2([[10, 20]], yearsArg, [[5]], (c) => numberArg(c, "cycle"), upgradeCycles) // [[2,4]]
 */
export function lift2<A, B>(
  a: unknown,
  parseA: (raw: unknown) => A,
  b: unknown,
  parseB: (raw: unknown) => B,
  compute: (a: A, b: B) => Out
): Out[][] {
  const gridA = asGrid(a);
  const gridB = asGrid(b);
  if (gridA === null && gridB === null)
    return [[compute(parseA(scalarOf(a)), parseB(scalarOf(b)))]];
  const ga = gridA ?? [[scalarOf(a)]];
  const gb = gridB ?? [[scalarOf(b)]];
  const rows = Math.max(ga.length, gb.length);
  const cols = Math.max(ga[0].length, gb[0].length);
  const big = rows * cols >= MEMO_FROM;
  const memoA = big ? new Map<unknown, A | ModelError>() : null;
  const memoB = big ? new Map<unknown, B | ModelError>() : null;
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Out[] = [];
    for (let c = 0; c < cols; c++) {
      const rawA = pick(ga, r, c);
      const rawB = pick(gb, r, c);
      if (rawA === OUTSIDE || rawB === OUTSIDE) {
        line.push(
          excelError(
            new ModelError("na", "The two ranges differ in size; this cell has no partner.")
          )
        );
        continue;
      }
      line.push(attempt(() => compute(parsed(memoA, rawA, parseA), parsed(memoB, rawB, parseB))));
    }
    out.push(line);
  }
  return out;
}

/**
 * The cells of a range argument with more than one cell, or null for a single value
 * (a scalar, an omitted argument or a 1×1 range).
 * @throws ModelError `value` for an empty or ragged range.
 */
export function asGrid(arg: unknown): unknown[][] | null {
  if (!Array.isArray(arg)) return null;
  if (arg.length === 0 || !arg.every((row) => Array.isArray(row) && row.length > 0)) {
    throw new ModelError("value", "The range is empty.");
  }
  const width = (arg[0] as unknown[]).length;
  if (!arg.every((row) => (row as unknown[]).length === width)) {
    throw new ModelError("value", "The range's rows differ in length.");
  }
  return arg.length === 1 && width === 1 ? null : (arg as unknown[][]);
}

/** The value of a single-value argument: a scalar as is, a 1×1 range's one cell. */
function scalarOf(arg: unknown): unknown {
  return Array.isArray(arg) ? (arg[0] as unknown[])[0] : arg;
}

const OUTSIDE = Symbol("outside");

function pick(grid: unknown[][], r: number, c: number): unknown {
  const row = grid.length === 1 ? grid[0] : grid[r];
  if (row === undefined) return OUTSIDE;
  return row.length === 1 ? row[0] : c < row.length ? row[c] : OUTSIDE;
}

function parsed<T>(
  memo: Map<unknown, T | ModelError> | null,
  raw: unknown,
  parse: (raw: unknown) => T
): T {
  if (memo === null) return parse(raw);
  let value = memo.get(raw);
  if (value === undefined) {
    try {
      value = parse(raw);
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      value = e;
    }
    memo.set(raw, value);
  }
  if (value instanceof ModelError) throw value;
  return value;
}

function attempt(f: () => Out): Out {
  try {
    return f();
  } catch (e) {
    return excelError(e);
  }
}

function cellCount(grid: unknown[][]): number {
  return grid.length * grid[0].length;
}
