/**
 * npm run bench: one table of the figures the performance budgets cover, measured on the production build.
 *   npm run bench            full run (about a minute); exits 1 if a budget is missed
 *   npm run bench -- --quick a few milliseconds per figure: checks the bench works, not speed
 */
import { readFileSync, readdirSync } from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { gzipSync } from "zlib";
import { insertSheet } from "../src/excel/insert-sheet";
import { parseEntity, record, simulate } from "../src/model";
import { freezeSovai } from "../src/freeze/snapshot";
import { renderSheet, SHEETS } from "../src/sheets";
import { StubCustomFunctionsError } from "../support/custom-functions-stub";
import { installFakeExcel } from "../support/recording-excel";
import { evaluate } from "../support/spreadsheet";
import { fmt, median, rate, timeMs, type Row } from "./measure";
import { callCases, OVERRIDES_CALL } from "./calls";
import { responsiveRows } from "./responsive";

const QUICK = process.argv.includes("--quick");
const DIST = path.join(__dirname, "../dist");
const timing = QUICK
  ? { runs: 3, msPerRun: 20, warmupMs: 20 }
  : { runs: 7, msPerRun: 300, warmupMs: 300 };

const rows: Row[] = [];

type Fn = (...args: unknown[]) => unknown;

/** Runs the functions bundle in this realm, as Excel's runtime does, collecting associations. */
function loadFunctions(source: string): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  const runtime = {
    Error: StubCustomFunctionsError,
    associate: (id: string, f: Fn) => associated.set(id, f),
  };
  vm.runInThisContext(`(function (CustomFunctions) {${source}\n})`)(runtime);
  return associated;
}

const source = readFileSync(path.join(DIST, "functions.js"), "utf8");
const fns = loadFunctions(source);
const call = (id: string) => fns.get(id)!;

// 1. Calls per second of each function at representative arguments.
const dependency = renderSheet("dependency", {
  scenario: "base",
  horizon: 30,
  entity: "Total",
  currency: "USD",
});
const cases = callCases(call);
const rates = new Map<string, number>();
for (const [label, f, budget] of cases) {
  const r = rate(f, timing).perSecond;
  rates.set(label, r);
  rows.push({
    measure: `calls/s ${label}`,
    value: fmt(r),
    budget: budget ? `> ${fmt(budget)}` : "—",
    pass: budget ? r > budget : undefined,
    speed: true,
  });
}

// 2. The same LOCKIN_COST built from native formulas: HyperFormula recalculating the dependency
//    sheet's schedule (SOVAI cells frozen to values) after the discount-rate override changes.
{
  const live = evaluate(dependency);
  const { sheet: native } = freezeSovai(
    dependency,
    (a) => live.value(a) as string | number | boolean
  );
  const book = evaluate(native);
  const rowOf = (label: string) => native.formulas.findIndex((r) => r[0] === label) + 1;
  const rateCell = `D${rowOf("discount_rate")}`;
  const pvCell = `C${rowOf("PV of vendor spend")}`;
  let flip = false;
  const recalc = () => {
    flip = !flip;
    book.type(rateCell, flip ? 0.05 : 0.06);
    return book.value(pvCell);
  };
  const n = QUICK ? 5 : 200;
  const perRecalcMs =
    timeMs(
      () => {
        for (let i = 0; i < n; i++) recalc();
      },
      QUICK ? 1 : 5
    ) / n;
  const hfRate = 1000 / perRecalcMs;
  const fnRate = rates.get(OVERRIDES_CALL)!;
  rows.push({
    measure: "recalcs/s native 30-year schedule in HyperFormula (override changed)",
    value: fmt(hfRate),
    budget: "—",
  });
  rows.push({
    measure: "ratio SOVAI.LOCKIN_COST (with overrides) ÷ native schedule recalculation",
    value: `${fmt(fnRate / hfRate, 0)} ×`,
    budget: "—",
  });
}

// 3. The risk simulation: one run's time, and the same Monte Carlo done natively, HyperFormula
//    recalculating the dependency sheet's schedule once per trial with the sampled inputs typed in.
{
  const request = (trials: number) => ({
    years: 30,
    entity: parseEntity(null),
    overrides: null,
    trials,
    seed: 1,
    measure: "cost" as const,
  });
  for (const [trials, budgetMs] of [
    [10_000, 10],
    [100_000, 100],
  ] as const) {
    const ms = timeMs(() => simulate(request(QUICK ? 1_000 : trials)), QUICK ? 1 : 9);
    rows.push({
      measure: `risk simulation, ${fmt(trials)} trials × 30 years (ms; trials/s)`,
      value: `${fmt(ms, 1)}; ${fmt((QUICK ? 1_000 : trials) / (ms / 1000))}`,
      budget: `≤ ${budgetMs} ms`,
      pass: ms <= budgetMs,
      speed: true,
    });
  }
  const live = evaluate(dependency);
  const { sheet: native } = freezeSovai(
    dependency,
    (a) => live.value(a) as string | number | boolean
  );
  const book = evaluate(native);
  const rowOf = (label: string) => native.formulas.findIndex((r) => r[0] === label) + 1;
  const rec = record(request(QUICK ? 1_000 : 2_000));
  const cells = rec.inputs.map((name) =>
    name === "gpus" ? `B${rowOf("GPUs in scope")}` : `D${rowOf(name)}`
  );
  const pvCell = `C${rowOf("PV of vendor spend")}`;
  const trials = QUICK ? 3 : 200;
  const ms = timeMs(
    () => {
      for (let t = 0; t < trials; t++) {
        book.hf.batch(() => cells.forEach((a, i) => book.type(a, rec.samples[i][t])));
        book.value(pvCell);
      }
    },
    QUICK ? 1 : 3
  );
  const nativeRate = trials / (ms / 1000);
  const ours = rows.find((r) => r.measure.startsWith("risk simulation, 10,000"))!;
  const ourRate = Number(ours.value.split("; ")[1].replace(/,/g, ""));
  rows.push({
    measure: "Monte Carlo natively in HyperFormula (schedule recalculated per trial), trials/s",
    value: fmt(nativeRate),
    budget: "—",
  });
  rows.push({
    measure: "ratio SOVAI risk simulation ÷ native Monte Carlo, trials/s",
    value: `${fmt(ourRate / nativeRate)} ×`,
    budget: "—",
  });
}

// 4. Sheet insertion: context.sync() calls and Excel API operations, with the recording fake.
async function insertions(): Promise<void> {
  for (const template of SHEETS) {
    for (const horizon of [10, 30]) {
      const rec = installFakeExcel();
      await insertSheet(
        renderSheet(template.key, {
          scenario: "base",
          horizon,
          entity: "Total",
          currency: "USD",
          trials: 1_000,
        })
      );
      rows.push({
        measure: `insert ${template.key} (horizon ${horizon}): syncs / API operations`,
        value: `${rec.syncs} / ${rec.ops.length}`,
        budget: "syncs ≤ 3",
        pass: rec.syncs <= 3,
      });
    }
  }
}

// 5. Bundle sizes and the functions script's cold load.
for (const file of readdirSync(DIST)
  .filter((f) => f.endsWith(".js"))
  .sort()) {
  const bytes = readFileSync(path.join(DIST, file));
  // Third-release budgets: functions.js carries the Korean messages (needed at the first error)
  // and the stepped simulation; taskpane.js the language switch, the chunk loader and five sheet
  // templates (the Sovereignty sheet added ~6 KB) with their print layout (notes wrapped where a
  // page ends, ~2.5 KB) and the provenance record's key (~1 KB). The Korean pane text, reference
  // and sheet text are ko.js, fetched only in Korean.
  const budget = { "functions.js": 60_000, "taskpane.js": 122_000, "ko.js": 50_000 }[file];
  rows.push({
    measure: `bundle ${file}: minified / gzip bytes`,
    value: `${fmt(bytes.length)} / ${fmt(gzipSync(bytes, { level: 9 }).length)}`,
    budget: budget ? `< ${fmt(budget)}` : "—",
    pass: budget ? bytes.length < budget : undefined,
  });
}
{
  const page = ["taskpane.html", "taskpane.js", "functions.js", "help.css"].reduce(
    (s, f) => s + readFileSync(path.join(DIST, f)).length,
    0
  );
  rows.push({
    measure: "task pane page total (html + both scripts + css), bytes",
    value: fmt(page),
    // The third release's bars (functions.js 60,000, taskpane.js 120,000) plus the page and CSS.
    budget: "< 185,000",
    pass: page < 185_000,
  });
  let i = 0;
  const loads = Array.from({ length: QUICK ? 3 : 30 }, () => {
    // A unique trailing comment defeats V8's in-process compilation cache: each load is cold.
    const start = process.hrtime.bigint();
    const associated = loadFunctions(`${source}\n//${i++}`);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (associated.size !== fns.size)
      throw new Error(`expected ${fns.size} associations, got ${associated.size}`);
    return ms;
  });
  rows.push({
    measure: `cold load of functions.js: parse, run, associate ${fns.size} functions (ms)`,
    value: fmt(median(loads), 2),
    budget: "≤ 3",
    pass: median(loads) <= 3,
    speed: true,
  });
}

function print(): void {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `SovAI bench${QUICK ? " (quick: checks it runs, not speed)" : ""}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
  );
  console.log("");
  console.log("| Measure | Value | Budget | Result |");
  console.log("|---|---:|---|---|");
  const verdict = (r: Row) =>
    r.pass === undefined ? "" : QUICK && r.speed ? "not judged (quick)" : r.pass ? "pass" : "FAIL";
  for (const r of rows) console.log(`| ${r.measure} | ${r.value} | ${r.budget} | ${verdict(r)} |`);
}

async function main(): Promise<void> {
  await insertions();
  rows.push(...(await responsiveRows(call, QUICK)));
  print();
  const failed = rows.filter((r) => r.pass === false && !(QUICK && r.speed));
  if (failed.length > 0) {
    console.error(`\n${failed.length} budget(s) missed.`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
