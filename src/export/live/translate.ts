/**
 * A rendered sheet as the export writes it: each SOVAI call the model allows is replaced by
 * native formulas (a lookup over the model sheet's tables, or a reference to the row of native
 * arithmetic worked there for it), so the cell follows its inputs without the add-in; a call it
 * cannot replace (the risk simulation, the model's version) is left for the export to freeze.
 */
import { overridesBlock, parseScenario, resolveAssumptions, type Scenario } from "../../model";
import { a1, absolute, cellsIn, parseA1 } from "../../sheets/address";
import type { RenderedSheet } from "../../sheets/types";
import type { Value } from "../evaluator/evaluate";
import { CALC_FUNCTIONS, RESULT_COLUMN, type CalcFunction, type CalcRequest } from "./calc-row";
import { replaceCalls, type SovaiCall } from "./calls";

/** A cell whose SOVAI formula became native, with what it was. */
export interface NativeCell {
  readonly address: string;
  readonly formula: string;
  readonly native: string;
}

/** Where the translation puts its work: the model sheet's name and its next calculation row. */
export interface ModelTarget {
  readonly sheet: string;
  readonly requests: CalcRequest[];
  readonly firstRow: number;
}

/**
 * `sheet` with every SOVAI call the model allows in native formulas. Calls to the lock-in
 * functions add a row to `model.requests`.
 * @param valueAt - a cell's value at export, to work the model rows' cached values
 */
export function liven(
  sheet: RenderedSheet,
  valueAt: (address: string) => Value,
  model: ModelTarget
): { sheet: RenderedSheet; natives: NativeCell[] } {
  const natives: NativeCell[] = [];
  const names = new Map(sheet.names.map((n) => [n.name.toLowerCase(), n.ref]));
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

  /** An argument as a reference from another sheet ("" stays omitted, literals stay). */
  const external = (arg: string): string => {
    if (arg === "" || arg.startsWith('"') || /^-?\d/.test(arg)) return arg;
    const ref = names.get(arg.toLowerCase()) ?? arg;
    return `${quoted(sheet.name)}!${absolute(ref.replace(/\$/g, ""))}`;
  };
  /** An argument's value at export: a literal, or the cells it refers to. */
  const valueOf = (arg: string): Value | Value[][] => {
    if (arg === "") return null;
    if (arg.startsWith('"')) return arg.slice(1, -1).replace(/""/g, '"');
    if (/^-?\d/.test(arg)) return Number(arg);
    const [from, to = from] = (names.get(arg.toLowerCase()) ?? arg).replace(/\$/g, "").split(":");
    if (from === to) return valueAt(from);
    const columns = parseA1(to)[1] - parseA1(from)[1] + 1;
    const cells = cellsIn(`${from}:${to}`).map(valueAt);
    return Array.from({ length: cells.length / columns }, (_, r) =>
      cells.slice(r * columns, (r + 1) * columns)
    );
  };

  const lockin = (call: SovaiCall, address: string): string | null => {
    const id = call.id as CalcFunction;
    const [horizon, entity, scenario, overrides] =
      id === "SWITCHING_COST" ? ["", ...call.args] : call.args;
    const s = scenario ? valueOf(scenario) : "base";
    const block = overrides ? valueOf(overrides) : null;
    const entityValue = entity ? valueOf(entity) : "Total";
    if (typeof entityValue !== "string" && typeof entityValue !== "number") return null;
    const scenarioValue: Scenario = parseScenario(typeof s === "string" ? s : "base");
    const request: CalcRequest = {
      where: `${sheet.name}!${address}`,
      id,
      horizon: horizon ? external(horizon) : "",
      entity: entity ? external(entity) : '"Total"',
      scenario: scenario ? external(scenario) : '"base"',
      overrides: overrides ? external(overrides) : "",
      at: {
        horizon: horizon ? Number(valueOf(horizon)) : 0,
        entity: entityValue,
        scenario: scenarioValue,
        assumptions: resolveAssumptions(
          scenarioValue,
          Array.isArray(block) ? overridesBlock(block) : null
        ),
      },
    };
    const row = model.firstRow + model.requests.length;
    model.requests.push(request);
    return `${quoted(model.sheet)}!$${RESULT_COLUMN}$${row}`;
  };

  const formulas = sheet.formulas.map((line, r) =>
    line.map((content, c) => {
      if (typeof content !== "string" || !/\bSOVAI\./i.test(content)) return content;
      const address = a1(r, c);
      const before = model.requests.length;
      const native = replaceCalls(content, (call) => {
        const declared = sheet.natives[call.text];
        if (declared !== undefined) return declared;
        if ((CALC_FUNCTIONS as readonly string[]).includes(call.id)) return lockin(call, address);
        return inline(call);
      });
      if (native === null) {
        model.requests.length = before;
        return content;
      }
      natives.push({ address, formula: content, native });
      return native;
    })
  );
  return { sheet: { ...sheet, formulas }, natives };
}

/**
 * A native expression for a call that reads the model's tables, or null: the scenario defaults
 * to base and the entity to Total, as the functions' do.
 */
function inline(call: SovaiCall): string | null {
  const [first = "", second = ""] = call.args;
  const scenario = (arg: string) => `MATCH(${arg || '"base"'},SovAI_Scenarios,0)`;
  const gpus = (entity: string, s: string) => {
    const e = entity || '"Total"';
    return `IF(ISNUMBER(${e}),${e},IF(${e}="Total",SUM(INDEX(SovAI_Gpus,0,${scenario(s)})),INDEX(SovAI_Gpus,MATCH(${e},SovAI_GpuNames,0),${scenario(s)})))`;
  };
  switch (call.id) {
    case "LOCKIN_ASSUMPTION":
      return `INDEX(SovAI_AssumptionValues,MATCH(${first},SovAI_AssumptionNames,0),${scenario(second)})`;
    case "KOREA_GPUS":
      return gpus(first, second);
    case "KOREA_GPU_SHARE":
      return `${gpus(first, second)}/${gpus('"Total"', second)}`;
    case "KOREA_ENTITY":
      return `INDEX(SovAI_Fields,MATCH(${first},SovAI_EntityNames,0),MATCH(${second},SovAI_FieldNames,0))`;
    case "KOREA_CARD":
      return `INDEX(SovAI_EntityNames,MATCH(${first},SovAI_EntityNames,0))`;
    case "UPGRADE_CYCLES":
      return `INT(${first}/${second}+SovAI_Margin)`;
    case "SUPPLIER_HHI":
      return `IF(AND(MAX(${first})<=1,SUM(${first})<=1+SovAI_Margin),SUMSQ(${first})*SovAI_HhiScale,SUMSQ(${first}))`;
    default:
      return null;
  }
}
