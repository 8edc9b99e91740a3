/**
 * `npm run workbook` end to end: the command writes a standalone .xlsx, LibreOffice (a
 * spreadsheet engine that is not ours) recalculates it from scratch, and then no cell may hold an
 * error, every sheet's Master check must be TRUE, and the dependency sheet's native schedule
 * must equal the model's LOCKIN_COST for the same options.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  gpusOf,
  lockinCost,
  parseEntity,
  resolveAssumptions,
  type Currency,
  type Scenario,
} from "../../src/model";
import { renderSheet, SHEET_DEFAULTS, SHEETS } from "../../src/sheets";
import { PROVENANCE_SHEET } from "../../src/freeze/provenance";
import { MODEL_SHEET } from "../../src/export/live/model-sheet";
import { recalculate, SOFFICE } from "../../support/libreoffice";
import { errorCells, resultOf } from "../../support/workbook-cells";
import { describeWithTool } from "../../support/system-tools";
import { expectClose } from "../../support/helpers";

const SHEET_NAMES = SHEETS.map((s) => renderSheet(s.key, SHEET_DEFAULTS).name);

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-export-"));

function workbook(args: string[]) {
  return spawnSync(TSX, ["scripts/workbook.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

const CASES: [Scenario, number, string, Currency][] = [
  ["base", 10, "Total", "USD"],
  ["high", 30, "Samsung", "KRW"],
  ["low", 5, "네이버", "USD"],
];

describeWithTool(
  "LibreOffice",
  SOFFICE,
  "sudo apt-get install --no-install-recommends libreoffice-calc"
).each(CASES)("scenario %s, %i years, %s, %s", (scenario, years, entity, currency) => {
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const out = path.join(dir, `${scenario}-${years}.xlsx`);
    const run = workbook([
      "--out",
      out,
      "--scenario",
      scenario,
      "--years",
      String(years),
      "--entity",
      entity,
      "--currency",
      currency,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalculate(out));
  }, 120_000);

  it("has every sheet the pane offers, then the model data and the provenance sheet", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      ...SHEET_NAMES,
      MODEL_SHEET,
      PROVENANCE_SHEET,
    ]);
    expect(SHEET_NAMES[0]).toBe("SovAI Allocation");
  });

  it("has no error cell anywhere after LibreOffice recalculates it", () => {
    expect(errorCells(book)).toEqual([]);
  });

  it("titles each sheet by formula, following its options", () => {
    const gpus = { base: "260,000", high: "302,000", low: "201,300" }[scenario];
    expect(resultOf(book.getWorksheet("SovAI Allocation")!.getCell("A1"))).toBe(
      `Allocation of ${gpus} GPUs announced for Korea, ${scenario} scenario`
    );
    expect(resultOf(book.getWorksheet("SovAI Dependency")!.getCell("A1"))).toMatch(
      new RegExp(`, ${years} years, ${scenario} scenario, ${currency}$`)
    );
  });

  it("shows TRUE right of every 'Master check'", () => {
    for (const name of SHEET_NAMES) {
      const ws = book.getWorksheet(name)!;
      expect(ws.getCell("A3").value).toBe("Master check");
      // LibreOffice saves a boolean as 1 in a TRUE/FALSE number format; both display TRUE.
      const cell = ws.getCell("B3");
      const format = String(ws.getRow(3).getCell(2).style.numFmt ?? "");
      const shown = resultOf(cell) === true || (resultOf(cell) === 1 && /"TRUE"/.test(format));
      expect({ name, shown }).toEqual({ name, shown: true });
    }
  });

  it("keeps the schedule as formulas, and its PV equals the model's LOCKIN_COST", () => {
    const ws = book.getWorksheet("SovAI Dependency")!;
    let pvRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "PV of vendor spend") pvRow = n;
    });
    const total = ws.getCell(`C${pvRow}`);
    // An ExcelJS cell, not an Office.js proxy: nothing to load or sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect((total.value as { formula?: string }).formula).toMatch(/^SUM\(/);
    const selector = parseEntity(entity);
    const a = resolveAssumptions(scenario, [["currency", currency]]);
    // The model computed independently of the workbook: same scenario, entity, horizon, currency.
    expectClose(resultOf(total), lockinCost(years, gpusOf(selector, scenario), a));
  });

  it("leaves no SOVAI call: each is native or a value with a note, listed in the provenance sheet", () => {
    const ws = book.getWorksheet("SovAI Dependency")!;
    let sovai = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) =>
        String((cell.value as { formula?: string })?.formula ?? "").includes("SOVAI.") ? sovai++ : 0
      )
    );
    expect(sovai).toBe(0);
    const provenance = book.getWorksheet("SovAI Provenance")!;
    expect(provenance.getRow(1).values).toContain("Original formula");
    expect(provenance.rowCount).toBeGreaterThan(40);
    expect(String(provenance.getCell("C2").value)).toMatch(/^=SOVAI\./);
  });
});

describe("an export above 10,000 trials", () => {
  it("waits for its simulation: the histogram holds every one of 200,000 trials", async () => {
    const out = path.join(dir, "trials-200000.xlsx");
    const run = workbook(["--trials", "200000", "--seed", "3", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const risk = book.getWorksheet("SovAI Risk")!;
    let checked = 0;
    risk.eachRow((row) => {
      if (row.getCell(1).value !== "Histogram holds every trial") return;
      expect(resultOf(row.getCell(2))).toBe(200_000);
      expect(resultOf(row.getCell(3))).toBe(200_000);
      checked++;
    });
    expect(checked).toBe(1);
  }, 120_000);
});

describe("command-line errors", () => {
  it("rejects bad arguments with a message and exit code 2", () => {
    for (const args of [
      ["--out", path.join(dir, "a.xlsx"), "--entity", "Intel"],
      ["--out", path.join(dir, "a.xlsx"), "--years", "31"],
      ["--out", path.join(dir, "a.xlsx"), "--scenario", "worst"],
      ["--out", path.join(dir, "a.txt")],
      ["--years", "10"],
      ["--out", path.join(dir, "a.xlsx"), "--colour", "red"],
      ["--out", path.join(dir, "a.xlsx"), "--trials", "999"],
      ["--out", path.join(dir, "a.xlsx"), "--measure", "profit"],
      ["--out", path.join(dir, "a.xlsx"), "--lang", "fr"],
    ]) {
      const run = workbook(args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      // One plain line, naming the option as it is typed; the usage only with --help.
      const lines = run.stderr.trim().split("\n");
      expect({ args, lines: lines.length }).toEqual({ args, lines: 1 });
      expect(lines[0]).toMatch(/^npm run workbook: --[a-z]+[ :].*\(--help lists the options\.\)$/);
    }
  }, 60_000);

  it("answers an --out that is a folder with one plain line and exit code 2", () => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder, { recursive: true });
    const run = workbook(["--out", folder]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      `npm run workbook: --out ${folder} is a folder; name an .xlsx file in it.`,
    ]);
  }, 30_000);

  it("prints the usage for --help and exits 0", () => {
    const run = workbook(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run workbook -- --out FILE\.xlsx/);
    expect(run.stdout).toMatch(/--measure/);
    expect(run.stderr).toBe("");
  }, 30_000);

  it("answers an --out in a missing folder with one plain line and exit code 2", () => {
    const run = workbook(["--out", path.join(dir, "no-such-folder", "a.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^npm run workbook: the folder .*no-such-folder does not exist; create it or choose another --out\.$/m
    );
  }, 30_000);

  it("does not overwrite an existing file without --force", () => {
    const file = path.join(dir, "keep.xlsx");
    writeFileSync(file, "precious");
    const run = workbook(["--out", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/exists; pass --force/);
    expect(execFileSync("cat", [file], { encoding: "utf8" })).toBe("precious");
    expect(workbook(["--out", file, "--force"]).status).toBe(0);
  }, 60_000);
});
