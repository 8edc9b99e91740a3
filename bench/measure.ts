/** Timing helpers for the benchmark (warm-up, then the median of several timed runs) and its table's rows. */

/** One row of the bench's table. */
export interface Row {
  measure: string;
  value: string;
  budget: string;
  pass?: boolean;
  /** A speed figure: not judged in quick mode, where runs are too short to mean anything. */
  speed?: boolean;
}

/** A number with thousands separators and a fixed number of decimals. */
export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface Rate {
  /** Operations per second, median of the runs. */
  perSecond: number;
  runs: number[];
}

/**
 * Calls `f` repeatedly for about `msPerRun` milliseconds per run, after a warm-up, and returns
 * the median rate. Batches of calls are timed together so the clock's cost does not dominate.
 */
export function rate(f: () => unknown, { runs = 5, msPerRun = 200, warmupMs = 200 } = {}): Rate {
  const spin = (ms: number) => {
    let calls = 0;
    const start = process.hrtime.bigint();
    const stop = start + BigInt(Math.round(ms * 1e6));
    let now = start;
    while (now < stop) {
      for (let i = 0; i < 1000; i++) f();
      calls += 1000;
      now = process.hrtime.bigint();
    }
    return (calls * 1e9) / Number(now - start);
  };
  spin(warmupMs);
  const measured = Array.from({ length: runs }, () => spin(msPerRun));
  return { perSecond: median(measured), runs: measured };
}

/** Median time of `runs` calls of an expensive `f`, in milliseconds. */
export function timeMs(f: () => unknown, runs = 15): number {
  f();
  return median(
    Array.from({ length: runs }, () => {
      const start = process.hrtime.bigint();
      f();
      return Number(process.hrtime.bigint() - start) / 1e6;
    })
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
