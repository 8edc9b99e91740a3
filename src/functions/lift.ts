/* global CustomFunctions */
import { failure } from "../model";
import { excelError } from "./excel-errors";
import { usedArea } from "./range";

/** A cell a function may return: a value, or an error shown in that cell of a spill. */
export type Out = string | number | CustomFunctions.Error;

/** Arguments larger than this many cells memoise their parses and results (values repeat). */
const MEMO_FROM = 64;

/** A parse that failed, carrying the error its cells show; cached so the error is built once. */
class Failure {
  constructor(readonly out: CustomFunctions.Error) {}
}

/**
 * Calls `compute` once per cell of `arg` and returns the results in the same shape, the way
 * Excel lifts a built-in function over a range. A scalar (or omitted) argument is one cell.
 *
 * A single cell's error is thrown, so the cell shows it with its message; in a spill, each
 * cell carries its own error. Big ranges memoise by distinct value: a 1,000×1,000 range of
 * the same entity parses and computes once.
 * @example lift1([[1], [2]], yearsArg, (n) => n * 2) // [[2],[4]]
 */
export function lift1<A, C1 = undefined, C2 = undefined>(
  arg: unknown,
  parse: (raw: unknown) => A,
  compute: (a: A, c1: C1, c2: C2) => Out,
  c1?: C1,
  c2?: C2
): Out[][] {
  const grid = asGrid(arg);
  // The common single-value call allocates nothing but its 1×1 result.
  if (grid === null) return [[compute(parse(scalarOf(arg)), c1 as C1, c2 as C2)]];
  const memo = cellCount(grid) >= MEMO_FROM ? new Map<unknown, Out>() : null;
  const out: Out[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const line: Out[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      let value = memo === null ? undefined : memo.get(raw);
      if (value === undefined) {
        const a = parseCell(raw, parse);
        value = a instanceof Failure ? a.out : computeCell(compute, a, c1 as C1, c2 as C2);
        if (memo !== null) memo.set(raw, value);
      }
      line[c] = value;
    }
    out[r] = line;
  }
  return out;
}

/**
 * Two-argument lifting with Excel's broadcasting: the result has the larger row count and the
 * larger column count; a dimension of size 1 repeats; a cell outside the smaller argument is
 * `#N/A`, as in `=A1:A3+B1:B2`.
 * @example lift2([[10, 20]], yearsArg, [[5]], (c) => numberArg(c, "cycle"), upgradeCycles) // [[2,4]]
 */
export function lift2<A, B, C1 = undefined, C2 = undefined>(
  a: unknown,
  parseA: (raw: unknown) => A,
  b: unknown,
  parseB: (raw: unknown) => B,
  compute: (a: A, b: B, c1: C1, c2: C2) => Out,
  c1?: C1,
  c2?: C2
): Out[][] {
  const gridA = asGrid(a);
  const gridB = asGrid(b);
  if (gridA === null && gridB === null) {
    return [[compute(parseA(scalarOf(a)), parseB(scalarOf(b)), c1 as C1, c2 as C2)]];
  }
  if (gridB === null) {
    const fixed = parseCell(scalarOf(b), parseB);
    return fixed instanceof Failure
      ? fill(gridA!, fixed.out)
      : lift1(a, parseA, (x) => compute(x, fixed, c1 as C1, c2 as C2));
  }
  if (gridA === null) {
    const fixed = parseCell(scalarOf(a), parseA);
    return fixed instanceof Failure
      ? fill(gridB, fixed.out)
      : lift1(b, parseB, (y) => compute(fixed, y, c1 as C1, c2 as C2));
  }
  const rows = Math.max(gridA.length, gridB.length);
  const cols = Math.max(gridA[0].length, gridB[0].length);
  const big = rows * cols >= MEMO_FROM;
  const memoA = big ? new Map<unknown, A | Failure>() : null;
  const memoB = big ? new Map<unknown, B | Failure>() : null;
  // Parsed values repeat (100 possible horizons, a handful of entities), so results do too.
  const results = big ? new Map<A, Map<B, Out>>() : null;
  let mismatch: Out | undefined;
  const out: Out[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: Out[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const rawA = pick(gridA, r, c);
      const rawB = pick(gridB, r, c);
      if (rawA === OUTSIDE || rawB === OUTSIDE) {
        mismatch ??= excelError(failure("rangeSizes"));
        line[c] = mismatch;
        continue;
      }
      const x = memoised(memoA, rawA, parseA);
      if (x instanceof Failure) {
        line[c] = x.out;
        continue;
      }
      const y = memoised(memoB, rawB, parseB);
      if (y instanceof Failure) {
        line[c] = y.out;
        continue;
      }
      line[c] =
        results === null
          ? computeCell2(compute, x, y, c1 as C1, c2 as C2)
          : resultOnce(results, compute, x, y, c1 as C1, c2 as C2);
    }
    out[r] = line;
  }
  return out;
}

/**
 * The cells of a range argument with more than one cell, read up to its last non-blank row
 * and column (range.ts), or null for a single value (a scalar, an omitted argument, a 1×1
 * range, or a range with one used cell).
 * @throws ModelError `value` for an empty or ragged range; `num` for one too large to compute.
 */
export function asGrid(arg: unknown): unknown[][] | null {
  if (!Array.isArray(arg)) return null;
  const first: unknown = arg[0];
  if (!Array.isArray(first) || first.length === 0) throw failure("emptyRange");
  for (let r = 1; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row) || row.length !== first.length) {
      throw failure("raggedRange");
    }
  }
  if (arg.length === 1 && first.length === 1) return null;
  const used = usedArea(arg as unknown[][]);
  return used.length === 1 && used[0].length === 1 ? null : used;
}

/** The value of a single-value argument: a scalar as is, a range's first cell. */
function scalarOf(arg: unknown): unknown {
  return Array.isArray(arg) ? (arg[0] as unknown[])[0] : arg;
}

const OUTSIDE = Symbol("outside");

function pick(grid: unknown[][], r: number, c: number): unknown {
  const row = grid.length === 1 ? grid[0] : grid[r];
  if (row === undefined) return OUTSIDE;
  return row.length === 1 ? row[0] : c < row.length ? row[c] : OUTSIDE;
}

function parseCell<T>(raw: unknown, parse: (raw: unknown) => T): T | Failure {
  try {
    return parse(raw);
  } catch (e) {
    return new Failure(excelError(e));
  }
}

function memoised<T>(
  memo: Map<unknown, T | Failure> | null,
  raw: unknown,
  parse: (raw: unknown) => T
): T | Failure {
  if (memo === null) return parseCell(raw, parse);
  let value = memo.get(raw);
  if (value === undefined) memo.set(raw, (value = parseCell(raw, parse)));
  return value;
}

function computeCell<A, C1, C2>(compute: (a: A, c1: C1, c2: C2) => Out, a: A, c1: C1, c2: C2): Out {
  try {
    return compute(a, c1, c2);
  } catch (e) {
    return excelError(e);
  }
}

/** A two-argument cell's computation, with the two constants every cell shares. */
type Compute2<A, B, C1, C2> = (a: A, b: B, c1: C1, c2: C2) => Out;

function computeCell2<A, B, C1, C2>(f: Compute2<A, B, C1, C2>, a: A, b: B, c1: C1, c2: C2): Out {
  try {
    return f(a, b, c1, c2);
  } catch (e) {
    return excelError(e);
  }
}

function resultOnce<A, B, C1, C2>(
  results: Map<A, Map<B, Out>>,
  compute: Compute2<A, B, C1, C2>,
  a: A,
  b: B,
  c1: C1,
  c2: C2
): Out {
  let byB = results.get(a);
  if (byB === undefined) results.set(a, (byB = new Map()));
  let out = byB.get(b);
  if (out === undefined) byB.set(b, (out = computeCell2(compute, a, b, c1, c2)));
  return out;
}

function fill(grid: unknown[][], value: Out): Out[][] {
  return grid.map((row) => row.map(() => value));
}

function cellCount(grid: unknown[][]): number {
  return grid.length * grid[0].length;
}
