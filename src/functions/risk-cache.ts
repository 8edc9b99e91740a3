/**
 * Simulations remembered by their arguments, so a sheet full of statistics over the same
 * arguments runs one simulation: nothing in the functions is volatile, and the same arguments
 * always give the same numbers, so a remembered result is the result. Bounded by count and by
 * the trials held (8 bytes each), least recently used first out.
 */
import {
  drivers,
  moments,
  record,
  simulate,
  type Driver,
  type Moments,
  type RiskRequest,
  type Simulation,
} from "../model";

const MAX_ENTRIES = 16;
/** At most 4 million results held (32 MB); one 1,000,000-trial simulation fits four times. */
const MAX_TRIALS_HELD = 4_000_000;

/** A simulation with what is derived from it on demand. */
export interface CachedRun {
  readonly simulation: Simulation;
  readonly moments: Moments;
  /** Computed on first use: a second run of the same draws, recording each input. */
  drivers(): readonly Driver[];
}

const cache = new Map<string, CachedRun>();
let held = 0;
/** The last hit: a sheet asks for many statistics of one simulation in a row. */
let lastKey = "";
let lastRun: CachedRun | undefined;

/** The simulation for `request`, whose `key` must identify its arguments exactly. */
export function cachedRun(key: string, request: RiskRequest): CachedRun {
  if (key === lastKey && lastRun) return lastRun;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order is the recency order
    cache.set(key, hit);
    lastKey = key;
    lastRun = hit;
    return hit;
  }
  const simulation = simulate(request);
  let driverRows: readonly Driver[] | undefined;
  const run: CachedRun = {
    simulation,
    moments: moments(simulation),
    drivers: () => (driverRows ??= drivers(record(request))),
  };
  cache.set(key, run);
  lastKey = key;
  lastRun = run;
  held += simulation.trials;
  for (const [k, v] of cache) {
    if (cache.size <= MAX_ENTRIES && held <= MAX_TRIALS_HELD) break;
    if (k === key) continue;
    cache.delete(k);
    held -= v.simulation.trials;
  }
  return run;
}
