// npm run workbook -- --out FILE.xlsx [...]: the SovAI sheets as a standalone workbook for
// people without the add-in. See src/export/ and the README's "Sharing" section.
import { existsSync, statSync, writeFileSync } from "fs";
import path from "path";
import { isPromise } from "../src/functions/async";
import { FUNCTIONS_BY_ID, restsOnOf } from "../src/functions";
import { buildWorkbook, ExportError } from "../src/export/workbook";
import { withChartsAndTables } from "../src/export/charts";
import { chartsBelow } from "../src/export/chart-pages";
import { parseWorkbookArgs, UsageError, USAGE } from "../src/export/options";
import { DATA_AS_OF, MODEL_VERSION } from "../src/model";
import { renderSheet, SHEETS } from "../src/sheets";
import { MAX_SHEET_HORIZON } from "../src/sheets/types";
import { KO_SHEETS } from "../src/i18n/ko/sheets";

/** The custom functions call Excel's error class; outside Excel a plain equivalent stands in. */
class WorkbookError {
  constructor(
    readonly code: string,
    readonly message: string
  ) {}
}
Object.assign(globalThis, { CustomFunctions: { Error: WorkbookError } });

/** Passes at most: each starts the simulations the cells it reached need (the Risk sheet has two). */
const MAX_PASSES = 5;

/** Every message has one shape: "npm run workbook: <what happened>." on standard error. */
function say(message: string, code: number): number {
  console.error(`npm run workbook: ${message}`);
  return code;
}

async function main(): Promise<number> {
  let request;
  try {
    request = parseWorkbookArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return say(`${e.message} (--help lists the options.)`, 2);
  }
  if (request.help) {
    console.log(USAGE);
    return 0;
  }
  const out = path.resolve(request.out);
  if (!existsSync(path.dirname(out)))
    return say(
      `the folder ${path.dirname(out)} does not exist; create it or choose another --out.`,
      2
    );
  if (existsSync(out) && statSync(out).isDirectory())
    return say(`--out ${out} is a folder; name an .xlsx file in it.`, 2);
  if (existsSync(out) && !request.force)
    return say(`${out} exists; pass --force to overwrite it.`, 2);
  const options = {
    scenario: request.scenario,
    horizon: request.years,
    // Every year column up to 30, so whoever receives the workbook can lengthen the horizon.
    scheduleYears: MAX_SHEET_HORIZON,
    entity: request.entity,
    currency: request.currency,
    measure: request.measure,
    trials: request.trials,
    seed: request.seed,
    language: request.language,
  };
  // The functions word MODEL_VERSION() and their messages in Office's display language; the
  // export stands in for Excel, so a Korean export gets what Korean Excel would show.
  if (request.language === "ko")
    Object.assign(globalThis, { Office: { context: { displayLanguage: "ko-KR" } } });
  // Charts go below the tables in the export, where printing shows them whole.
  const sheets = SHEETS.map((s) => chartsBelow(renderSheet(s.key, options, KO_SHEETS)));
  const call = (id: string, args: readonly unknown[]) => {
    const record = FUNCTIONS_BY_ID.get(id);
    if (!record) throw new WorkbookError("#NAME?", `Unknown function SOVAI.${id}`);
    return record.run(...args);
  };
  try {
    const wb = await buildSettled(sheets, call, request.language === "ko" ? KO_SHEETS : undefined);
    // ExcelJS writes the cells; Excelize adds the charts and tables it cannot.
    const written = new Uint8Array(await wb.xlsx.writeBuffer());
    writeFileSync(out, await withChartsAndTables(written, sheets));
  } catch (e) {
    if (e instanceof ExportError) return say(e.message, 1);
    throw e;
  }
  console.log(
    `Wrote ${out}: ${sheets.map((s) => s.name).join(", ")} and the provenance record ` +
      `(${request.scenario}, ${request.years} years, ${request.entity}, ${request.currency}; model ${MODEL_VERSION}, data as of ${DATA_AS_OF}).`
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => (process.exitCode = say(`failed: ${e instanceof Error ? e.message : String(e)}`, 1))
);

/**
 * The workbook once every SOVAI result is ready. A large simulation answers with a promise, as
 * in Excel, and a cell that reads one (through INDEX, say) cannot be computed yet: a pass
 * starts every simulation it reaches, with 0 in their place, and if any was started the
 * workbook is built again, once they are done, from the cache.
 */
async function buildSettled(
  sheets: Parameters<typeof buildWorkbook>[0],
  call: Parameters<typeof buildWorkbook>[1],
  table: Parameters<typeof buildWorkbook>[3]
): Promise<ReturnType<typeof buildWorkbook>> {
  for (let pass = 1; ; pass++) {
    const running: Promise<unknown>[] = [];
    const last = pass === MAX_PASSES;
    try {
      const wb = buildWorkbook(
        sheets,
        (id, args) => {
          const result = call(id, args);
          if (!isPromise(result)) return result;
          if (last) throw new WorkbookError("#N/A", `SOVAI.${id} did not finish computing`);
          running.push(result.then(undefined, () => undefined));
          return 0;
        },
        restsOnOf,
        table
      );
      if (running.length === 0) return wb;
    } catch (e) {
      // A failure reached only through a placeholder is no failure yet.
      if (running.length === 0) throw e;
    }
    await Promise.all(running);
  }
}
