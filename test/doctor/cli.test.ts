/**
 * npm run doctor on saved workbooks built here with ExcelJS, the way Excel stores SOVAI calls
 * (`_xldudf_SOVAI_…` with a cached result): each finding on its own line with sheet and address,
 * the right exit code, and the file's bytes untouched.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-doctor-"));

function doctor(...args: string[]) {
  return spawnSync(TSX, ["scripts/doctor.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

it("finds a typo'd id, a cached #NAME?, a failing Master check and stale provenance, and leaves the file alone", async () => {
  const file = await workbook("returned.xlsx", (wb) => {
    const ws = wb.addWorksheet("Model");
    ws.getCell("A1").value = {
      formula: "_xldudf_SOVAI_LOCKIN_COSTS(10)",
      result: { error: "#NAME?" },
    } as ExcelJS.CellValue;
    ws.getCell("A2").value = {
      formula: "_xldudf_SOVAI_LOCKIN_COST(10)",
      result: { error: "#NAME?" },
    } as ExcelJS.CellValue;
    ws.getCell("A3").value = "Master check";
    ws.getCell("B3").value = { formula: "AND(D10,D11)", result: false } as ExcelJS.CellValue;
    ws.getCell("A10").value = "Schedule PV equals SOVAI.LOCKIN_COST";
    ws.getCell("D10").value = { formula: "C10=B10", result: false } as ExcelJS.CellValue;
    ws.getCell("A11").value = "Shares add up";
    ws.getCell("D11").value = { formula: "C11=B11", result: true } as ExcelJS.CellValue;
    const p = wb.addWorksheet("SovAI Provenance");
    p.addRow([
      "Sheet",
      "Cell",
      "Original formula",
      "Value",
      "Spill range",
      "Model version",
      "Data as of",
    ]);
    p.addRow(["Model", "B7", "=SOVAI.KOREA_GPUS()", 260000, "", "1.0.0", "2025-10-31"]);
  });
  const before = readFileSync(file);
  const run = doctor(file);
  expect(run.status).toBe(1);
  const lines = run.stdout.trim().split("\n");
  expect(lines.find((l) => l.startsWith("Model!A1:"))).toMatch(
    /SOVAI\.LOCKIN_COSTS is not a SovAI function.*did you mean SOVAI\.LOCKIN_COST\?/
  );
  expect(lines.find((l) => l.startsWith("Model!A2:"))).toMatch(
    /shows #NAME\?.*add-in was not loaded/
  );
  expect(lines.find((l) => l.startsWith("Model!B3:"))).toMatch(
    /Master check is not TRUE.*Failing: Schedule PV equals SOVAI\.LOCKIN_COST \(D10\)\./
  );
  expect(lines.find((l) => l.startsWith("Model!B7:"))).toMatch(
    /frozen value from model 1\.0\.0 \(data as of 2025-10-31\).*Fix: Unfreeze/
  );
  expect(lines[lines.length - 1]).toMatch(/^4 finding\(s\) in /);
  expect(readFileSync(file).equals(before)).toBe(true);
}, 60_000);

it("reports nothing on a clean export from npm run workbook, and exits 0", () => {
  const file = path.join(dir, "clean.xlsx");
  expect(spawnSync(TSX, ["scripts/workbook.ts", "--out", file], { cwd: ROOT }).status).toBe(0);
  const run = doctor(file);
  expect(run.stdout.trim()).toBe(`No findings in ${file}.`);
  expect(run.status).toBe(0);
}, 60_000);

it("exits 2 with one plain line on bad usage or an unreadable file", () => {
  const junk = path.join(dir, "junk.xlsx");
  writeFileSync(junk, "not a zip");
  for (const args of [[], ["a.xlsx", "b.xlsx"], [path.join(dir, "missing.xlsx")], [junk]]) {
    const run = doctor(...args);
    expect({ args, status: run.status }).toEqual({ args, status: 2 });
    expect(run.stderr).toMatch(/^npm run doctor: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }
}, 60_000);
