/**
 * The exported workbook as its receiver uses it: they type into a yellow cell and LibreOffice
 * recalculates. Every Master check must stay TRUE and the headline figures must be the model's
 * for the new inputs, worked here from the model itself; inputs the workbook cannot honour (the
 * risk simulation's) must be locked and say so.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells in memory, not Office.js proxies: there is nothing to load or sync. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  gpusOf,
  lockinCost,
  lockinPremium,
  parseEntity,
  resolveAssumptions,
  sovereigntyCost,
  switchingCost,
  TOTAL_GPUS,
  weightedGpusOf,
  type Scenario,
} from "../../src/model";
import { renderSheet, SHEET_DEFAULTS, SHEETS } from "../../src/sheets";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { MAX_SHEET_HORIZON } from "../../src/sheets/types";
import { sheetLocks, typeInto, type Edit } from "../../support/edit-xlsx";
import { recalculate, SOFFICE } from "../../support/libreoffice";
import { at, nameRef } from "../../support/locate";
import { expectClose } from "../../support/helpers";
import { describeWithTool } from "../../support/system-tools";
import { errorCells, resultOf } from "../../support/workbook-cells";

const ROOT = path.join(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "sovai-live-"));

/** The inputs the export starts from: the defaults, with 30 year columns laid out. */
const START = { ...SHEET_DEFAULTS, scheduleYears: MAX_SHEET_HORIZON };
const dependency = renderSheet("dependency", START);
const sovereignty = renderSheet("sovereignty", START);
const allocation = renderSheet("allocation", START);
const SHEET_OF = { dependency, sovereignty, allocation } as const;
const cellOf = (ref: string) => ref.replace(/\$/g, "");

/** What the receiver types, and the inputs the Dependency and Sovereignty sheets then hold. */
interface Case {
  readonly label: string;
  readonly sheet: keyof typeof SHEET_OF;
  readonly input: string;
  readonly value: number | string;
  readonly years: number;
  readonly scenario: Scenario;
  readonly entity: string;
  readonly currency: "USD" | "KRW";
  /** An override typed into the Dependency sheet's override column, by assumption name. */
  readonly override?: readonly [string, number];
}
const base = { years: 10, scenario: "base", entity: "Total", currency: "USD" } as const;
const CASES: readonly Case[] = [
  { label: "Horizon 5", sheet: "dependency", input: "Horizon", value: 5, ...base, years: 5 },
  { label: "Horizon 20", sheet: "dependency", input: "Horizon", value: 20, ...base, years: 20 },
  {
    label: "Scenario high",
    sheet: "dependency",
    input: "Scenario",
    value: "high",
    ...base,
    scenario: "high",
  },
  {
    label: "Entity Samsung",
    sheet: "dependency",
    input: "Entity",
    value: "Samsung Electronics",
    ...base,
    entity: "Samsung Electronics",
  },
  {
    label: "Currency KRW",
    sheet: "dependency",
    input: "Currency",
    value: "KRW",
    ...base,
    currency: "KRW",
  },
  {
    label: "an override of capex_per_gpu_usd",
    sheet: "dependency",
    input: "capex_per_gpu_usd",
    value: 100_000,
    ...base,
    override: ["capex_per_gpu_usd", 100_000],
  },
  {
    label: "Allocation scenario low",
    sheet: "allocation",
    input: "Scenario",
    value: "low",
    ...base,
    scenario: "low",
  },
  {
    label: "Sovereignty horizon 25",
    sheet: "sovereignty",
    input: "Horizon",
    value: 25,
    ...base,
    years: 25,
  },
];

/** The cell a case types into: an input by name, or an assumption's override cell. */
function target(c: Case): string {
  const sheet = SHEET_OF[c.sheet];
  return c.override ? at(sheet, c.override[0], "Override") : cellOf(nameRef(sheet, c.input));
}

function exportTo(file: string, lang: "en" | "ko"): void {
  const run = spawnSync(TSX, ["scripts/workbook.ts", "--out", file, "--lang", lang], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}

describeWithTool(
  "LibreOffice",
  SOFFICE,
  "sudo apt-get install --no-install-recommends libreoffice-calc"
)("the exported workbook, edited and recalculated by LibreOffice", () => {
  describe.each(["en", "ko"] as const)("%s", (lang) => {
    const file = path.join(dir, `export-${lang}.xlsx`);
    const names = SHEETS.map(
      (s) => renderSheet(s.key, { ...START, language: lang }, KO_SHEETS).name
    );
    const sheetName = (key: keyof typeof SHEET_OF) => names[SHEETS.findIndex((s) => s.key === key)];
    beforeAll(() => exportTo(file, lang), 120_000);

    // Korean runs the two edits that touch the most text: the horizon in titles, KRW in figures.
    const cases = lang === "en" ? CASES : CASES.filter((c) => /Horizon 20|KRW/.test(c.label));
    it.each(cases.map((c) => [c.label, c] as const))(
      "%s: every Master check TRUE, the figures the model's",
      async (_, c) => {
        const edit: Edit = { sheet: sheetName(c.sheet), address: target(c), value: c.value };
        const typed = path.join(dir, `${lang}-${c.label.replace(/\W+/g, "-")}.xlsx`);
        await typeInto(file, [edit], typed);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(recalculate(typed));
        expect(errorCells(book)).toEqual([]);
        for (const name of names)
          expect({ name, master: resultOf(book.getWorksheet(name)!.getCell("B3")) }).toEqual({
            name,
            master: 1,
          });

        const overrides: [string, string | number][] = [["currency", c.currency]];
        if (c.override) overrides.push([...c.override]);
        const a = resolveAssumptions(c.scenario, overrides);
        const selector = parseEntity(c.entity);
        const g = gpusOf(selector, c.scenario);
        const shown = (key: keyof typeof SHEET_OF, label: string, header: string) =>
          resultOf(
            book.getWorksheet(sheetName(key))!.getCell(at(SHEET_OF[key], label, header))
          ) as number;
        if (c.sheet === "dependency") {
          expectClose(
            shown("dependency", "Lock-in cost: PV of vendor spend", "Selected currency"),
            lockinCost(c.years, g, a)
          );
          expectClose(
            shown(
              "dependency",
              "Lock-in premium: PV paid over a multi-vendor market",
              "Selected currency"
            ),
            lockinPremium(c.years, g, a)
          );
          expectClose(
            shown("dependency", "Switching cost (one-off)", "Selected currency"),
            switchingCost(selector, c.scenario, a)
          );
        } else if (c.sheet === "allocation") {
          expect(shown("allocation", "Total", "GPUs")).toBe(TOTAL_GPUS[c.scenario]);
          expect(shown("allocation", "Samsung Electronics", "GPUs")).toBe(
            gpusOf(parseEntity("Samsung Electronics"), c.scenario)
          );
        } else {
          const fleet = { gpus: g, weightedGpus: weightedGpusOf(selector, c.scenario) };
          expectClose(
            shown("sovereignty", "Net PV of the path over staying", "Path"),
            sovereigntyCost(c.years, fleet, 0.5, 10, a)
          );
        }
      },
      120_000
    );

    it("carries every chart and the Allocation table, and they survive LibreOffice's round trip", async () => {
      const charts = SHEETS.flatMap(
        (s) => renderSheet(s.key, { ...START, language: lang }, KO_SHEETS).charts
      );
      for (const xlsx of [file, recalculate(file)]) {
        const zip = await JSZip.loadAsync(readFileSync(xlsx));
        const parts = zip.file(/^xl\/charts\/chart\d+\.xml$/);
        const xml = (await Promise.all(parts.map((p) => p.async("string")))).map((x) =>
          x.replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, "&")
        );
        expect(parts).toHaveLength(charts.length);
        for (const c of charts) expect(xml.some((x) => x.includes(c.title))).toBe(true);
        expect(zip.file(/^xl\/tables\/table\d+\.xml$/)).toHaveLength(1);
      }
    });

    it("locks the risk simulation's inputs, labelled with their value, and leaves the rest open", async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const risk = renderSheet("risk", START);
      const riskName = names[SHEETS.findIndex((s) => s.key === "risk")];
      const ws = book.getWorksheet(riskName)!;
      const locks = await sheetLocks(file, riskName);
      expect([locks.protected, locks.password]).toEqual([true, false]);
      const fixed = lang === "en" ? "Fixed at export" : KO_SHEETS["Fixed at export"];
      for (const [name, value] of [
        ["Trials", "10,000"],
        ["Seed", "1"],
        ["Horizon", "10"],
      ] as const) {
        const address = cellOf(nameRef(risk, name));
        expect({ name, locked: locks.locked(address) }).toEqual({ name, locked: true });
        const cell = ws.getCell(address);
        expect(String(cell.note)).toContain(`${fixed}: ${value}; `);
        expect(cell.dataValidation?.prompt).toBe(String(cell.note));
      }
      expect(locks.locked(cellOf(nameRef(risk, "Tolerance")))).toBe(false);
      // Sheets the model works natively stay open: nothing there needs the add-in.
      expect((await sheetLocks(file, sheetName("dependency"))).protected).toBe(false);
    });
  });
});
