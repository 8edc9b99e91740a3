/**
 * A standalone .xlsx of the SovAI sheets for people without the add-in, built from the same sheet
 * descriptions the task pane inserts and live wherever the model allows: each SOVAI call becomes
 * native formulas over a model sheet of the add-in's data (live.ts), so changing a scenario,
 * horizon, recipient, currency or override recalculates in Excel, LibreOffice or Google Sheets;
 * the risk simulation keeps its values at export (with a note) and the inputs it read are locked
 * and say so. Node only (ExcelJS); never part of the add-in's bundles.
 */
import ExcelJS from "exceljs";
import { DATA_AS_OF, MODEL_VERSION, type RestsOnLookup } from "../model";
import { renderSpec } from "../sheets";
import { absolute } from "../sheets/address";
import { textIn, type SheetTable } from "../sheets/localize";
import type { RenderedSheet } from "../sheets/types";
import { FormulaError, sheetEvaluator, type SovaiCall } from "./evaluator/evaluate";
import { freezeSovai } from "../freeze/snapshot";
import { PROVENANCE_SHEET, type ProvenanceEntry } from "../freeze/provenance";
import { inputsBehind } from "./live/lock";
import { LAYOUT, MODEL_SHEET, modelSheet } from "./live/model-sheet";
import { liven, type ModelTarget } from "./live/translate";
import { lockInputs } from "./locked-inputs";
import { addProvenanceSheet } from "./provenance-sheet";
import { writeSheet } from "./write-sheet";

/** A SOVAI cell the export could not evaluate: a bad option, reported before anything is written. */
export class ExportError extends Error {}

/**
 * Builds the workbook; throws ExportError naming the cell if a SOVAI value is an error.
 * @param restsOn - what each function's value rests on (its record's), for the provenance record
 * @param table - the sheets' language (none for English): the model sheet, the provenance
 *   record, the locked inputs' labels and the footers in it
 */
export function buildWorkbook(
  sheets: readonly RenderedSheet[],
  call: SovaiCall,
  restsOn: RestsOnLookup,
  table?: SheetTable
): ExcelJS.Workbook {
  const text = textIn(table);
  const wb = new ExcelJS.Workbook();
  wb.creator = `SovAI ${MODEL_VERSION}`;
  const names: DefinedName[] = [];
  const provenance: ProvenanceEntry[] = [];
  const model: ModelTarget = {
    sheet: text(MODEL_SHEET),
    requests: [],
    firstRow: LAYOUT.calculations + 1,
  };

  sheets.forEach((sheet, index) => {
    const evaluate = sheetEvaluator(sheet, call);
    const valueAt = (address: string) => {
      const v = evaluate(address);
      if (v instanceof FormulaError)
        throw new ExportError(`${sheet.name}!${address}: ${v.code} ${v.message}`);
      return v ?? "";
    };
    const live = liven(sheet, evaluate, model);
    const { sheet: written, frozen } = freezeSovai(live.sheet, valueAt);
    // Cached values are the sheet's own at export, native or not: the model gives them all.
    const ws = writeSheet(wb, written, valueAt);
    for (const c of frozen) {
      ws.getCell(c.address).note =
        `Value of ${c.formula} from the SovAI model ${MODEL_VERSION} (data as of ${DATA_AS_OF}), frozen so the workbook works without the add-in.`;
      provenance.push({ sheet: sheet.name, ...c });
    }
    lockInputs(
      ws,
      sheet,
      inputsBehind(
        sheet,
        frozen.map((c) => c.address)
      ),
      valueAt,
      text
    );
    for (const n of sheet.names)
      names.push({ name: n.name, ranges: [`'${sheet.name}'!${n.ref}`], localSheetId: index });
  });

  const data = modelSheet(model.requests);
  const rendered = renderSpec(data.spec, table ? "ko" : "en", table);
  writeSheet(wb, rendered, (address) => data.cached.get(address) ?? null);
  for (const n of data.names)
    names.push({ name: n.name, ranges: [`'${rendered.name}'!${absolute(n.ref)}`] });

  addProvenanceSheet(wb, text(PROVENANCE_SHEET), provenance, restsOn, text);

  // ExcelJS writes only workbook-wide names; the sheets reuse names (Scenario, Tolerance…), which
  // Excel scopes per sheet with localSheetId. Its name writer passes localSheetId through.
  Object.defineProperty(wb.definedNames, "model", { get: () => names, configurable: true });
  return wb;
}

/** A defined name as ExcelJS's writer takes it: workbook-wide without `localSheetId`. */
interface DefinedName {
  readonly name: string;
  readonly ranges: string[];
  readonly localSheetId?: number;
}
