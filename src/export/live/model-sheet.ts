/**
 * The export's model sheet: the data the add-in's functions read, as native tables (assumptions
 * by scenario, recipients' GPUs and fields), and one row of native arithmetic per lock-in call
 * the sheets make, so the exported workbook recalculates as the add-in would when whoever
 * receives it changes a scenario, horizon, recipient, currency or override.
 */
import {
  ASSUMPTIONS,
  ENTITIES,
  ENTITY_FIELDS,
  HHI_SCALE,
  entityField,
  parseEntity,
  SCENARIOS,
  TOTAL_GPUS,
} from "../../model";
import { columnLetter } from "../../sheets/address";
import { cell, SheetBuilder } from "../../sheets/builder";
import { textWidth } from "../../sheets/layout";
import { MASTER_CHECK_LABELS } from "../../sheets/common";
import { FORMATS, type CellSpec, type SheetSpec } from "../../sheets/types";
import { PROVENANCE_VALUE_FORMAT } from "../../freeze/provenance";
import {
  CALC_COLUMNS,
  calcRowFormulas,
  calcRowValues,
  CALC_FUNCTIONS,
  type CalcRequest,
} from "./calc-row";

export { CALC_FUNCTIONS, type CalcRequest };

/** The sheet's name in English; the export translates it like any sheet text. */
export const MODEL_SHEET = "SovAI Model data";

/** Widest a field's column gets, in characters. */
const FIELD_WIDTH = 40;

/** Refresh numbers k = 1…this, enough for 100 years at a cycle of one year. */
const MAX_REFRESHES = 100;

/** Where each table of the sheet starts (1-based rows), fixed by the data alone. */
export const LAYOUT = (() => {
  const assumptions = 5;
  const recipients = assumptions + ASSUMPTIONS.length + 3;
  const fields = recipients + ENTITIES.length + 3;
  const constants = fields + ENTITIES.length + 3;
  const calculations = constants + 5;
  return { assumptions, recipients, fields, constants, calculations };
})();

/** A data cell: shown as the model has it, never translated (formulas look its text up). */
function data(value: string | number): CellSpec {
  return typeof value === "string" ? { value, style: "data" } : { value };
}

/** A recipient's field, blank where the model has none (Hyundai alone disclosed an investment). */
function fieldOf(name: string, field: string): string | number {
  try {
    return entityField(parseEntity(name), field);
  } catch {
    return "";
  }
}

/** A workbook-wide name the native formulas use, and the range on this sheet it stands for. */
export interface GlobalName {
  readonly name: string;
  readonly ref: string;
  readonly comment: string;
}

/**
 * The sheet, with one calculation row per request (in order, from `LAYOUT.calculations + 1`),
 * and the workbook-wide names over its tables.
 */
export function modelSheet(requests: readonly CalcRequest[]): {
  spec: SheetSpec;
  names: GlobalName[];
  /** The value of every formula cell, from the model, for readers that do not recalculate. */
  cached: Map<string, string | number | boolean>;
} {
  const b = new SheetBuilder("model", MODEL_SHEET);
  const names: GlobalName[] = [];
  const global = (name: string, ref: string, comment: string) => names.push({ name, ref, comment });
  b.set("A1", cell.title("Model data for the native formulas"));
  b.title("Model data for the native formulas");
  b.set(
    "A2",
    cell.subtitle(
      "What the add-in's functions read, as tables, and one row of arithmetic per lock-in figure the sheets show, so this workbook recalculates without the add-in."
    )
  );

  // Assumptions by scenario: name, unit, then low, base and high.
  const a = LAYOUT.assumptions;
  b.set(`A${a - 1}`, cell.section("Assumptions by scenario"));
  b.row(`A${a}`, [cell.header("Assumption"), cell.header("Unit"), ...SCENARIOS.map(cell.key)]);
  ASSUMPTIONS.forEach((rec, i) =>
    b.row(`A${a + 1 + i}`, [
      cell.key(rec.name),
      cell.unit(rec.unit),
      ...SCENARIOS.map((s) => ({ value: rec.values[s], format: PROVENANCE_VALUE_FORMAT })),
    ])
  );
  const aLast = a + ASSUMPTIONS.length;
  global("SovAI_Scenarios", `C${a}:E${a}`, "low, base and high");
  global("SovAI_AssumptionNames", `A${a + 1}:A${aLast}`, "Assumption names");
  global("SovAI_AssumptionValues", `C${a + 1}:E${aLast}`, "Assumption values by scenario");

  // Recipients: GPUs announced by scenario, and the lock-in multiplier of the exit cost.
  const r = LAYOUT.recipients;
  b.set(`A${r - 1}`, cell.section("Recipients: GPUs by scenario"));
  b.row(`A${r}`, [
    cell.header("Recipient"),
    cell.header("Lock-in multiplier"),
    ...SCENARIOS.map(cell.key),
  ]);
  ENTITIES.forEach((e, i) =>
    b.row(`A${r + 1 + i}`, [
      cell.key(e.name),
      data(e.switchMultiplier),
      ...SCENARIOS.map((s) => ({ value: e.gpus[s], format: FORMATS.integer })),
    ])
  );
  const rLast = r + ENTITIES.length;
  global("SovAI_GpuNames", `A${r + 1}:A${rLast}`, "Recipients, in the order of SovAI_Gpus");
  global("SovAI_Multipliers", `B${r + 1}:B${rLast}`, "Lock-in multiplier of each recipient");
  global("SovAI_Gpus", `C${r + 1}:E${rLast}`, "GPUs of each recipient by scenario");

  // Every field KOREA_ENTITY gives, by its field name.
  const f = LAYOUT.fields;
  b.set(`A${f - 1}`, cell.section("Recipients: fields"));
  b.row(`A${f}`, ENTITY_FIELDS.map(cell.key));
  ENTITIES.forEach((e, i) =>
    b.row(
      `A${f + 1 + i}`,
      ENTITY_FIELDS.map((field) => data(fieldOf(e.name, field)))
    )
  );
  const fLast = f + ENTITIES.length;
  // Each field's column as wide as its longest value, up to a readable measure; longer text wraps.
  ENTITY_FIELDS.forEach((field, i) => {
    const widest = Math.max(
      field.length,
      ...ENTITIES.map((e) => textWidth(String(fieldOf(e.name, field))))
    );
    b.width(columnLetter(i), Math.min(FIELD_WIDTH, widest + 2));
  });
  const lastField = columnLetter(ENTITY_FIELDS.length - 1);
  global("SovAI_FieldNames", `A${f}:${lastField}${f}`, "Field names of the recipients");
  global("SovAI_EntityNames", `A${f + 1}:A${fLast}`, "Recipients, in the order of SovAI_Fields");
  global("SovAI_Fields", `A${f + 1}:${lastField}${fLast}`, "Each recipient's fields");

  // Constants the arithmetic names rather than writing inline.
  const k = LAYOUT.constants;
  b.set(`A${k - 1}`, cell.section("Constants"));
  b.row(`A${k}`, [
    cell.label("Generation rounding margin"),
    cell.styled(1e-9, "label"),
    cell.unit("keeps 15 / 3 from landing just below 5"),
  ]);
  b.row(`A${k + 1}`, [
    cell.label("HHI scale"),
    cell.styled(HHI_SCALE, "label"),
    cell.unit("points for a single supplier"),
  ]);
  global("SovAI_Margin", `B${k}`, "Generation rounding margin");
  global("SovAI_HhiScale", `B${k + 1}`, "HHI of a single supplier");

  // One row of arithmetic per lock-in figure, then the refresh numbers it sums over.
  const c = LAYOUT.calculations;
  const columns = CALC_COLUMNS;
  b.set(`A${c - 1}`, cell.section("Lock-in figures, worked natively"));
  b.row(
    `A${c}`,
    columns.map((col) => (col.key ? cell.key(col.title) : cell.header(col.title)))
  );
  const cached = new Map<string, string | number | boolean>();
  requests.forEach((req, i) => {
    const row = c + 1 + i;
    const values = calcRowValues(req);
    b.row(
      `A${row}`,
      calcRowFormulas(req, row, c).map((content, j) => {
        if (typeof content !== "string" || !content.startsWith("=")) return data(content);
        cached.set(`${columnLetter(j)}${row}`, values[j]);
        return cell.formula(content, columns[j].format);
      })
    );
  });
  const refreshTop = c + requests.length + 3;
  b.set(`A${refreshTop - 1}`, cell.section("Refresh numbers"));
  for (let n = 1; n <= MAX_REFRESHES; n++) b.set(`A${refreshTop + n - 1}`, cell.styled(n, "index"));
  global("SovAI_Refreshes", `A${refreshTop}:A${refreshTop + MAX_REFRESHES - 1}`, "k = 1, 2, …");

  // Its one check: the recipients add up to the deal's total, which every figure here rests on.
  const base = columnLetter(2 + SCENARIOS.indexOf("base"));
  b.row("A3", [
    cell.label(MASTER_CHECK_LABELS[0]),
    null,
    cell.note("TRUE when every check on this sheet holds"),
  ]);
  b.masterCheck("B3");
  b.row(`A${k + 2}`, [
    cell.label("Base GPUs add up to the deal's total"),
    cell.styled(TOTAL_GPUS.base, "label"),
    cell.check(`=SUM(${base}${r + 1}:${base}${rLast})=B${k + 2}`),
  ]);
  b.check(`C${k + 2}`);
  cached.set(`C${k + 2}`, true).set("B3", true);
  b.freeze(LAYOUT.assumptions, 1);
  return { spec: b.build(), names, cached };
}
