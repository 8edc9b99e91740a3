/**
 * One row of native arithmetic for one lock-in call (LOCKIN_COST, LOCKIN_PREMIUM or
 * SWITCHING_COST) on the export's model sheet: the call's arguments as references to the cells
 * they name, the GPUs, every assumption as the call resolves it (its override if the overrides
 * block gives one, else its scenario value), and the closed form of the model:
 *   LOCKIN_COST    = (G·(attach·licence + capex·hw)·A(N) + R(N)) · f
 *   LOCKIN_PREMIUM = (G·attach·licence·A(N) + R(N)) · p/(1+p) · f
 *   SWITCHING_COST = Σ Gₑ·multiplierₑ · capex · switch_cost_pct · f
 * with A(N) = (1 − (1+r)^−N)/r, f the currency factor and R(N) the refreshes' present value,
 *   R(N) = G·capex·share · Σₖ [tₖ ≤ N] · I(tₖ) · (1+r)^−tₖ,  tₖ = ⌈c·k − c·m⌉,
 *   I(t) = (1+e)^k for t ≤ T, else (1+e)^n(T) · (1+g)^(t−T),
 * summed over the refresh numbers k = 1…100 by SUMPRODUCT, which every spreadsheet evaluates
 * element by element without array entry.
 */
import {
  annuityFactor,
  ASSUMPTION_NAMES,
  gpusOf,
  lockinCost,
  lockinPremium,
  moneyFactor,
  parseEntity,
  refreshPv,
  switchingCostOf,
  weightedGpusOf,
  type Assumptions,
  type Scenario,
} from "../../model";
import { columnLetter } from "../../sheets/address";
import { FORMATS } from "../../sheets/types";

/** The lock-in functions worked in rows of their own. */
export const CALC_FUNCTIONS = ["LOCKIN_COST", "LOCKIN_PREMIUM", "SWITCHING_COST"] as const;
export type CalcFunction = (typeof CALC_FUNCTIONS)[number];

/** A lock-in call to work natively: where it is, its arguments as references, and their values now. */
export interface CalcRequest {
  /** "Sheet!A1" of the calling cell, for whoever audits the row. */
  readonly where: string;
  readonly id: CalcFunction;
  /** Arguments as formula text over other sheets ("'SovAI Risk'!$B$8", "5", "\"base\""). */
  readonly horizon: string;
  readonly entity: string;
  readonly scenario: string;
  /** The overrides block as a two-column range over another sheet, or "" for none. */
  readonly overrides: string;
  /** The arguments' values at export, to work the row's cached values from the model. */
  readonly at: {
    readonly horizon: number;
    readonly entity: string | number;
    readonly scenario: Scenario;
    readonly assumptions: Assumptions;
  };
}

/** A column of the calculation table. */
interface Column {
  readonly title: string;
  /** A key a formula reads (an assumption's name), styled as such. */
  readonly key?: boolean;
  readonly format?: string;
}

const FIXED: readonly Column[] = [
  { title: "Where" },
  { title: "Function" },
  { title: "Horizon", format: FORMATS.integer },
  { title: "Entity" },
  { title: "Scenario" },
  { title: "GPUs", format: FORMATS.integer },
  { title: "Weighted GPUs", format: FORMATS.integer },
];
const TAIL: readonly Column[] = [
  { title: "currency", key: true },
  { title: "Currency factor", format: FORMATS.general },
  { title: "Annuity factor", format: FORMATS.factor },
  { title: "Refreshes' PV (USD)", format: FORMATS.money },
  { title: "Result", format: FORMATS.money },
];

/** The table's columns: the call, GPUs, every assumption by name, then the arithmetic. */
export const CALC_COLUMNS: readonly Column[] = [
  ...FIXED,
  ...ASSUMPTION_NAMES.map((name): Column => ({ title: name, key: true, format: "General" })),
  ...TAIL,
];

/** Column letter of each column of the table, by its title. */
const LETTERS = new Map(CALC_COLUMNS.map((c, i) => [c.title, columnLetter(i)]));

function at(title: string): string {
  const letter = LETTERS.get(title);
  if (letter === undefined) throw new Error(`No calculation column ${title}`);
  return letter;
}

/** The column holding `Result`, for the calling cells to read. */
export const RESULT_COLUMN = at("Result");

/**
 * The row's cells: texts, references and formulas, `row` being its own row, `header` the row of
 * the column titles and `refreshes` the first of the refresh numbers.
 */
export function calcRowFormulas(
  req: CalcRequest,
  row: number,
  header: number
): (string | number)[] {
  const $ = (title: string) => `$${at(title)}${row}`;
  const a = (name: string) => $(name);
  const scenario = `MATCH(${$("Scenario")},SovAI_Scenarios,0)`;
  const gpuRow = `MATCH(${$("Entity")},SovAI_GpuNames,0)`;
  const byScenario = `INDEX(SovAI_Gpus,0,${scenario})`;
  const entity = $("Entity");
  const gpus = `=IF(ISNUMBER(${entity}),${entity},IF(${entity}="Total",SUM(${byScenario}),INDEX(SovAI_Gpus,${gpuRow},${scenario})))`;
  const weighted = `=IF(ISNUMBER(${entity}),${entity},IF(${entity}="Total",SUMPRODUCT(${byScenario},SovAI_Multipliers),INDEX(SovAI_Gpus,${gpuRow},${scenario})*INDEX(SovAI_Multipliers,${gpuRow})))`;
  const resolved = (key: string, otherwise: string) => {
    if (req.overrides === "") return `=${otherwise}`;
    const names = `INDEX(${req.overrides},0,1)`;
    const values = `INDEX(${req.overrides},0,2)`;
    return `=IF(COUNTIFS(${names},${key},${values},"<>")>0,INDEX(${values},MATCH(${key},${names},0)),${otherwise})`;
  };
  const assumptions = ASSUMPTION_NAMES.map((name) => {
    const key = `${at(name)}$${header}`;
    return resolved(
      key,
      `INDEX(SovAI_AssumptionValues,MATCH(${key},SovAI_AssumptionNames,0),${scenario})`
    );
  });
  const r = a("discount_rate");
  const c = a("refresh_cycle_years");
  const T = a("escalation_years");
  const N = $("Horizon");
  const tk = `ROUNDUP(${c}*SovAI_Refreshes-${c}*SovAI_Margin,0)`;
  const refresh =
    `=${$("GPUs")}*${a("capex_per_gpu_usd")}*${a("refreshable_share")}*SUMPRODUCT((${tk}<=${N})` +
    `*(1+${a("gen_price_escalation")})^(SovAI_Refreshes*(${tk}<=${T})+INT(${T}/${c}+SovAI_Margin)*(${tk}>${T}))` +
    `*(1+${a("longrun_price_growth")})^((${tk}-${T})*(${tk}>${T}))*(1+${r})^(-${tk}))`;
  const licences = `${$("GPUs")}*${a("licence_attach_rate")}*${a("licence_per_gpu_year_usd")}`;
  const support = `${$("GPUs")}*${a("capex_per_gpu_usd")}*${a("hw_support_pct")}`;
  const factor = $("Currency factor");
  const result: Record<CalcFunction, string> = {
    LOCKIN_COST: `=((${licences}+${support})*${$("Annuity factor")}+${$("Refreshes' PV (USD)")})*${factor}`,
    LOCKIN_PREMIUM: `=(${licences}*${$("Annuity factor")}+${$("Refreshes' PV (USD)")})*${a("vendor_premium")}/(1+${a("vendor_premium")})*${factor}`,
    SWITCHING_COST: `=${$("Weighted GPUs")}*${a("capex_per_gpu_usd")}*${a("switch_cost_pct")}*${factor}`,
  };
  const currencyKey = `${at("currency")}$${header}`;
  return [
    req.where,
    req.id,
    req.horizon === "" ? "" : `=${req.horizon}`,
    `=${req.entity}`,
    `=${req.scenario}`,
    gpus,
    weighted,
    ...assumptions,
    resolved(currencyKey, '"USD"'),
    `=IF(${$("currency")}="KRW",${a("fx_krw_per_usd")},1)`,
    `=IF(${r}=0,${N},(1-(1+${r})^(-${N}))/${r})`,
    refresh,
    result[req.id],
  ];
}

/**
 * The row's values as the model gives them for the arguments' values at export: what the
 * workbook shows before anything recalculates.
 */
export function calcRowValues(req: CalcRequest): (string | number)[] {
  const { horizon, entity, scenario, assumptions: a } = req.at;
  const selector = parseEntity(entity);
  const g = gpusOf(selector, scenario);
  const n = horizon;
  const value: Record<CalcFunction, () => number> = {
    LOCKIN_COST: () => lockinCost(n, g, a),
    LOCKIN_PREMIUM: () => lockinPremium(n, g, a),
    SWITCHING_COST: () => switchingCostOf(weightedGpusOf(selector, scenario), a),
  };
  return [
    req.where,
    req.id,
    req.horizon === "" ? "" : n,
    entity,
    scenario,
    g,
    weightedGpusOf(selector, scenario),
    ...ASSUMPTION_NAMES.map((name) => a[name]),
    a.currency,
    moneyFactor(a),
    n > 0 ? annuityFactor(n, a.discount_rate) : 0,
    n > 0 ? refreshPv(n, g, a) : 0,
    value[req.id](),
  ];
}
