/* global Excel */
/**
 * The end-to-end check's Excel side: writes each example formula into a new sheet, waits for
 * Excel to calculate them (custom functions answer asynchronously, showing #BUSY! meanwhile),
 * and reads back each result's top-left value and, for a spill, its size. Used only by the
 * test build that `npm run test:excel` sideloads.
 */

/** What one example formula gave in Excel. */
export interface ExampleResult {
  readonly formula: string;
  /** The top-left cell's value; errors read as their text ("#VALUE!"); a card, its text. */
  readonly value: unknown;
  /** For a card (an entity value): the names of its properties. */
  readonly properties?: readonly string[];
  readonly rows: number;
  readonly columns: number;
}

/** Rows between examples, more than the tallest spill (LOCKIN_HISTOGRAM, 21 rows). */
const SPACING = 30;

/** Tries at reading back before giving up on a #BUSY! cell, one second apart. */
const ATTEMPTS = 60;

export async function runExamples(
  formulas: readonly string[],
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
): Promise<ExampleResult[]> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(`SovAI check ${Date.now() % 100000}`);
    const cells = formulas.map((formula, i) => {
      const cell = sheet.getRange(`A${1 + i * SPACING}`);
      cell.formulas = [[formula]];
      return cell;
    });
    await context.sync();
    let results: ExampleResult[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const spills = cells.map((cell) => {
        // A card's `values` is its basic value, "#VALUE!"; only valuesAsJson holds the entity
        // (@types/office-js: EntityCellValue, ExcelApi 1.16).
        cell.load("values,valuesAsJson");
        const spill = cell.getSpillingToRangeOrNullObject();
        spill.load("rowCount,columnCount");
        return spill;
      });
      // Polling on purpose: Excel calculates custom functions asynchronously, and only a read
      // tells whether a cell still shows #BUSY!. One sync per second, every cell in each.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      results = cells.map((cell, i) => {
        const json = cell.valuesAsJson?.[0]?.[0] as Excel.CellValue | undefined;
        const card = json?.type === "Entity" ? (json as Excel.EntityCellValue) : undefined;
        return {
          formula: formulas[i],
          value: card ? card.text : cell.values[0][0],
          ...(card ? { properties: Object.keys(card.properties ?? {}) } : {}),
          rows: spills[i].isNullObject ? 1 : spills[i].rowCount,
          columns: spills[i].isNullObject ? 1 : spills[i].columnCount,
        };
      });
      if (results.every((r) => r.value !== "#BUSY!")) break;
      await wait(1000);
    }
    return results;
  });
}
