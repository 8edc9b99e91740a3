/**
 * Large simulations run as jobs that give the thread back between slices: the numbers are
 * those of the one-piece simulation (simulate, record: the model run without a job), calls for the same
 * arguments share one job, Excel's cancelation stops it, and a cached result answers at once.
 * No assertion here is about time: the bench measures stalls.
 */
import * as model from "../../src/model";
import * as F from "../../src/functions";
import { isPromise } from "../../src/functions/async";
import { jobsRunning, SYNC_TRIALS } from "../../src/functions/risk-cache";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";

type Loose = (...args: unknown[]) => unknown;
const riskTable = F.lockinRiskTable as unknown as Loose;
const histogram = F.lockinHistogram as unknown as Loose;
const drivers = F.lockinDrivers as unknown as Loose;
const risk = F.lockinRisk as unknown as Loose;

/** What Excel passes a cancelable function last; Excel calls onCanceled when it cancels. */
const invocation = (): { onCanceled?: () => void } => ({});

/** Calls of every measure, small and large (sliced), with and without overrides. */
const CASES = [
  { years: 30, entity: null, overrides: null, trials: 200_000, seed: 7, measure: "cost" },
  {
    years: 100,
    entity: "Samsung",
    overrides: [["currency", "KRW"]],
    trials: 120_000,
    seed: 42,
    measure: "premium",
  },
  {
    years: 10,
    entity: null,
    overrides: [["pue", 1.2]],
    trials: 50_000,
    seed: 1,
    measure: "switching",
  },
  { years: 10, entity: null, overrides: null, trials: 10_000, seed: 1, measure: "cost" },
] as const;

describe("results are the one-piece simulation's, however the call is sliced", () => {
  it.each(CASES.map((c) => [c.trials, c.measure, c] as const))(
    "%d trials, %s",
    async (_trials, _measure, a) => {
      const request = {
        years: a.years,
        entity: model.parseEntity(a.entity),
        overrides: a.overrides as model.Cell[][] | null,
        trials: a.trials,
        seed: a.seed,
        measure: a.measure,
      };
      const sim = model.simulate(request);
      const table = await riskTable(a.years, a.entity, a.overrides, a.trials, a.seed, a.measure);
      expect(table).toEqual(model.riskTable(sim));
      const bins = await histogram(a.years, a.entity, 20, a.overrides, a.trials, a.seed, a.measure);
      expect(bins).toEqual(model.histogram(sim, 20));
      const ranked = await drivers(a.years, a.entity, a.overrides, a.trials, a.seed, a.measure);
      expect(ranked).toEqual(model.driversTable(model.drivers(model.record(request))));
    },
    60_000
  );
});

describe("a simulation too large for one call", () => {
  const TRIALS = 4 * SYNC_TRIALS;

  it("answers with a promise; calls while it runs share one job; afterwards answers at once", async () => {
    const spy = jest.spyOn(model, "simulationSteps");
    try {
      const first = riskTable(11, "NAVER", null, TRIALS, 5, null);
      const second = risk(11, [["P90"]], "NAVER", null, TRIALS, 5, null);
      expect(isPromise(first)).toBe(true);
      expect(isPromise(second)).toBe(true);
      expect(jobsRunning()).toBe(1);
      const [table, p90] = (await Promise.all([first, second])) as [[string, number][], number[][]];
      expect(spy).toHaveBeenCalledTimes(1);
      expect(jobsRunning()).toBe(0);
      expect(p90[0][0]).toBe(new Map(table.slice(1)).get("P90"));
      const cached = risk(11, [["P90"]], "NAVER", null, TRIALS, 5, null);
      expect(isPromise(cached)).toBe(false);
      expect(cached).toEqual(p90);
    } finally {
      spy.mockRestore();
    }
  });

  it("gives the thread back between slices: a task queued after the call runs before it ends", async () => {
    const order: string[] = [];
    const result = (riskTable(12, null, null, 20 * SYNC_TRIALS, 3, null) as Promise<unknown>).then(
      () => order.push("simulation")
    );
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push("other task");
        resolve();
      }, 0)
    );
    await result;
    expect(order).toEqual(["other task", "simulation"]);
  });

  it("stops when Excel cancels every call waiting for it, and starts afresh when asked again", async () => {
    const a = invocation();
    const b = invocation();
    const first = riskTable(13, null, null, 30 * SYNC_TRIALS, 8, null, a) as Promise<unknown>;
    const second = histogram(13, null, 5, null, 30 * SYNC_TRIALS, 8, null, b) as Promise<unknown>;
    expect(jobsRunning()).toBe(1);
    a.onCanceled!();
    expect(jobsRunning()).toBe(1); // b still waits
    b.onCanceled!();
    expect(jobsRunning()).toBe(0);
    // Excel ignores a canceled call's answer; the job's promise still settles, as an error.
    await expect(first).rejects.toBeInstanceOf(StubCustomFunctionsError);
    await expect(second).rejects.toBeInstanceOf(StubCustomFunctionsError);
    const again = riskTable(13, null, null, 30 * SYNC_TRIALS, 8, null, invocation());
    expect(jobsRunning()).toBe(1);
    const table = (await again) as [string, number][];
    expect(table[13]).toEqual(["Trials", 30 * SYNC_TRIALS]);
  });

  it("finishes for the call still waiting when another is canceled", async () => {
    const gone = invocation();
    const stays = invocation();
    const canceled = risk(14, null, null, null, 3 * SYNC_TRIALS, 9, null, gone) as Promise<unknown>;
    const kept = risk(14, null, null, null, 3 * SYNC_TRIALS, 9, null, stays);
    gone.onCanceled!();
    const mean = ((await kept) as number[][])[0][0];
    const sim = model.simulate({
      years: 14,
      entity: model.parseEntity(null),
      overrides: null,
      trials: 3 * SYNC_TRIALS,
      seed: 9,
      measure: "cost",
    });
    expect(mean).toBe(model.moments(sim).mean);
    await expect(canceled).resolves.toEqual([[mean]]);
  });

  it("checks its arguments before anything runs: a bad one throws in the call", () => {
    expect(() => riskTable(10, null, null, 2_000_000)).toThrow(StubCustomFunctionsError);
    expect(jobsRunning()).toBe(0);
  });
});
