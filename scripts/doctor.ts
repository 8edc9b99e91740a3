// npm run doctor -- FILE.xlsx: the workbook doctor on a saved workbook, offline: SOVAI formulas
// whose cached results are errors, unknown SOVAI ids (with the closest one), frozen values from an
// older model, and Master checks that are not TRUE. One finding per line with sheet and address.
// Exit codes: 0 clean, 1 findings, 2 bad usage or a file that is not a readable workbook. It only
// reads the file.
import { existsSync } from "fs";
import ExcelJS from "exceljs";
import {
  checkAddresses,
  describeFinding,
  diagnose,
  type FormulaCell,
  type FrozenRecord,
  type MasterCheck,
} from "../src/doctor/findings";
import { isProvenanceSheet } from "../src/freeze/provenance";
import { MASTER_CHECK_LABELS } from "../src/sheets/common";
import { FUNCTIONS_BY_ID } from "../src/functions";

const USAGE = "Usage: npm run doctor -- FILE.xlsx";

function say(message: string, code: number): number {
  console.error(`npm run doctor: ${message}`);
  return code;
}

/** What a cell shows: an error as its text, a formula as its cached result. */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object") {
    if ("error" in (v as object)) return (v as { error: string }).error;
    if (
      "result" in (v as object) ||
      "formula" in (v as object) ||
      "sharedFormula" in (v as object)
    ) {
      const r = (v as { result?: unknown }).result;
      return r && typeof r === "object" && "error" in (r as object)
        ? (r as { error: string }).error
        : r;
    }
  }
  return v;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula;
  return f ? `=${f}` : null;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith("-")) return say(`give one workbook.\n${USAGE}`, 2);
  const file = args[0];
  if (!existsSync(file)) return say(`${file} does not exist.`, 2);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch {
    return say(`${file} is not a readable .xlsx workbook.`, 2);
  }
  const cells: FormulaCell[] = [];
  const masters: MasterCheck[] = [];
  const frozen: FrozenRecord[] = [];
  for (const ws of book.worksheets) {
    if (isProvenanceSheet(ws.name)) {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const [sheet, address, , , , modelVersion, dataAsOf] = (row.values as unknown[]).slice(1);
        if (typeof sheet === "string" && typeof address === "string")
          frozen.push({
            sheet,
            address,
            modelVersion: String(modelVersion ?? ""),
            dataAsOf: String(dataAsOf ?? ""),
          });
      });
      continue;
    }
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = formulaOf(cell);
        if (formula)
          cells.push({ sheet: ws.name, address: cell.address, formula, value: shown(cell) });
        if (MASTER_CHECK_LABELS.includes(String(cell.value)) && Number(cell.col) === 1) {
          const master = row.getCell(2);
          const checks = checkAddresses(formulaOf(master) ?? "").map((address) => ({
            address,
            label: String(ws.getCell(`A${ws.getCell(address).row}`).value ?? address),
            value: shown(ws.getCell(address)),
          }));
          // An ExcelJS cell, not an Office.js proxy: nothing to load or sync.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          masters.push({ sheet: ws.name, address: master.address, value: shown(master), checks });
        }
      })
    );
  }
  const knownIds = [...FUNCTIONS_BY_ID.keys()];
  const findings = diagnose({ cells, masters, frozen, knownIds, fromFile: true });
  for (const f of findings) console.log(describeFinding(f));
  console.log(
    findings.length ? `${findings.length} finding(s) in ${file}.` : `No findings in ${file}.`
  );
  return findings.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => (process.exitCode = say(`failed: ${e instanceof Error ? e.message : String(e)}`, 2))
);
