/* global MessageChannel, performance, setTimeout */
/**
 * Long computations without freezing Excel. Every custom function, the task pane and Excel's
 * own calls to the add-in share the runtime's one thread, so a simulation of a million trials
 * runs as a job: the model's steps (model/risk/steps.ts) are taken for at most SLICE_MS, then
 * the thread is given back, and the job goes on in a later task. Jobs are cancelable, since
 * Excel cancels a call whose cell is edited or recalculated before it answers.
 *
 * Excel's runtime treats a function's result as asynchronous only when it is a thenable (it
 * checks `typeof result.then === "function"`), so one function can answer from a cache at once
 * and with a promise when it must compute: `settle` does both.
 */
import type { Steps } from "../model";
import { excelError } from "./excel-errors";

/** Longest a job holds the thread before giving it back: a fifth of Excel's 100 ms. */
export const SLICE_MS = 20;

/** A job's rejection when every caller waiting for it was canceled. */
export class Canceled extends Error {
  constructor() {
    super("canceled");
  }
}

/** A running job: its result to come, and a way to stop it between two slices. */
export interface Job<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

/**
 * Runs `steps` in slices of at most about SLICE_MS, each in its own task; the first slice
 * starts after the current task, so a batch of calls Excel sent together all return first.
 * `await startJob(simulationSteps(request)).promise` gives the same Simulation as
 * `simulate(request)`.
 * @example isPromise(startJob(sortSteps(Float64Array.from([2, 1]))).promise) // true
 */
export function startJob<T>(steps: Steps<T>): Job<T> {
  let canceled = false;
  const promise = new Promise<T>((resolve, reject) => {
    const slice = (): void => {
      if (canceled) return reject(new Canceled());
      try {
        const end = now() + SLICE_MS;
        for (;;) {
          const r = steps.next();
          if (r.done) return resolve(r.value);
          if (now() >= end) break;
        }
      } catch (e) {
        return reject(e);
      }
      nextTask(slice);
    };
    nextTask(slice);
  });
  return {
    promise,
    cancel: () => {
      canceled = true;
    },
  };
}

/**
 * `then(value)` now when `value` is ready, or when its promise settles; a failure becomes the
 * Excel error the function shows. Typed as a promise for the metadata generator, which reads
 * the declared return type to describe the result (a matrix).
 * @example settle(20, (n) => n + 1) // 21
 */
export function settle<T, R>(value: T | Promise<T>, then: (ready: T) => R): Promise<R> {
  if (!isPromise(value)) return then(value) as unknown as Promise<R>;
  return value.then(then).catch((e: unknown) => {
    throw excelError(e);
  });
}

export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/**
 * Calls `f` in a new task. A MessageChannel message is a task with no delay; setTimeout(0),
 * the fallback, is clamped to 4 ms once nested, which would idle a job a sixth of its time.
 */
function nextTask(f: () => void): void {
  if (typeof MessageChannel !== "function") {
    // A runtime with neither (none that runs this add-in, which needs a shared runtime: a
    // browser page) would still get its answer, computed without pauses.
    if (typeof setTimeout === "function") setTimeout(f, 0);
    else f();
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    // Closed so that Node, where tests and the bench run, is not kept alive by an open port.
    channel.port1.close();
    f();
  };
  channel.port2.postMessage(null);
}

function now(): number {
  return typeof performance === "undefined" ? Date.now() : performance.now();
}
