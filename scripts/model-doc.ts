// npm run docs:model: writes docs/model.md, the model's formulas, data and sources table, from
// the model itself (src/model), so the document cannot disagree with the numbers. A test
// (test/docs/model-doc.test.ts) fails when the file is out of date.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import {
  allowedRange,
  ASSUMPTIONS,
  DATA_AS_OF,
  DEAL_URL,
  DRIVER_TRIALS,
  ENTITIES,
  MODEL_VERSION,
  SOURCES,
  lockinCost,
  resolveAssumptions,
  SUBSAMPLE_SALT,
  TOTAL_GPUS,
  type Scenario,
} from "../src/model";
import { SLICE_MS } from "../src/functions/async";
import { SYNC_TRIALS } from "../src/functions/risk-cache";
import { BASIS } from "../src/model/data/basis";
import { FACTS } from "../src/model/data/facts";

export const MODEL_DOC = path.join(__dirname, "../docs/model.md");

const number = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });
const cell = (text: string) => text.replace(/\|/g, "\\|");
/** The five recipients' LOCKIN_COST over `years` in a scenario, in $ bn to the nearest billion. */
const bn = (years: number, scenario: Scenario) =>
  number(Math.round(lockinCost(years, TOTAL_GPUS[scenario], resolveAssumptions(scenario)) / 1e9));

/** The fact ids the model cites, in table order: D (deal), K, L, N, R, U; numerically within. */
function citedFacts(): string[] {
  const ids = new Set<string>([
    ...ENTITIES.flatMap((e) => e.facts),
    ...ASSUMPTIONS.flatMap((a) => a.facts),
  ]);
  for (const id of Object.keys(FACTS)) ids.add(id);
  const key = (id: string) => [id[0], Number(id.slice(1))] as const;
  return [...ids].sort((a, b) =>
    key(a)[0] === key(b)[0] ? key(a)[1] - key(b)[1] : a.localeCompare(b)
  );
}

export function renderModelDoc(): string {
  const entities = ENTITIES.map(
    (e) =>
      `| ${e.name} | ${e.koreanName} | ${e.sector} | ${number(e.gpus.low)} / ${number(e.gpus.base)} / ${number(e.gpus.high)} | ${e.announcedAs} | ${cell(e.deployment)} | ${e.switchMultiplier} | ${e.facts.join(", ")} |`
  );
  const assumptions = ASSUMPTIONS.map(
    (a) =>
      `| \`${a.name}\` | ${a.unit} | ${number(a.values.low)} | ${number(a.values.base)} | ${number(a.values.high)} | ${allowedRange(a)} | ${cell(BASIS[a.name])} | ${a.judgement ? "judgement" : ""}${a.judgement && a.facts.length ? "; " : ""}${a.facts.join(", ")} |`
  );
  const sources = citedFacts().map((id) => {
    const f = FACTS[id];
    if (!f) throw new Error(`Fact ${id} is cited but has no entry in src/model/data/facts.ts`);
    const links = (SOURCES[id] ?? []).map((url, i) => `[${i + 1}](${url})`).join(" ");
    return `| ${id} | ${cell(f.summary)} | ${f.date} | ${f.confidence} | ${links} |`;
  });
  return `# The model: formulas, data and sources

Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}. Generated from \`src/model/\` by \`npm run docs:model\`;
edit the model, not this file. \`=SOVAI.LOCKIN_ASSUMPTIONS()\` and \`=SOVAI.KOREA_ENTITY(name, "source")\`
give the same figures and URLs inside Excel.

## Lock-in schedule (USD; G = GPUs of the entity or the total; year t = 1..N)

The initial deployment is bought at t = 0 and is not part of the lock-in cost.

- generation n(t) = floor(t / refresh_cycle_years + 1e-9); a refresh happens in year t when n(t) > n(t−1)
  (the 1e-9 keeps 15 / 3 from rounding to just under 5)
- price index I(t) = (1 + gen_price_escalation)^n(t) for t ≤ T = escalation_years, and
  I(t) = (1 + gen_price_escalation)^n(T) × (1 + longrun_price_growth)^(t − T) after it (long horizons, below)
- refresh capex Rₜ = G × capex_per_gpu_usd × refreshable_share × I(t) in a refresh year, else 0
- licences Lₜ = G × licence_attach_rate × licence_per_gpu_year_usd
- vendor support Sₜ = G × capex_per_gpu_usd × hw_support_pct
- vendor spend Vₜ = Rₜ + Lₜ + Sₜ
- energy Eₜ = G × kw_per_gpu × pue × load_factor × 8,760 × electricity_krw_per_kwh / fx_krw_per_usd (TCO only, not lock-in)
- discount factor Dₜ = (1 + discount_rate)^−t (end of year)

Results:

- \`LOCKIN_COST(N)\` = Σ Vₜ·Dₜ
- \`LOCKIN_PREMIUM(N)\` = Σ (Rₜ + Lₜ) · p / (1 + p) · Dₜ, with p = vendor_premium: the part of a price that is
  premium when the price is (1 + p) times a competitive multi-vendor one
- \`SWITCHING_COST\` = Σₑ Gₑ × capex_per_gpu_usd × switch_cost_pct × multiplierₑ (multiplier 1 for a plain GPU count)
- \`UPGRADE_CYCLES(N, c)\` = floor(N / c + 1e-9)
- with \`currency\` KRW, money results are multiplied by fx_krw_per_usd

The functions use closed forms (an annuity for the recurring lines, geometric series for the refreshes before
and after escalation_years);
the Dependency sheet writes the same schedule out year by year in native formulas and checks that both agree.
No result is ever NaN or infinite: a figure too large for a double is \`#NUM!\` with a message.

## Long horizons

Compounding a price rise per generation for 30 years is not a forecast anyone can defend: with model 1.1's high
values the five recipients' 30-year PV of vendor spend was about $5.5 trillion, three times Korea's GDP. From model
1.2 the price index follows the convention valuation practice uses for long horizons: an explicit forecast period,
then a long-run growth rate below the discount rate (the terminal growth of a discounted cash flow). Prices compound
per generation for escalation_years (10 in every scenario, the period announced prices and roadmaps speak to; it can
be overridden and is not simulated), then grow at longrun_price_growth a year: 0 / 2% / 2.5% (low / base / high),
no faster than the Bank of Korea's 2% inflation target in base, and below discount_rate in every scenario, so every
PV converges as the horizon grows. USD results up to 10 years are unchanged by it; with model 1.2 data the five
recipients' 30-year figures are about ${bn(30, "low")} / ${bn(30, "base")} / ${bn(30, "high")} $bn (low / base / high).

## The sovereignty path

\`SOVEREIGNTY_COST\` and \`SOVEREIGNTY_PATH\` price moving part of the fleet to other accelerators (AMD, Korean NPUs)
instead of staying. For G GPUs and M = Σ GPUs × lock-in multiplier (M = G for a GPU count), year by year:

- moves happen only at refreshes: in a refresh year the share on alternatives becomes
  mₜ = max(mₜ₋₁, target_share × min(1, t / by_year)); between refreshes it stays (m₀ = 0)
- switching Wₜ = (mₜ − mₜ₋₁) × capex_per_gpu_usd × switch_cost_pct × M
- NVIDIA spend Nₜ = (1 − mₜ) × (Rₜ + Lₜ + Sₜ), the schedule above with I(t)
- alternatives Aₜ = G × mₜ × a × (refreshable_share × I(t) in a refresh year + hw_support_pct), with
  a = capex_per_gpu_usd × alt_units_per_gpu × alt_price_ratio; the alternatives pay no NVIDIA licences
- path Pₜ = Nₜ + Aₜ + Wₜ; difference Δₜ = Pₜ − Vₜ; \`SOVEREIGNTY_COST\` = Σ Δₜ·Dₜ (negative: the path saves)
- accelerator HHI = 10,000 × ((1 − mₜ)² + mₜ²), counting the alternatives as one supplier (the upper bound)
- remaining exit cost Xₜ = (1 − mₜ) × capex_per_gpu_usd × switch_cost_pct × M

A target of 0 gives 0 and the staying spend. The alternatives' two assumptions are judgement, informed by what is
public: **alt_units_per_gpu** (1 / 1.3 / 2) is how many alternative accelerators do one NVIDIA GPU's work once the
software gap is counted (SemiAnalysis found AMD's MI300X far below its specification in training, L6; the Korean NPUs
serve inference, K4); **alt_price_ratio** (0.5 / 0.7 / 0.9) is one alternative's all-in price against NVIDIA's capex
per GPU (an MI300X rents at about half an H100 yet costs about as much to own over three years, A1; ASIC racks save
about 19% of capex, L3).

## Risk simulation

\`LOCKIN_RISK\`, \`LOCKIN_RISK_TABLE\`, \`LOCKIN_HISTOGRAM\` and \`LOCKIN_DRIVERS\` replace "every range at its worst at
once" with a distribution. Each uncertain input of the measure is drawn independently from a PERT distribution on
[min(low, high), max(low, high)] with the base value as its mode: α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a),
X = a + (b − a)·Beta(α, β), whose mean is (a + 4m + b)/6. An input set by \`overrides\`, or with low = high, is held fixed.

- cost: capex_per_gpu_usd, refresh_cycle_years (fractional cycles allowed), refreshable_share, gen_price_escalation,
  licence_per_gpu_year_usd, licence_attach_rate, hw_support_pct, discount_rate, longrun_price_growth (for horizons
  beyond escalation_years, where it acts), and the fleet's GPUs
- premium: the same without hw_support_pct, plus vendor_premium
- switching: capex_per_gpu_usd, switch_cost_pct and the GPUs
- GPUs: the entity's own PERT over its low/base/high; for the total, the sum of the five entities' independent draws
  (one driver named \`gpus\`); a GPU count given as a number is fixed
- with \`currency\` KRW, fx_krw_per_usd varies too

Each trial evaluates the closed forms above. The random numbers come from xoshiro128** (Blackman and Vigna) seeded
through SplitMix32, 32-bit integer arithmetic only, so a seed gives the same numbers in every host and in
\`npm run workbook\`. Percentiles are nearest-rank (the value at rank ceil(p·n) of the n sorted trials); the standard
deviation divides by n − 1; drivers are Spearman rank correlations ρ with the result (ties share their average rank),
with share of variance ρ² / Σρ². One simulation per distinct argument set is cached, so a sheet of statistics costs
one simulation; overrides count by their effective content (the non-blank name/value pairs, sorted), so the same
overrides in a padded or reordered block share a simulation.

**Drivers from at most ${number(DRIVER_TRIALS)} trials.** Up to ${number(DRIVER_TRIALS)} trials the drivers rank every trial.
Above that they rank a seeded subsample of exactly ${number(DRIVER_TRIALS)} of the simulation's own trials, chosen by
selection sampling (Knuth's Algorithm S: trial t of N is kept with probability (m − kept) / (N − t)) from a second
xoshiro128** generator seeded with the seed XOR 0x${SUBSAMPLE_SALT.toString(16)}. The standard error of ρ from m trials
is about 1/√m, 0.003 here, far below the differences between drivers that matter, and the drivers of a
1,000,000-trial run then cost less than the simulation itself.

**Never holding Excel.** Excel runs every custom function on one thread. Up to ${number(SYNC_TRIALS)} trials a simulation
(a few milliseconds) answers in the call; a larger one, and its drivers, run in slices of at most ${SLICE_MS} ms that
give the thread back between them, and the cells show \`#BUSY!\` until the result arrives. Calls asking for the same
simulation while it runs share it; Excel cancels a call whose cell changes meanwhile, and the slices stop when no call
is left waiting. The numbers are the same either way: the sliced run is the same computation, stopped and resumed.

## Allocation

Announced on 31 Oct 2025 (NVIDIA newsroom: <${DEAL_URL}>), with what has been reported since.
Totals: ${number(TOTAL_GPUS.low)} / ${number(TOTAL_GPUS.base)} / ${number(TOTAL_GPUS.high)} GPUs (low / base / high).
The switch multipliers are analyst judgement: how far each recipient relies on NVIDIA libraries beyond CUDA.

| Entity | Korean name | Sector | GPUs low / base / high | Announced as | Deployment | Switch multiplier | Facts |
|---|---|---|---|---|---|---|---|
${entities.join("\n")}

## Assumptions

Low is the cost-minimising end of each range and high the cost-maximising one (so the discount rate's
low is the larger rate). "Allowed" is the range an override may take.

| Name | Unit | Low | Base | High | Allowed | Basis | Facts |
|---|---|---|---|---|---|---|---|
${assumptions.join("\n")}

## Sources

Every fact id the code cites, what it supports, its date, how far to trust it (H: official or several
independent reports; M: one good report, or derived from sourced figures; L: an estimate or one secondary
source) and its URLs.

| Fact | What it says | Date | Confidence | URLs |
|---|---|---|---|---|
${sources.join("\n")}
`;
}

if (require.main === module) {
  const text = renderModelDoc();
  if (process.argv.includes("--check")) {
    const current = readFileSync(MODEL_DOC, "utf8");
    if (current !== text) {
      console.error("docs/model.md is out of date: run npm run docs:model");
      process.exit(1);
    }
  } else {
    writeFileSync(MODEL_DOC, text);
    console.log(`Wrote ${path.relative(process.cwd(), MODEL_DOC)}`);
  }
}
