import { ALLOCATION_HEADER, ENTITIES } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../common";

/** Columns of the allocation table: the allocation header and four more (capex … card). */
export const TABLE_COLUMNS = ALLOCATION_HEADER.length + 4;

/** Where the table's rows are: its field keys, header, first and last entity, and total. */
export interface TableRows {
  readonly fields: number;
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/**
 * The allocation as an Excel table, live over SOVAI.KOREA_GPUS and SOVAI.KOREA_ENTITY: a row of
 * field keys the formulas read (so no text sits in a formula), the header, one row per recipient
 * with all-in capex at the assumption price and a card, and a total row.
 * @returns where its rows are
 */
export function tableBlock(b: SheetBuilder, top: number, korean: boolean): TableRows {
  b.set(`A${top}`, cell.section("Allocation"));
  const fields = top + 1;
  const header = top + 2;
  const first = top + 3;
  const last = first + ENTITIES.length - 1;
  const total = last + 1;
  // A Korean sheet reads the Korean text fields: only these keys differ, never a formula.
  const text = (field: "sector" | "announced_as" | "uses" | "deployment") =>
    cell.key(korean ? `korean_${field}` : field);
  b.row(`A${fields}`, [
    cell.label("Field"),
    cell.key("korean_name"),
    text("sector"),
    null,
    null,
    text("announced_as"),
    text("uses"),
    null,
    cell.key("switch_multiplier"),
    text("deployment"),
  ]);
  b.row(
    `A${header}`,
    [...ALLOCATION_HEADER, "All-in capex (USD)", "Switch multiplier", "Deployment", "Card"].map(
      cell.header
    )
  );
  ENTITIES.forEach((e, i) => {
    const r = first + i;
    const field = (column: string) => `=SOVAI.KOREA_ENTITY($A${r},${column}$${fields})`;
    b.row(`A${r}`, [
      cell.label(e.name),
      cell.formula(field("B")),
      cell.formula(field("C")),
      cell.formula(`=SOVAI.KOREA_GPUS($A${r},Scenario)`, FORMATS.integer),
      cell.formula(`=D${r}/$D$${total}`, FORMATS.share),
      cell.formula(field("F")),
      cell.formula(field("G")),
      cell.formula(`=D${r}*capex_per_gpu_usd`, FORMATS.money),
      cell.formula(field("I"), FORMATS.decimal),
      cell.formula(field("J")),
      // A card where Excel has data types (click it; =K18.GPUs reads a field), else the name.
      cell.formula(`=SOVAI.KOREA_CARD($A${r},Scenario)`),
    ]);
  });
  b.table({ ref: `A${header}:K${last}`, name: "SovAI_Allocation" });
  b.row(`A${total}`, [
    { value: "Total", style: "total" },
    null,
    null,
    cell.total(`=SUM(D${first}:D${last})`, FORMATS.integer),
    cell.total(`=SUM(E${first}:E${last})`, FORMATS.share),
    null,
    cell.note("Switch multiplier: GPU-weighted average"),
    cell.total(`=SUM(H${first}:H${last})`, FORMATS.money),
    cell.total(`=SUMPRODUCT(D${first}:D${last},I${first}:I${last})/D${total}`, FORMATS.decimal),
  ]);
  return { fields, header, first, last, total };
}

/**
 * The checks: the table's total against SOVAI.KOREA_GPUS and its shares, and the capex column.
 * @returns the first row after the block
 */
export function checksBlock(b: SheetBuilder, top: number, t: TableRows): number {
  b.set(`A${top}`, cell.section("Checks"));
  b.row(`A${top + 1}`, ["Check", "Expected", "Actual", "Passes"].map(cell.header));
  const c1 = top + 2;
  b.row(`A${c1}`, [
    cell.label("Table total equals SOVAI.KOREA_GPUS for the total"),
    cell.formula(`=SOVAI.KOREA_GPUS(A${t.total},Scenario)`, FORMATS.integer),
    cell.formula(`=D${t.total}`, FORMATS.integer),
    cell.check(`=C${c1}=B${c1}`),
  ]);
  b.row(`A${c1 + 1}`, [
    cell.label("Shares add up to the total's share"),
    cell.formula(`=SOVAI.KOREA_GPU_SHARE(A${t.total},Scenario)`, FORMATS.share),
    cell.formula(`=E${t.total}`, FORMATS.share),
    cell.check(`=ABS(C${c1 + 1}-B${c1 + 1})<=Tolerance`),
  ]);
  b.row(`A${c1 + 2}`, [
    cell.label("Capex column adds up to total GPUs × capex per GPU"),
    cell.formula(`=D${t.total}*capex_per_gpu_usd`, FORMATS.money),
    cell.formula(`=H${t.total}`, FORMATS.money),
    cell.check(`=ABS(C${c1 + 2}-B${c1 + 2})<=Tolerance*ABS(B${c1 + 2})`),
  ]);
  for (const r of [c1, c1 + 1, c1 + 2]) b.check(`D${r}`);
  return c1 + 3;
}
