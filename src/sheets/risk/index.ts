import { ASSUMPTIONS, MEASURE_INPUTS } from "../../model";
import { SheetBuilder, cell } from "../builder";
import { masthead, sourcesBlock } from "../common";
import { FORMATS, type SheetOptions, type SheetSpec } from "../types";
import { riskInputs } from "./inputs";
import { driversBlock, histogramBlock, referenceBlock, statisticsBlock } from "./results";

const FIRST_BLOCK = 7;
const GAP = 1;
/** Columns the tables use (A–F); the charts sit to their right, each this many rows tall. */
const CHART_COLUMN = "H";
const CHART_END_COLUMN = "P";
const CHART_ROWS = 18;

/**
 * The Risk sheet: the distribution of a lock-in measure when every uncertain input varies
 * between its low and high values, from the SOVAI risk functions over the sheet's inputs: the
 * deterministic scenarios for reference, the statistics, a histogram with a column chart, and
 * the drivers with a bar chart (a tornado); checks that the percentiles are ordered, that the
 * simulation stays between the low and high scenarios, that the histogram holds every trial and
 * that the standard error is small enough.
 */
export function riskSheet(options: SheetOptions): SheetSpec {
  const b = new SheetBuilder("risk", "SovAI Risk");
  masthead(
    b,
    "Risk: the distribution between low and high",
    "How likely each lock-in figure is when every uncertain input varies (PERT between its low and high values, base most likely), and what drives the spread.",
    `="Risk: "&Measure&IF(Measure="switching"," (one-off)"," over "&Horizon&" years")&", "&Entity&", "&Currency`
  );
  let next = riskInputs(b, FIRST_BLOCK, options);
  const reference = referenceBlock(b, next + GAP);
  const stats = statisticsBlock(b, reference.next + GAP);
  const hist = histogramBlock(b, stats.next + GAP);
  const drivers = driversBlock(b, hist.next + GAP);

  next = drivers.next + GAP;
  b.set(`A${next}`, cell.section("Checks"));
  b.row(`A${next + 1}`, ["Check", "Left", "Right", "Passes"].map(cell.header));
  const s = stats.rows;
  const r0 = next + 2;
  const checks: readonly [string, string, string, string][] = [
    ["P5 ≤ P50 ≤ P95", `=C${s.P5}`, `=C${s.P95}`, `=AND(C${s.P5}<=C${s.P50},C${s.P50}<=C${s.P95})`],
    ["Low scenario ≤ simulated minimum", `=B${reference.selected}`, `=C${s.min}`, ""],
    ["Simulated maximum ≤ high scenario", `=C${s.max}`, `=D${reference.selected}`, ""],
    ["Histogram holds every trial", `=SUM(D${hist.first}:D${hist.last})`, "=Trials", ""],
    [
      "Standard error ≤ precision target × mean",
      `=C${s.se}`,
      `=PrecisionTarget*ABS(C${s.mean})`,
      "",
    ],
  ];
  checks.forEach(([label, left, right, test], i) => {
    const r = r0 + i;
    const ok =
      test ||
      (label.startsWith("Histogram") ? `=B${r}=C${r}` : `=B${r}<=C${r}*(1+Tolerance)+Tolerance`);
    b.row(`A${r}`, [
      cell.label(label),
      cell.formula(left, FORMATS.money),
      cell.formula(right, FORMATS.money),
      cell.check(ok),
    ]);
    b.check(`D${r}`);
  });

  b.chart({
    type: "ColumnClustered",
    title: "Histogram: trials per bin",
    data: `D${hist.first}:D${hist.last}`,
    seriesBy: "columns",
    categories: `B${hist.first}:B${hist.last}`,
    seriesNames: `D${hist.first - 1}`,
    from: `${CHART_COLUMN}${FIRST_BLOCK}`,
    to: `${CHART_END_COLUMN}${FIRST_BLOCK + CHART_ROWS - 1}`,
  });
  b.chart({
    type: "BarClustered",
    title: "Drivers: rank correlation with the result",
    data: `C${drivers.first}:C${drivers.last}`,
    seriesBy: "columns",
    categories: `B${drivers.first}:B${drivers.last}`,
    seriesNames: `C${drivers.first - 1}`,
    from: `${CHART_COLUMN}${FIRST_BLOCK + CHART_ROWS + 1}`,
    to: `${CHART_END_COLUMN}${FIRST_BLOCK + 2 * CHART_ROWS}`,
  });

  const used = new Set(Object.values(MEASURE_INPUTS).flat());
  sourcesBlock(
    b,
    r0 + checks.length + 2,
    ASSUMPTIONS.filter((a) => used.has(a.name) || a.name === "fx_krw_per_usd").map(
      (a) => [a.name, a.facts, a.judgement] as const
    )
  );
  for (const [column, width] of Object.entries({ A: 40, B: 20, C: 20, D: 20, E: 16, F: 18 }))
    b.width(column, width);
  b.freeze(3, 1);
  return b.build();
}
