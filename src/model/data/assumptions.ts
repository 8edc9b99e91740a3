import type { Measure } from "../measures";
import type { Range3 } from "../scenario";

/** The names of the lock-in model's assumptions, in display order. */
export const ASSUMPTION_NAMES = [
  "capex_per_gpu_usd",
  "refresh_cycle_years",
  "refreshable_share",
  "gen_price_escalation",
  "licence_per_gpu_year_usd",
  "licence_attach_rate",
  "hw_support_pct",
  "vendor_premium",
  "switch_cost_pct",
  "discount_rate",
  "kw_per_gpu",
  "pue",
  "load_factor",
  "electricity_krw_per_kwh",
  "fx_krw_per_usd",
  "escalation_years",
  "longrun_price_growth",
  "alt_units_per_gpu",
  "alt_price_ratio",
] as const;

export type AssumptionName = (typeof ASSUMPTION_NAMES)[number];

/** One named assumption with its range and provenance. */
export interface AssumptionRecord {
  readonly name: AssumptionName;
  readonly unit: string;
  readonly description: string;
  /** low = cost-minimising end, high = cost-maximising end (so discount_rate's low is the larger rate). */
  readonly values: Range3;
  /** Smallest allowed override; `minExclusive` makes the bound itself invalid. */
  readonly min: number;
  readonly minExclusive?: boolean;
  /** Largest allowed override (inclusive). Bounds keep every result finite. */
  readonly max: number;
  /** Fact ids of the sources table (docs/model.md); empty when there is no public source. */
  readonly facts: readonly string[];
  /** True where the value is the analyst's judgement rather than a sourced figure. */
  readonly judgement: boolean;
  /**
   * The measures whose value it changes, so the risk simulation draws it for them. Energy and the
   * exchange rate enter none (the rate converts every money result; the simulation adds it for KRW).
   */
  readonly measures: readonly Measure[];
}

/**
 * The assumptions of the lock-in model, as of 2026-07-05 (model data 1.2: the won to early July 2026,
 * the long-horizon price convention and the alternatives of the sovereignty path).
 * Sources: fact ids, resolved to URLs in `sources.ts` and described in docs/model.md.
 */
export const ASSUMPTIONS: readonly AssumptionRecord[] = [
  {
    name: "capex_per_gpu_usd",
    unit: "USD per GPU",
    description: "All-in capex per GPU: server, network and facility",
    values: { low: 60_000, base: 80_000, high: 150_000 },
    min: 0,
    max: 10_000_000,
    facts: ["U3", "U4", "U10", "D15"],
    judgement: false,
    measures: ["cost", "premium", "switching"],
  },
  {
    name: "refresh_cycle_years",
    unit: "years",
    description: "Years between forced platform refreshes",
    values: { low: 6, base: 5, high: 3 },
    min: 1,
    max: 100,
    facts: ["U15", "U16", "U17"],
    judgement: false,
    measures: ["cost", "premium"],
  },
  {
    name: "refreshable_share",
    unit: "share of capex",
    description: "Share of all-in capex redone at each refresh",
    values: { low: 0.5, base: 0.6, high: 0.85 },
    min: 0,
    max: 1,
    facts: ["U4", "U6"],
    judgement: false,
    measures: ["cost", "premium"],
  },
  {
    name: "gen_price_escalation",
    unit: "per generation",
    description: "Price change per GPU-equivalent from one generation to the next",
    values: { low: 0, base: 0.15, high: 0.6 },
    min: -0.99,
    max: 10,
    facts: ["U6", "U8", "U25"],
    judgement: false,
    measures: ["cost", "premium"],
  },
  {
    name: "licence_per_gpu_year_usd",
    unit: "USD per GPU-year",
    description: "NVIDIA AI Enterprise licence price per GPU per year",
    values: { low: 1_125, base: 3_600, high: 4_500 },
    min: 0,
    max: 1_000_000,
    facts: ["U11", "U12"],
    judgement: false,
    measures: ["cost", "premium"],
  },
  {
    name: "licence_attach_rate",
    unit: "share of GPUs",
    description: "Share of GPUs carrying an NVIDIA AI Enterprise licence",
    values: { low: 0.1, base: 0.5, high: 1 },
    min: 0,
    max: 1,
    facts: ["U14"],
    judgement: true,
    measures: ["cost", "premium"],
  },
  {
    name: "hw_support_pct",
    unit: "share of capex per year",
    description: "Vendor hardware support and maintenance per year",
    values: { low: 0.02, base: 0.04, high: 0.08 },
    min: 0,
    max: 1,
    facts: [],
    judgement: true,
    measures: ["cost"],
  },
  {
    name: "vendor_premium",
    unit: "share over competitive price",
    description: "Premium paid over a competitive multi-vendor market",
    values: { low: 0.1, base: 0.2, high: 0.5 },
    min: -0.99,
    max: 10,
    facts: ["L3", "L4"],
    judgement: false,
    measures: ["premium"],
  },
  {
    name: "switch_cost_pct",
    unit: "share of initial capex",
    description: "One-off cost of leaving the platform, before the entity multiplier",
    values: { low: 0.05, base: 0.15, high: 0.4 },
    min: 0,
    max: 1,
    facts: ["L5", "L6", "L7", "L8"],
    judgement: false,
    measures: ["switching"],
  },
  {
    name: "discount_rate",
    unit: "per year",
    description:
      "Discount rate for present values (end-of-year discounting); base: Korea's social discount rate for public investment appraisal, 4.5% since 2017",
    values: { low: 0.08, base: 0.045, high: 0.03 },
    min: -1,
    minExclusive: true,
    max: 1,
    facts: ["R1"],
    judgement: false,
    measures: ["cost", "premium"],
  },
  {
    name: "kw_per_gpu",
    unit: "kW per GPU",
    description: "System-level power per GPU, including CPU, network and fabric",
    values: { low: 1.2, base: 1.8, high: 3.2 },
    min: 0,
    max: 100,
    facts: ["U18", "U19", "U26"],
    judgement: false,
    measures: [],
  },
  {
    name: "pue",
    unit: "ratio",
    description: "Power usage effectiveness of the data centre",
    values: { low: 1.15, base: 1.3, high: 1.56 },
    min: 1,
    max: 5,
    facts: ["U22"],
    judgement: false,
    measures: [],
  },
  {
    name: "load_factor",
    unit: "average / peak",
    description: "Average power draw as a share of peak",
    values: { low: 0.5, base: 0.7, high: 0.9 },
    min: 0,
    max: 1,
    facts: ["U24"],
    judgement: true,
    measures: [],
  },
  {
    name: "electricity_krw_per_kwh",
    unit: "KRW per kWh",
    description: "Industrial electricity energy charge",
    values: { low: 170, base: 183, high: 205 },
    min: 0,
    max: 100_000,
    facts: ["U20", "U21"],
    judgement: false,
    measures: [],
  },
  {
    name: "fx_krw_per_usd",
    unit: "KRW per USD",
    description: "Exchange rate used for KRW results and energy costs",
    values: { low: 1_400, base: 1_500, high: 1_600 },
    min: 0,
    minExclusive: true,
    max: 100_000,
    facts: ["U23", "U29", "U32"],
    judgement: false,
    measures: [],
  },
  {
    name: "escalation_years",
    unit: "years",
    description:
      "Years over which prices compound per generation; after them they grow at longrun_price_growth",
    values: { low: 10, base: 10, high: 10 },
    min: 1,
    max: 100,
    facts: [],
    judgement: true,
    measures: ["cost", "premium"],
  },
  {
    name: "longrun_price_growth",
    unit: "per year",
    description:
      "Price growth per year after escalation_years: below the discount rate, and in base the Bank of Korea's 2% inflation target",
    values: { low: 0, base: 0.02, high: 0.025 },
    min: -0.99,
    max: 1,
    facts: [],
    judgement: true,
    measures: ["cost", "premium"],
  },
  {
    name: "alt_units_per_gpu",
    unit: "accelerators per GPU",
    description: "Alternative accelerators needed to replace one NVIDIA GPU's work",
    values: { low: 1, base: 1.3, high: 2 },
    min: 0,
    minExclusive: true,
    max: 100,
    facts: ["L6", "A1", "K4"],
    judgement: true,
    measures: [],
  },
  {
    name: "alt_price_ratio",
    unit: "ratio",
    description: "All-in price of one alternative accelerator against NVIDIA's capex per GPU",
    values: { low: 0.5, base: 0.7, high: 0.9 },
    min: 0,
    max: 10,
    facts: ["A1", "L3"],
    judgement: true,
    measures: [],
  },
];
