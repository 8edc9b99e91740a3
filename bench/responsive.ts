/**
 * The bench's third-release rows: Excel's one thread never held past 100 ms, memory bounded,
 * and the overrides path beside the plain one.
 */
import { performance } from "perf_hooks";
import v8 from "v8";
import vm from "vm";
import { ASSUMPTION_NAMES, resolveAssumptions } from "../src/model";
import { renderSheet } from "../src/sheets";
import { evaluate, observeCalls } from "../support/spreadsheet";
import { OVERRIDES_CALL } from "./calls";
import { fmt, rate, type Row } from "./measure";

type Call = (id: string) => (...args: unknown[]) => unknown;

/** The event loop's longest stall, in ms, while `run` and everything it awaits complete. */
async function stallWhile(run: () => unknown): Promise<{ ms: number; stall: number }> {
  let worst = 0;
  let last = performance.now();
  let running = true;
  // A tick queued behind whatever else is queued: the gap between two is how long the thread
  // was held, which in Excel is how long the pane and every other function wait.
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await run();
  running = false;
  const end = performance.now();
  return { ms: end - start, stall: Math.max(worst, end - last) };
}

/** The heaviest valid calls, each on a fresh seed so that none is answered from the cache. */
async function stalls(call: Call, quick: boolean, rows: Row[]): Promise<void> {
  const trials = quick ? 20_000 : 1_000_000;
  let seed = 1_000;
  const heavy: [string, () => unknown][] = [
    ["LOCKIN_DRIVERS", () => call("LOCKIN_DRIVERS")(100, null, null, trials, ++seed, null)],
    [
      "LOCKIN_HISTOGRAM (100 bins)",
      () => call("LOCKIN_HISTOGRAM")(100, null, 100, null, trials, ++seed, null),
    ],
    [
      "LOCKIN_RISK P90",
      () => call("LOCKIN_RISK")(100, [["P90"]], null, null, trials, ++seed, null),
    ],
  ];
  for (const [label, f] of heavy) {
    const { ms, stall } = await stallWhile(f);
    rows.push({
      measure: `${label}, ${fmt(trials)} trials × 100 years: time to result; longest stall (ms)`,
      value: `${fmt(ms)}; ${fmt(stall, 1)}`,
      budget: "stall ≤ 100",
      pass: stall <= 100,
      speed: true,
    });
  }
  // A Risk sheet recalculation: the SOVAI calls HyperFormula makes evaluating the sheet are
  // recorded (not run), then sent all at once as Excel sends a recalculation's batch.
  const sheet = renderSheet("risk", {
    scenario: "base",
    horizon: 30,
    entity: "Total",
    currency: "USD",
    trials,
    seed: 4_242,
  });
  const batch: [string, readonly unknown[]][] = [];
  observeCalls((id, args) => {
    batch.push([id, args]);
    return 0;
  });
  evaluate(sheet);
  observeCalls(null);
  const { ms, stall } = await stallWhile(() =>
    Promise.all(batch.map(([id, args]) => call(id)(...args)))
  );
  rows.push({
    measure: `Risk sheet recalculation at ${fmt(trials)} trials (${batch.length} SOVAI calls): time to final values; longest stall (ms)`,
    value: `${fmt(ms)}; ${fmt(stall, 1)}`,
    budget: "stall ≤ 100",
    pass: stall <= 100,
    speed: true,
  });
}

/** Memory kept after calls with distinct whole-column overrides (B:C, three rows used). */
function memory(call: Call, quick: boolean, rows: Row[]): void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const used = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const calls = quick ? 10 : 100;
  const before = used();
  const blank = [null, null];
  for (let i = 0; i < calls; i++) {
    const top = [
      ["licence_attach_rate", (i + 1) / (calls + 1)],
      ["refresh_cycle_years", 4],
      ["currency", "KRW"],
    ];
    const columns = Array.from({ length: 1_048_576 }, (_, r) => top[r] ?? blank);
    if (i % 2 === 0) call("LOCKIN_COST")([[10]], null, null, columns);
    else call("LOCKIN_RISK")(10, null, null, columns, null, null, null);
  }
  const kept = (used() - before) / 2 ** 20;
  rows.push({
    measure: `memory kept after ${calls} calls with distinct whole-column overrides (MB)`,
    value: fmt(kept, 1),
    budget: "≤ 100",
    pass: kept <= 100,
  });
}

/** The overrides path beside the plain one, alternating short runs so that both see the same machine. */
function ratio(call: Call, quick: boolean, rows: Row[]): void {
  const high = resolveAssumptions("high");
  const block: unknown[][] = [...ASSUMPTION_NAMES.map((n) => [n, high[n]]), ["currency", "USD"]];
  const plain = () => call("LOCKIN_COST")([[30]], null, null, null);
  const overrides = () => call("LOCKIN_COST")([[30]], [["Total"]], "high", block);
  const timing = { runs: 1, msPerRun: quick ? 10 : 100, warmupMs: quick ? 5 : 50 };
  const ratios = Array.from({ length: quick ? 3 : 15 }, () => {
    const a = rate(plain, timing).perSecond;
    return rate(overrides, timing).perSecond / a;
  }).sort((x, y) => x - y);
  const median = ratios[ratios.length >> 1];
  rows.push({
    measure: `ratio ${OVERRIDES_CALL} ÷ LOCKIN_COST(30), calls/s (median of alternating runs)`,
    value: `${fmt(median, 2)} ×`,
    budget: "≥ 0.8",
    pass: median >= 0.8,
    speed: true,
  });
}

/** Every row of this file, in table order. */
export async function responsiveRows(call: Call, quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  ratio(call, quick, rows);
  await stalls(call, quick, rows);
  memory(call, quick, rows);
  return rows;
}
