/**
 * Work done in bounded steps. Excel runs every custom function on one thread, so a simulation
 * of a million trials must not run in one piece: the model writes its long computations as
 * generators that stop after each bounded step (a few thousand trials, one sorted run), and
 * whoever drives them decides when to give the thread back (src/functions/scheduler.ts).
 * `finish` drives one to the end in place, so the stepped and the one-piece computation are
 * the same code and give the same numbers.
 */

/** A computation in steps: each `next()` does a bounded amount of work; the last returns the result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs every step now and returns the result.
 * @example finish((function* () { yield; return 42; })()) // 42
 */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Trials evaluated between two steps: about 3 ms at 100 years on a laptop core. */
export const STEP_TRIALS = 4_096;
/** Elements sorted or merged between two steps: about 5 ms. */
const STEP_SORT = 65_536;

/**
 * Sorts `values` ascending in place, in steps: runs of STEP_SORT elements sorted natively, then
 * merged pairwise. The order equals `values.sort()` (numeric, −0 before +0), so statistics of a
 * stepped simulation are those of a one-piece one.
 * @example ((v) => (finish(sortSteps(v)), Array.from(v)))(Float64Array.from([3, 1, 2])) // [1, 2, 3]
 */
export function* sortSteps(values: Float64Array): Steps<void> {
  const n = values.length;
  if (n <= STEP_SORT) {
    values.sort();
    return;
  }
  for (let start = 0; start < n; start += STEP_SORT) {
    values.subarray(start, Math.min(n, start + STEP_SORT)).sort();
    yield;
  }
  let from: Float64Array = values;
  let to: Float64Array = new Float64Array(n);
  for (let width = STEP_SORT; width < n; width *= 2) {
    let budget = STEP_SORT;
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const end = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      for (let k = left; k < end; k++) {
        to[k] = j >= end || (i < mid && !before(from[j], from[i])) ? from[i++] : from[j++];
        if (--budget === 0) {
          budget = STEP_SORT;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
}

/** True when b sorts strictly before a: smaller, or −0 against +0 as TypedArray sort orders them. */
function before(b: number, a: number): boolean {
  return b < a || (b === 0 && a === 0 && 1 / b < 1 / a);
}
