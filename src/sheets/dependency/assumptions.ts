import { ASSUMPTIONS } from "../../model";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../types";

/** Columns of the assumptions block, A to F; the chart sits to their right. */
export const ASSUMPTION_COLUMNS = 6;

/**
 * The assumptions block: each assumption's used value (the override if typed, else the
 * scenario's value from SOVAI.LOCKIN_ASSUMPTION), named by its id, plus a currency row. Rows
 * A:B form the `Overrides` range every SOVAI call on the sheet passes, so the functions and the
 * native schedule use exactly the same numbers.
 * @returns the first row after the block
 */
export function assumptionsBlock(b: SheetBuilder, top: number): number {
  b.set(`A${top}`, cell.section("Assumptions: type an override to replace the scenario's value"));
  b.row(
    `A${top + 1}`,
    ["Assumption", "Used", "Scenario value", "Override", "Unit", "Sources"].map(cell.header)
  );
  const first = top + 2;
  ASSUMPTIONS.forEach((a, i) => {
    const r = first + i;
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
  const currency = first + ASSUMPTIONS.length;
  b.row(`A${currency}`, [
    cell.key("currency"),
    cell.formula("=Currency"),
    cell.styled("USD", "label"),
    null,
    cell.unit("USD or KRW"),
    cell.note("From the Currency input"),
  ]);
  b.name(
    "Overrides",
    `A${first}:B${currency}`,
    "Name/value rows passed to the SOVAI functions, so they use exactly these assumptions"
  );
  return currency + 1;
}

/**
 * Units of the selected currency per USD, named `CurrencyFactor`: every money line of the
 * schedule is computed in USD and multiplied by it.
 * @returns the first row after the block
 */
export function conversionBlock(b: SheetBuilder, top: number): number {
  b.set(`A${top}`, cell.section("Currency conversion"));
  b.row(`A${top + 1}`, [cell.header("Currency"), cell.header("Units per USD")]);
  const usd = top + 2;
  b.row(`A${usd}`, [cell.label("USD"), cell.styled(1, "label")]);
  b.row(`A${usd + 1}`, [cell.label("KRW"), cell.formula("=fx_krw_per_usd", FORMATS.money)]);
  b.row(`A${usd + 2}`, [
    cell.label("Selected"),
    cell.formula(
      `=INDEX(B${usd}:B${usd + 1},MATCH(Currency,A${usd}:A${usd + 1},0))`,
      FORMATS.money
    ),
  ]);
  b.name("CurrencyFactor", `B${usd + 2}`, "Units of the selected currency per USD");
  return usd + 3;
}
