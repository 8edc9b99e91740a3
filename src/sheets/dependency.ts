import { ASSUMPTIONS, assumptionSource, STACK_LAYERS } from "../model";
import { columnLetter } from "./address";
import { cell, SheetBuilder } from "./builder";
import {
  entityInput,
  FORMATS,
  masthead,
  scenarioInput,
  sourcesBlock,
  toleranceInput,
} from "./common";
import type { SheetOptions, SheetSpec } from "./types";

/** Rows of the layout, top to bottom. */
const R = {
  inputs: 7,
  assumptionsHeader: 19,
  firstAssumption: 20,
  currencyRow: 20 + ASSUMPTIONS.length,
  conversion: 22 + ASSUMPTIONS.length,
  schedule: 28 + ASSUMPTIONS.length,
} as const;

/** The schedule's lines, in order, from the row `R.schedule`. */
const LINES = [
  "year",
  "inHorizon",
  "generation",
  "refreshYear",
  "refresh",
  "licences",
  "support",
  "vendor",
  "energy",
  "discount",
  "pv",
  "cumulative",
  "premium",
  "energyPv",
] as const;
type Line = (typeof LINES)[number];
const row = (line: Line): number => R.schedule + 1 + LINES.indexOf(line);

/** First year column (year 1); column D holds year 0, the initial purchase. */
const FIRST_YEAR = 4;

/**
 * SPEC §4.2: inputs, the assumptions block (whose used values feed both the native schedule
 * and the SOVAI functions as overrides), the §3.3 schedule in native formulas with time left to
 * right, outputs in both currencies, checks against SOVAI.LOCKIN_COST, the stack dependency map
 * and a chart of yearly vendor spend with cumulative PV.
 */
export function dependencySheet(options: SheetOptions): SheetSpec {
  const years = Math.max(1, Math.min(30, Math.trunc(options.horizon)));
  const b = new SheetBuilder("dependency", "SovAI Dependency");
  masthead(
    b,
    "Dependency and lock-in cost",
    "What staying on one vendor's stack costs: forced refreshes, licences and support, discounted; and the cost of leaving."
  );
  const last = columnLetter(FIRST_YEAR + years - 1);
  const span = (line: Line) => `E${row(line)}:${last}${row(line)}`;

  inputs(b, options, years);
  assumptions(b);
  conversion(b);
  schedule(b, years);

  const out = row("energyPv") + 2;
  b.set(`A${out}`, cell.section("Outputs"));
  b.row(`A${out + 1}`, ["Output", "Selected currency", "USD", "KRW", "Notes"].map(cell.header));
  const outputs: [string, string, string][] = [
    [
      "Lock-in cost: PV of vendor spend",
      `=C${row("pv")}`,
      "Refresh capex + licences + support, discounted",
    ],
    [
      "Lock-in premium: PV paid over a multi-vendor market",
      `=C${row("premium")}`,
      "Share vendor_premium/(1+vendor_premium) of refresh capex and licences",
    ],
    [
      "Switching cost (one-off)",
      "=SOVAI.SWITCHING_COST(Entity,Scenario,Overrides)",
      "GPUs × capex × switch_cost_pct × entity multiplier",
    ],
    [
      "Average yearly 'subscription'",
      `=C${row("vendor")}/Horizon`,
      "Undiscounted vendor spend per year over the horizon",
    ],
    [
      "TCO with energy (PV)",
      `=C${row("pv")}+C${row("energyPv")}`,
      "Lock-in cost plus discounted energy",
    ],
  ];
  outputs.forEach(([label, formula, note], i) => {
    const r = out + 2 + i;
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(formula, FORMATS.money),
      cell.formula(`=B${r}/CurrencyFactor`, FORMATS.money),
      cell.formula(`=C${r}*fx_krw_per_usd`, FORMATS.money),
      cell.note(note),
    ]);
  });
  const cycles = out + 2 + outputs.length;
  b.row(`A${cycles}`, [
    cell.label("Upgrade cycles within the horizon"),
    cell.formula("=SOVAI.UPGRADE_CYCLES(Horizon,refresh_cycle_years)", FORMATS.integer),
    null,
    null,
    cell.note("Forced platform refreshes (count)"),
  ]);

  const checks = cycles + 2;
  b.set(`A${checks}`, cell.section("Checks"));
  b.row(`A${checks + 1}`, ["Check", "SOVAI function", "Native schedule", "OK"].map(cell.header));
  const close = (r: number) => cell.check(`=ABS(C${r}-B${r})<=Tolerance*MAX(1,ABS(B${r}))`);
  const checkRows: [string, string, string, "close" | "equal"][] = [
    [
      "Schedule PV equals SOVAI.LOCKIN_COST over the same assumptions",
      "=SOVAI.LOCKIN_COST(Horizon,Entity,Scenario,Overrides)",
      `=C${row("pv")}`,
      "close",
    ],
    [
      "Schedule premium equals SOVAI.LOCKIN_PREMIUM",
      "=SOVAI.LOCKIN_PREMIUM(Horizon,Entity,Scenario,Overrides)",
      `=C${row("premium")}`,
      "close",
    ],
    [
      "Refresh years equal SOVAI.UPGRADE_CYCLES",
      "=SOVAI.UPGRADE_CYCLES(Horizon,refresh_cycle_years)",
      `=C${row("refreshYear")}`,
      "equal",
    ],
    [
      "Cumulative PV at the horizon equals the PV total",
      `=C${row("pv")}`,
      `=INDEX(${span("cumulative")},1,Horizon)`,
      "close",
    ],
  ];
  checkRows.forEach(([label, fn, native, kind], i) => {
    const r = checks + 2 + i;
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(fn, FORMATS.money),
      cell.formula(native, FORMATS.money),
      kind === "close" ? close(r) : cell.check(`=B${r}=C${r}`),
    ]);
    b.check(`D${r}`);
  });

  const stack = checks + 3 + checkRows.length;
  const stackEnd = stackMap(b, stack);
  const shareCheck = stackEnd + 1;
  b.row(`A${shareCheck}`, [
    cell.label("Stack shares are fractions from 0 to 1"),
    null,
    null,
    cell.check(`=AND(MIN(G${stack + 2}:H${stackEnd})>=0,MAX(G${stack + 2}:H${stackEnd})<=1)`),
  ]);
  b.check(`D${shareCheck}`);

  b.chart({
    type: "ColumnStacked",
    title: "Yearly vendor spend by component, with cumulative PV",
    data: `E${row("refresh")}:${last}${row("support")}`,
    seriesBy: "rows",
    categories: span("year"),
    seriesNames: `A${row("refresh")}:A${row("support")}`,
    line: { name: `A${row("cumulative")}`, values: span("cumulative") },
    from: "H7",
    to: "P26",
  });

  sourcesBlock(
    b,
    shareCheck + 2,
    ASSUMPTIONS.map((a) => [a.name, assumptionSource(a)] as const)
  );

  b.width("A", 46).width("B", 20).width("C", 20).width("D", 16).width("E", 16).width("F", 18);
  for (let c = 6; c < FIRST_YEAR + years; c++) b.width(columnLetter(c), 16);
  b.freeze(3, 1);
  return b.build();
}

function inputs(b: SheetBuilder, options: SheetOptions, years: number): void {
  const r = R.inputs;
  b.set(`A${r}`, cell.section("Inputs"));
  b.row(`A${r + 1}`, [cell.label("Scenario"), null, cell.unit("base / low / high")]);
  scenarioInput(b, `B${r + 1}`, options.scenario);

  b.row(`A${r + 2}`, [
    cell.label("Horizon"),
    cell.input(years, FORMATS.integer),
    cell.unit(`years (1 to ${years})`),
  ]);
  b.name(
    "Horizon",
    `B${r + 2}`,
    `Years of lock-in to cost; the schedule has ${years} year columns`
  );
  b.validate({
    ref: `B${r + 2}`,
    wholeNumber: { min: 1, max: years },
    prompt: `Whole years from 1 to ${years}. Insert the sheet again for a longer schedule.`,
  });

  entityInput(b, r + 3, options.entity);

  b.row(`A${r + 4}`, [
    cell.label("Currency"),
    cell.input(options.currency),
    cell.unit("USD / KRW"),
  ]);
  b.name("Currency", `B${r + 4}`, "Currency of the schedule and the SOVAI results");
  b.validate({ ref: `B${r + 4}`, list: ["USD", "KRW"], prompt: "USD, or KRW at fx_krw_per_usd" });

  b.row(`A${r + 5}`, [
    cell.label("GPUs in scope"),
    cell.formula("=SOVAI.KOREA_GPUS(Entity,Scenario)", FORMATS.integer),
    cell.unit("GPUs"),
  ]);
  b.name("Gpus", `B${r + 5}`, "GPUs announced for the entity under the scenario");

  toleranceInput(b, r + 6);
  b.row(`A${r + 7}`, [
    cell.label("Generation rounding margin"),
    cell.input(1e-9, "0.0E+00"),
    cell.unit("generations"),
  ]);
  b.name(
    "GenerationMargin",
    `B${r + 7}`,
    "Added before rounding t / cycle down, so 15/3 counts as 5 (SPEC §3.3)"
  );
  b.row(`A${r + 8}`, [
    cell.label("Hours per year"),
    cell.input(8760, FORMATS.integer),
    cell.unit("hours"),
  ]);
  b.name("HoursPerYear", `B${r + 8}`, "Hours of operation per year for energy");
}

function assumptions(b: SheetBuilder): void {
  b.set(
    `A${R.assumptionsHeader - 1}`,
    cell.section("Assumptions: type an override to replace the scenario's value")
  );
  b.row(
    `A${R.assumptionsHeader}`,
    ["Assumption", "Used", "Scenario value", "Override", "Unit", "Sources"].map(cell.header)
  );
  ASSUMPTIONS.forEach((a, i) => {
    const r = R.firstAssumption + i;
    const format =
      a.unit.startsWith("USD") || a.unit.startsWith("KRW") ? FORMATS.money : FORMATS.general;
    b.row(`A${r}`, [
      cell.key(a.name),
      cell.formula(`=IF(ISBLANK(D${r}),C${r},D${r})`, format),
      cell.formula(`=SOVAI.LOCKIN_ASSUMPTION(A${r},Scenario)`, format),
      { style: "input", format },
      cell.unit(a.unit),
      cell.note(
        a.facts.length
          ? `${a.judgement ? "Judgement; " : ""}${a.facts.join(", ")}`
          : "Judgement (no public source)"
      ),
    ]);
    b.name(
      a.name,
      `B${r}`,
      `${a.description} (${a.unit}): the override if given, else the scenario's value`
    );
  });
  const c = R.currencyRow;
  b.row(`A${c}`, [
    cell.key("currency"),
    cell.formula("=Currency"),
    cell.styled("USD", "label"),
    null,
    cell.unit("USD or KRW"),
    cell.note("From the Currency input"),
  ]);
  b.name(
    "Overrides",
    `A${R.firstAssumption}:B${c}`,
    "Name/value rows passed to the SOVAI functions, so they use exactly these assumptions"
  );
}

function conversion(b: SheetBuilder): void {
  const r = R.conversion;
  b.set(`A${r}`, cell.section("Currency conversion"));
  b.row(`A${r + 1}`, [cell.header("Currency"), cell.header("Units per USD")]);
  b.row(`A${r + 2}`, [cell.label("USD"), cell.styled(1, "label")]);
  b.row(`A${r + 3}`, [cell.label("KRW"), cell.formula("=fx_krw_per_usd", FORMATS.money)]);
  b.row(`A${r + 4}`, [
    cell.label("Selected"),
    cell.formula(
      `=INDEX(B${r + 2}:B${r + 3},MATCH(Currency,A${r + 2}:A${r + 3},0))`,
      FORMATS.money
    ),
  ]);
  b.name("CurrencyFactor", `B${r + 4}`, "Units of the selected currency per USD");
}

function schedule(b: SheetBuilder, years: number): void {
  b.set(
    `A${R.schedule}`,
    cell.section("Lock-in schedule (§3.3): year 0 is the initial purchase, not counted")
  );
  const money = "selected currency";
  const lines: Record<
    Line,
    {
      label: string;
      unit: string;
      format: string;
      year: (col: string, prev: string) => string;
      total?: boolean;
    }
  > = {
    year: {
      label: "Year",
      unit: "year",
      format: FORMATS.integer,
      year: (_, p) => `=${p}${row("year")}+1`,
    },
    inHorizon: {
      label: "In horizon",
      unit: "1 = yes",
      format: FORMATS.integer,
      year: (c) => `=IF(${c}${row("year")}<=Horizon,1,0)`,
    },
    generation: {
      label: "Platform generation",
      unit: "count",
      format: FORMATS.integer,
      year: (c) => `=INT(${c}${row("year")}/refresh_cycle_years+GenerationMargin)`,
    },
    refreshYear: {
      label: "Refresh year",
      unit: "1 = yes",
      format: FORMATS.integer,
      year: (c, p) =>
        `=IF(${c}${row("generation")}>${p}${row("generation")},1,0)*${c}${row("inHorizon")}`,
      total: true,
    },
    refresh: {
      label: "Refresh capex",
      unit: money,
      format: FORMATS.money,
      year: (c) =>
        `=Gpus*capex_per_gpu_usd*refreshable_share*(1+gen_price_escalation)^${c}${row("generation")}*${c}${row("refreshYear")}*CurrencyFactor`,
      total: true,
    },
    licences: {
      label: "Licences",
      unit: money,
      format: FORMATS.money,
      year: (c) =>
        `=Gpus*licence_attach_rate*licence_per_gpu_year_usd*${c}${row("inHorizon")}*CurrencyFactor`,
      total: true,
    },
    support: {
      label: "Vendor support",
      unit: money,
      format: FORMATS.money,
      year: (c) => `=Gpus*capex_per_gpu_usd*hw_support_pct*${c}${row("inHorizon")}*CurrencyFactor`,
      total: true,
    },
    vendor: {
      label: "Vendor spend",
      unit: money,
      format: FORMATS.money,
      year: (c) => `=${c}${row("refresh")}+${c}${row("licences")}+${c}${row("support")}`,
      total: true,
    },
    energy: {
      label: "Energy (TCO only, not lock-in)",
      unit: money,
      format: FORMATS.money,
      year: (c) =>
        `=Gpus*kw_per_gpu*pue*load_factor*HoursPerYear*electricity_krw_per_kwh/fx_krw_per_usd*${c}${row("inHorizon")}*CurrencyFactor`,
      total: true,
    },
    discount: {
      label: "Discount factor",
      unit: "factor",
      format: FORMATS.factor,
      year: (c) => `=1/(1+discount_rate)^${c}${row("year")}`,
    },
    pv: {
      label: "PV of vendor spend",
      unit: money,
      format: FORMATS.money,
      year: (c) => `=${c}${row("vendor")}*${c}${row("discount")}`,
      total: true,
    },
    cumulative: {
      label: "Cumulative PV",
      unit: money,
      format: FORMATS.money,
      year: (c, p) => `=${p}${row("cumulative")}+${c}${row("pv")}`,
    },
    premium: {
      label: "PV of premium over a multi-vendor market",
      unit: money,
      format: FORMATS.money,
      year: (c) =>
        `=(${c}${row("refresh")}+${c}${row("licences")})*vendor_premium/(1+vendor_premium)*${c}${row("discount")}`,
      total: true,
    },
    energyPv: {
      label: "PV of energy",
      unit: money,
      format: FORMATS.money,
      year: (c) => `=${c}${row("energy")}*${c}${row("discount")}`,
      total: true,
    },
  };
  b.row(`B${row("year")}`, [
    null,
    cell.header("Total"),
    { value: 0, style: "header", format: FORMATS.integer },
  ]);
  b.set(
    `D${row("generation")}`,
    cell.formula(`=INT(D${row("year")}/refresh_cycle_years+GenerationMargin)`, FORMATS.integer)
  );
  b.set(`D${row("cumulative")}`, cell.styled(0, "label"));
  const lastCol = columnLetter(FIRST_YEAR + years - 1);
  for (const line of LINES) {
    const spec = lines[line];
    const r = row(line);
    b.set(`A${r}`, line === "year" ? cell.header(spec.label) : cell.label(spec.label));
    b.set(`B${r}`, line === "year" ? cell.header(spec.unit) : cell.unit(spec.unit));
    if (spec.total) b.set(`C${r}`, cell.total(`=SUM(E${r}:${lastCol}${r})`, spec.format));
    for (let i = 0; i < years; i++) {
      const col = columnLetter(FIRST_YEAR + i);
      const prev = columnLetter(FIRST_YEAR + i - 1);
      const formula = spec.year(col, prev);
      b.set(
        `${col}${r}`,
        line === "year"
          ? { formula, style: "header", format: spec.format }
          : cell.formula(formula, spec.format)
      );
    }
  }
}

function stackMap(b: SheetBuilder, top: number): number {
  b.set(
    `A${top}`,
    cell.section("Stack dependency map (difficulty and shares are judgement inputs)")
  );
  b.row(
    `A${top + 1}`,
    [
      "Layer",
      "NVIDIA components",
      "Role",
      "Alternatives",
      "Korean alternatives",
      "Switching difficulty (1–5)",
      "NVIDIA share",
      "Others' share",
      "Layer HHI",
      "Sources",
    ].map(cell.header)
  );
  STACK_LAYERS.forEach((l, i) => {
    const r = top + 2 + i;
    b.row(`A${r}`, [
      cell.label(l.layer),
      cell.text(l.nvidia),
      cell.text(l.role),
      cell.text(l.alternatives),
      cell.text(l.koreanAlternatives),
      cell.input(l.difficulty, FORMATS.integer),
      cell.input(l.nvidiaShare, FORMATS.share),
      cell.formula(`=1-G${r}`, FORMATS.share),
      cell.formula(`=SOVAI.SUPPLIER_HHI(G${r}:H${r})`, FORMATS.integer),
      cell.note(l.facts.join(", ")),
    ]);
  });
  return top + 1 + STACK_LAYERS.length;
}
