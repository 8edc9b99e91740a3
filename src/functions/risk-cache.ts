/**
 * Simulations remembered by their arguments, so a sheet full of statistics over the same
 * arguments runs one simulation: nothing in the functions is volatile, and the same arguments
 * always give the same numbers, so a remembered result is the result. Bounded in bytes (a
 * million trials are 8 MB), least recently used first out.
 *
 * A simulation of up to SYNC_TRIALS trials (a few milliseconds) is computed in the call; a
 * larger one runs as a job in slices (async.ts) that every call asking for it while it runs
 * waits for, and that stops when all of them are canceled. The drivers, a second pass over
 * the same draws, are computed on first use the same way.
 */
import {
  driversSteps,
  finish,
  moments,
  recordingSteps,
  simulate,
  simulationSteps,
  type Driver,
  type Moments,
  type RiskRequest,
  type Simulation,
  type Steps,
} from "../model";
import { Canceled, startJob, type Job } from "./async";
import { BudgetCache, bytesOf, OBJECT_BYTES, RISK_CACHE_BYTES } from "./budget";

/** Above this many trials a simulation (or its drivers) runs as a job: 10,000 take about 10 ms. */
export const SYNC_TRIALS = 10_000;

/** A simulation with what is derived from it. */
export interface CachedRun {
  /** The arguments' key, as given to cachedRun. */
  readonly key: string;
  readonly simulation: Simulation;
  readonly moments: Moments;
  /** What was simulated, with the overrides as their effective pairs (for the drivers' pass). */
  readonly request: RiskRequest;
  /** Set once computed (driversOf). */
  drivers?: readonly Driver[];
}

/** What a waiting call can be told: Excel's invocation of a cancelable function. */
export interface Waiter {
  onCanceled?: () => void;
}

const done = new BudgetCache<CachedRun>(RISK_CACHE_BYTES, runBytes);
const running = new Map<string, { job: Job<unknown>; waiting: number }>();
/** The last hit: a sheet asks for many statistics of one simulation in a row. */
let lastKey = "";
let lastRun: CachedRun | undefined;

/** The simulation for `request`, whose `key` must identify its arguments exactly. */
export function cachedRun(
  key: string,
  request: RiskRequest,
  waiter?: Waiter
): CachedRun | Promise<CachedRun> {
  if (key === lastKey && lastRun) return lastRun;
  const hit = done.get(key);
  if (hit) return remember(key, hit);
  if (request.trials <= SYNC_TRIALS) return keep(runOf(key, request, simulate(request)));
  return join(
    key,
    waiter,
    () => simulationSteps(request),
    (s) => keep(runOf(key, request, s))
  );
}

/** The drivers of a cached run, computed on first use. */
export function driversOf(
  run: CachedRun,
  waiter?: Waiter
): readonly Driver[] | Promise<readonly Driver[]> {
  if (run.drivers) return run.drivers;
  const steps = function* (): Steps<Driver[]> {
    return yield* driversSteps(yield* recordingSteps(run.request));
  };
  const store = (rows: readonly Driver[]) => {
    run.drivers = rows;
    return rows;
  };
  if (run.request.trials <= SYNC_TRIALS) return store(finish(steps()));
  return join(`drivers|${run.key}`, waiter, steps, store);
}

/** Bytes the remembered simulations hold now (for the bench and tests). */
export function riskHeld(): number {
  return done.bytes;
}

/** How many jobs are running now (for tests). */
export function jobsRunning(): number {
  return running.size;
}

/**
 * Waits for the job computing `key`, starting it if none runs. Each waiter that Excel cancels
 * leaves; when none is left, the job stops and is forgotten, so asking again starts afresh.
 */
function join<T, R>(
  key: string,
  waiter: Waiter | undefined,
  steps: () => Steps<T>,
  then: (value: T) => R
): Promise<R> {
  let entry = running.get(key);
  if (!entry) {
    const job = startJob(steps());
    const settled = job.promise.then(
      (value) => {
        running.delete(key);
        return then(value);
      },
      (e: unknown) => {
        if (!(e instanceof Canceled)) running.delete(key);
        throw e;
      }
    );
    entry = { job: { promise: settled, cancel: job.cancel }, waiting: 0 };
    running.set(key, entry);
  }
  const current = entry;
  current.waiting++;
  if (waiter) {
    waiter.onCanceled = () => {
      if (--current.waiting > 0) return;
      current.job.cancel();
      if (running.get(key) === current) running.delete(key);
    };
  }
  return current.job.promise as Promise<R>;
}

function runOf(key: string, request: RiskRequest, simulation: Simulation): CachedRun {
  return { key, simulation, moments: moments(simulation), request };
}

function keep(run: CachedRun): CachedRun {
  done.set(run.key, run);
  return remember(run.key, run);
}

function remember(key: string, run: CachedRun): CachedRun {
  lastKey = key;
  lastRun = run;
  return run;
}

/** The sorted results, the inputs' names, the request's overrides and room for the drivers. */
function runBytes(run: CachedRun): number {
  const driverRows = run.simulation.inputs.length * 4 * OBJECT_BYTES;
  return (
    4 * OBJECT_BYTES +
    run.simulation.sorted.byteLength +
    bytesOf(run.simulation.inputs) +
    bytesOf(run.key) +
    bytesOf(run.request.overrides) +
    driverRows
  );
}
