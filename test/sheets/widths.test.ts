/**
 * No number reads ###: every numeric cell of every sheet, evaluated for option sets at the
 * extremes (every scenario, horizons 1 and 30, every entity, USD and KRW), formatted with
 * Excel's number-format rules (SheetJS's SSF, not our own) fits the width its column gets.
 */
import SSF from "ssf";
import { ENTITIES } from "../../src/model";
import { renderSheet, SHEETS, type SheetOptions } from "../../src/sheets";
import { a1, parseA1 } from "../../src/sheets/address";
import { evaluate } from "../../support/spreadsheet";

const OPTION_SETS: SheetOptions[] = [
  { scenario: "high", horizon: 30, entity: "Total", currency: "KRW" },
  { scenario: "low", horizon: 1, entity: "NAVER Cloud", currency: "USD" },
  {
    scenario: "base",
    horizon: 10,
    entity: "Total",
    currency: "USD",
    measure: "premium",
    trials: 1_000,
  },
  ...ENTITIES.map(
    (e) => ({ scenario: "high", horizon: 30, entity: e.name, currency: "KRW" }) as const
  ),
];

/** Width in characters of each column, from the rendered runs ("E:AH" → every column in it). */
function columnWidths(sheet: ReturnType<typeof renderSheet>): Map<number, number> {
  const out = new Map<number, number>();
  for (const run of sheet.widths) {
    const [first, last] = run.columns.split(":").map((l) => parseA1(`${l}1`)[1]);
    for (let c = first; c <= last; c++) out.set(c, run.width);
  }
  return out;
}

describe.each(SHEETS.map((s) => s.key))("%s", (key) => {
  it.each(
    OPTION_SETS.map((o) => [`${o.scenario}/${o.horizon}/${o.entity}/${o.currency}`, o] as const)
  )("%s: every number fits its column", (_, options) => {
    const sheet = renderSheet(key, { ...options, trials: 1_000 });
    const book = evaluate(sheet);
    const widths = columnWidths(sheet);
    const tooWide: string[] = [];
    sheet.formulas.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content === "") return;
        const value = book.value(a1(r, c));
        if (typeof value !== "number") return;
        const shown = SSF.format(sheet.numberFormats[r][c], value);
        // Excel shows ### when the text needs more than the column's width in characters.
        if (shown.length > (widths.get(c) ?? 8.43))
          tooWide.push(`${a1(r, c)} ${shown} > ${widths.get(c)}`);
      })
    );
    expect(tooWide).toEqual([]);
  });
});
