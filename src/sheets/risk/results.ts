import { ASSUMPTIONS, MEASURE_INPUTS, RISK_TABLE_ROWS } from "../../model";
import { columnLetter } from "../address";
import { cell, type SheetBuilder } from "../builder";
import { FORMATS } from "../types";
import { RISK_BINS } from "./inputs";

/** The arguments every risk call on the sheet shares, after `years` (and before `measure`). */
const RUN = "Overrides,Trials,Seed";

/** Where the statistics the checks read are. */
export interface StatisticRows {
  readonly rows: Readonly<Record<string, number>>;
  readonly next: number;
}

/**
 * The deterministic reference: each measure under the low, base and high scenarios (every range
 * at one end at once), and the row of the selected measure.
 * @returns the row of the selected measure's values (low in B, high in D), and the next free row
 */
export function referenceBlock(b: SheetBuilder, top: number): { selected: number; next: number } {
  b.set(`A${top}`, cell.section("Deterministic scenarios, for reference"));
  const header = top + 1;
  b.row(`A${header}`, ["Measure", "low", "base", "high", "Function"].map(cell.header));
  const calls: readonly [string, string, (c: string) => string][] = [
    ["cost", "LOCKIN_COST", (c) => `=SOVAI.LOCKIN_COST(Horizon,Entity,${c}$${header},Overrides)`],
    [
      "premium",
      "LOCKIN_PREMIUM",
      (c) => `=SOVAI.LOCKIN_PREMIUM(Horizon,Entity,${c}$${header},Overrides)`,
    ],
    [
      "switching",
      "SWITCHING_COST",
      (c) => `=SOVAI.SWITCHING_COST(Entity,${c}$${header},Overrides)`,
    ],
  ];
  calls.forEach(([measure, fn, formula], i) => {
    b.row(`A${header + 1 + i}`, [
      cell.key(measure),
      ...["B", "C", "D"].map((c) => cell.formula(formula(c), FORMATS.money)),
      cell.note(fn),
    ]);
  });
  const first = header + 1;
  const last = header + calls.length;
  const selected = last + 1;
  b.row(`A${selected}`, [
    cell.label("Selected measure"),
    ...["B", "C", "D"].map((c) =>
      cell.formula(
        `=INDEX(${c}${first}:${c}${last},MATCH(Measure,$A${first}:$A${last},0))`,
        FORMATS.money
      )
    ),
  ]);
  return { selected, next: selected + 1 };
}

/**
 * The statistics: one LOCKIN_RISK call per row, its statistic named in column B (all calls
 * share one cached simulation).
 */
export function statisticsBlock(b: SheetBuilder, top: number): StatisticRows {
  b.set(`A${top}`, cell.section("Simulated distribution"));
  b.row(`A${top + 1}`, ["Statistic", "Key", "Value"].map(cell.header));
  const rows: Record<string, number> = {};
  const keyOf = (stat: (typeof RISK_TABLE_ROWS)[number][1]) =>
    typeof stat === "object" ? `P${Math.round(stat.percentile * 100)}` : stat;
  let r = top + 2;
  for (const [label, stat] of RISK_TABLE_ROWS) {
    if (stat === "trials" || stat === "seed") continue;
    const key = keyOf(stat);
    b.row(`A${r}`, [
      cell.label(label),
      cell.key(key),
      cell.formula(`=SOVAI.LOCKIN_RISK(Horizon,B${r},Entity,${RUN},Measure)`, FORMATS.money),
    ]);
    rows[key] = r;
    r++;
  }
  return { rows, next: r };
}

/**
 * A spilled SOVAI table laid out cell by cell: a key row numbers the result's columns, column A
 * gives the result's row each line shows (2 onwards: row 1 is its header), and each cell is
 * INDEX(call, row, column). With `blankPastEnd`, a line past the result's end is blank, its row
 * number included, so a table whose length varies fits without showing empty numbered lines.
 * @returns the rows of the first and last data row, and the next free row
 */
function indexedTable(
  b: SheetBuilder,
  top: number,
  title: string,
  call: string,
  headers: readonly { readonly label: string; readonly format: string }[],
  rows: number,
  blankPastEnd: boolean
): { first: number; last: number; next: number } {
  b.set(`A${top}`, cell.section(title));
  const keys = top + 1;
  b.row(`A${keys}`, [cell.label("Column"), ...headers.map((_, c) => cell.styled(c + 1, "index"))]);
  b.row(`A${keys + 1}`, ["Result row", ...headers.map((h) => h.label)].map(cell.header));
  const first = keys + 2;
  for (let k = 0; k < rows; k++) {
    const r = first + k;
    const row =
      k === 0 || !blankPastEnd
        ? cell.styled(k + 2, "index")
        : ({
            formula: `=IF($A${r - 1}="","",IFERROR(IF(INDEX(${call},$A${r - 1}+1,1)="","",$A${r - 1}+1),""))`,
            style: "index",
          } as const);
    b.row(`A${r}`, [
      row,
      ...headers.map((h, c) => {
        const col = columnLetter(c + 1);
        const pick = `INDEX(${call},$A${r},${col}$${keys})`;
        const shown = blankPastEnd ? `=IF($A${r}="","",IFERROR(${pick},""))` : `=${pick}`;
        return cell.formula(shown, h.format);
      }),
    ]);
  }
  return { first, last: first + rows - 1, next: first + rows };
}

/** The histogram from LOCKIN_HISTOGRAM, one row per bin. */
export function histogramBlock(b: SheetBuilder, top: number) {
  return indexedTable(
    b,
    top,
    "Histogram",
    `SOVAI.LOCKIN_HISTOGRAM(Horizon,Entity,Bins,${RUN},Measure)`,
    [
      { label: "From", format: FORMATS.money },
      { label: "To", format: FORMATS.money },
      { label: "Trials", format: FORMATS.integer },
      { label: "Share", format: FORMATS.share },
      { label: "Cumulative share", format: FORMATS.share },
    ],
    RISK_BINS,
    false
  );
}

/**
 * Most uncertain inputs a measure has: its assumptions with a range, the fleet and the exchange
 * rate (eleven for cost beyond escalation_years in KRW).
 */
export const MAX_DRIVERS =
  Math.max(
    ...Object.values(MEASURE_INPUTS).map(
      (names) =>
        names.filter((n) => {
          const { low, high } = ASSUMPTIONS.find((a) => a.name === n)!.values;
          return low !== high;
        }).length
    )
  ) + 2;

/** The drivers from LOCKIN_DRIVERS, largest share first; rows past the last input are blank. */
export function driversBlock(b: SheetBuilder, top: number) {
  return indexedTable(
    b,
    top,
    "What drives the spread (rank correlation with the result)",
    `SOVAI.LOCKIN_DRIVERS(Horizon,Entity,${RUN},Measure)`,
    [
      { label: "Input", format: FORMATS.general },
      { label: "Rank correlation", format: FORMATS.decimal },
      { label: "Share of variance", format: FORMATS.share },
    ],
    MAX_DRIVERS,
    true
  );
}
