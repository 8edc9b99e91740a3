/**
 * The charts and Excel tables of the exported workbook, which ExcelJS cannot write: added to the
 * file it wrote by Excelize (excelize-wasm, the Go library's WebAssembly build, BSD-3-Clause),
 * from the same chart and table descriptions the task pane inserts in Excel, so the receiver
 * sees what the analyst saw. Every other part of the file is kept as ExcelJS wrote it.
 */
import { absolute, cellsIn, columnLetter, parseA1 } from "../sheets/address";
import { ROW_POINTS } from "../sheets/layout";
import type { ChartSpec, RenderedSheet } from "../sheets/types";

type Excelize = Awaited<ReturnType<typeof import("excelize-wasm").init>>;
type Chart = Parameters<ReturnType<Excelize["OpenReader"]>["AddChart"]>[2];
type Series = NonNullable<Chart["Series"]>[number];

let loading: Promise<Excelize> | null = null;

/** Excelize, loaded once: its WebAssembly takes about a third of a second to start. */
function excelize(): Promise<Excelize> {
  loading ??= import("excelize-wasm").then(({ init }) =>
    init(require.resolve("excelize-wasm/excelize.wasm.gz"))
  );
  return loading;
}

/** Axis numbers with thousands grouped, as the cells show them. */
const GROUPED = { CustomNumFmt: "#,##0" };

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;

/**
 * `xlsx` with each sheet's charts and tables added, the sheets found by name.
 * @throws Error with Excelize's message when the file or a chart cannot be written
 */
export async function withChartsAndTables(
  xlsx: Uint8Array,
  sheets: readonly RenderedSheet[]
): Promise<Uint8Array> {
  const lib = await excelize();
  const file = lib.OpenReader(xlsx);
  if (file.error) throw new Error(`Excelize cannot read the workbook: ${file.error}`);
  const taken = new Set<string>();
  for (const sheet of sheets) {
    for (const spec of sheet.charts) {
      const [chart, combo] = chartOf(lib, sheet, spec);
      const from = spec.from.replace(/\$/g, "");
      const { error } = combo
        ? file.AddChart(sheet.name, from, chart, combo)
        : file.AddChart(sheet.name, from, chart);
      if (error) throw new Error(`${sheet.name}: chart "${spec.title}": ${error}`);
    }
    for (const table of sheet.tables) {
      let name = table.name;
      for (let n = 2; taken.has(name); n++) name = `${table.name}_${n}`;
      taken.add(name);
      const { error } = file.AddTable(sheet.name, {
        Range: table.ref,
        Name: name,
        StyleName: "TableStyleLight9",
        ShowRowStripes: true,
      });
      if (error) throw new Error(`${sheet.name}: table ${name}: ${error}`);
    }
  }
  const { buffer, error } = file.WriteToBuffer();
  if (error || !buffer) throw new Error(`Excelize cannot write the workbook: ${error}`);
  return buffer as Uint8Array;
}

/** A chart (and its line on a secondary axis, if any) in Excelize's terms. */
function chartOf(lib: Excelize, sheet: RenderedSheet, spec: ChartSpec): [Chart, Chart | null] {
  const at = (ref: string) =>
    `'${sheet.name.replace(/'/g, "''")}'!${absolute(ref.replace(/\$/g, ""))}`;
  const type = {
    BarClustered: lib.Bar,
    ColumnStacked: lib.ColStacked,
    ColumnClustered: lib.Col,
  }[spec.type];
  const names = cellsIn(spec.seriesNames);
  const series: Series[] = slices(spec.data, spec.seriesBy).map((values, i) => ({
    Name: at(names[i] ?? names[0]),
    Categories: at(spec.categories),
    Values: at(values),
  }));
  // Text at 11 pt, as the cells', so a sheet printed at two-thirds size shows it at 7 pt or more.
  const font = { Size: 11 };
  const chart: Chart = {
    Type: type,
    Series: series,
    Title: { Paragraph: [{ Text: spec.title, Font: { Size: 14, Bold: true } }] },
    Legend: { Position: "bottom", Font: font },
    VaryColors: false,
    Dimension: dimension(sheet, spec),
    // Category names at the plot's edge, so negative bars (a tornado's) never run over them.
    XAxis: { TickLabelPosition: lib.ChartTickLabelLow, Font: font },
    YAxis: { Font: font, NumFmt: GROUPED },
  };
  const combo: Chart | null = spec.line
    ? {
        Type: lib.Line,
        Series: [
          {
            Name: at(spec.line.name),
            Categories: at(spec.categories),
            Values: at(spec.line.values),
          },
        ],
        YAxis: { Secondary: true, Font: font, NumFmt: GROUPED },
      }
    : null;
  return [chart, combo];
}

/** The rows (or columns) of a range, each as a range of its own. */
function slices(ref: string, by: "rows" | "columns"): string[] {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const [r0, c0] = parseA1(from);
  const [r1, c1] = parseA1(to);
  const out: string[] = [];
  if (by === "rows")
    for (let r = r0; r <= r1; r++)
      out.push(`${columnLetter(c0)}${r + 1}:${columnLetter(c1)}${r + 1}`);
  else
    for (let c = c0; c <= c1; c++)
      out.push(`${columnLetter(c)}${r0 + 1}:${columnLetter(c)}${r1 + 1}`);
  return out;
}

/**
 * The chart's size in pixels: the columns and rows from its top-left to its bottom-right cell,
 * the columns only as far as the page it starts on reaches.
 */
function dimension(sheet: RenderedSheet, spec: ChartSpec): { Width: number; Height: number } {
  const [r0, c0] = parseA1(spec.from.replace(/\$/g, ""));
  const [r1, c1] = parseA1(spec.to.replace(/\$/g, ""));
  const widthOf = (c: number) => {
    const run = sheet.widths.find((w) => {
      const [first, last = first] = w.columns.split(":").map((l) => parseA1(`${l}1`)[1]);
      return c >= first && c <= last;
    });
    return Math.round((run?.width ?? DEFAULT_WIDTH) * 7 + 5);
  };
  // Excelize anchors a chart by turning pixels back into cells with its own row factor (4/3.4
  // pixels a point), so the height is given in those pixels to end on the intended row.
  const heightOf = (r: number) =>
    Math.ceil(((sheet.heights.find((h) => h.row === r + 1)?.points ?? ROW_POINTS) * 4) / 3.4);
  // No wider than what is left of the page it starts on, so printing never cuts it in two.
  const next = sheet.print.pagesAcross.find((start) => start > c0) ?? Number.POSITIVE_INFINITY;
  let width = 0;
  for (let c = c0; c <= c1 && c < next; c++) width += widthOf(c);
  let height = 0;
  for (let r = r0; r <= r1; r++) height += heightOf(r);
  return { Width: width, Height: height };
}
