/**
 * The pane's workbook doctor against the stateful fake workbook: every finding, with syncs that
 * do not grow with the workbook, fixes that touch only the cells named, one undo group.
 */
import { fixAll, scanWorkbook } from "../../src/excel/doctor";
import { diagnose } from "../../src/doctor/findings";
import { FakeSheet, installFakeWorkbook } from "../../support/fake-workbook";

const IDS = ["LOCKIN_COST", "KOREA_GPUS", "KOREA_ENTITY"];

function workbook(extraRows = 0) {
  const model = new FakeSheet("Model")
    .set("A1", "=SOVAI.LOCKIN_COST(10)", "#NAME?")
    .set("A2", "=SOVAI.KOREA_GPUS()", "#BUSY!")
    .set("A3", "=_xldudf_SOVAI_LOCKIN_COST(5)", "#NAME?")
    .set("A4", "=SOVAI.LOCKIN_COSTS(1)", "#NAME?")
    .set("A5", '=SOVAI.KOREA_GPUS("SK")', 50_000)
    .set("C1", 5)
    .set("C2", "=C1*2", 10)
    .set("A6", "Master check")
    .set("B6", "=AND(D8,D9)", false)
    .set("A8", "Schedule equals LOCKIN_COST")
    .set("D8", "=1=2", false)
    .set("A9", "Shares add up")
    .set("D9", "=1=1", true)
    .set("B10", 260_000);
  for (let i = 0; i < extraRows; i++) model.set(`E${20 + i}`, "=SOVAI.KOREA_GPUS()", 260_000);
  const record = new FakeSheet("SovAI Provenance")
    .set("A1", "Sheet")
    .set("A2", "Model")
    .set("B2", "B10")
    .set("D2", 260_000)
    .set("F2", "1.0.0")
    .set("G2", "2025-10-31");
  // The record keeps the original formula as text (a text-formatted cell).
  record.text.add("C2");
  record.cells.set("C2", { value: "=SOVAI.KOREA_GPUS()" });
  const book = installFakeWorkbook([model, record]);
  book.recalc.set("=SOVAI.KOREA_GPUS()", 260_000);
  book.recalc.set("=SOVAI.LOCKIN_COST(10)", 32_431_208_656);
  book.recalc.set("=SOVAI.LOCKIN_COST(5)", 17_223_747_187);
  return book;
}

it("finds each problem with its sheet, address, reason and fix", async () => {
  workbook();
  const findings = await scanWorkbook(IDS);
  const byAddress = Object.fromEntries(
    findings.map((f) => [`${f.kind} ${f.sheet}!${f.address}`, f])
  );
  expect(Object.keys(byAddress).sort()).toEqual(
    [
      "name Model!A1",
      "busy Model!A2",
      "xldudf Model!A3",
      "unknownId Model!A4",
      "masterFalse Model!B6",
      "stale Model!B10",
    ].sort()
  );
  expect(byAddress["xldudf Model!A3"].formula).toBe("=SOVAI.LOCKIN_COST(5)");
  expect(byAddress["unknownId Model!A4"].why).toMatch(/did you mean SOVAI\.LOCKIN_COST\?/);
  expect(byAddress["masterFalse Model!B6"].why).toBe("Failing: Schedule equals LOCKIN_COST (D8).");
  expect(byAddress["stale Model!B10"].fix).toBe("unfreeze");
});

it("reads the workbook in two syncs whatever its size", async () => {
  const small = workbook();
  await scanWorkbook(IDS);
  const large = workbook(3_000);
  const findings = await scanWorkbook(IDS);
  expect([small.syncs, large.syncs]).toEqual([2, 2]);
  expect(findings.length).toBe(6);
});

it("fixes in one undo group, touching only the cells it names", async () => {
  const book = workbook();
  const before = book.sheet("Model").snapshot();
  const result = await fixAll(await scanWorkbook(IDS));
  expect(result).toEqual({ recalculated: 1, reentered: 2, unfrozen: 1 });
  expect(book.runs).toContainEqual({ mergeUndoGroup: true });
  expect(book.calculated).toEqual(["Model!A2:A2"]);
  const after = book.sheet("Model").snapshot();
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
  expect(changed.sort()).toEqual(["A3", "B10"]);
  expect(after.A3).toBe("=SOVAI.LOCKIN_COST(5)");
  expect(after.B10).toBe("=SOVAI.KOREA_GPUS()");
  expect(book.sheet("Model").valueAt("A2")).toBe(260_000);
  expect(book.sheet("Model").valueAt("A1")).toBe(32_431_208_656);
  for (const k of ["C1", "C2", "A4", "A5", "B6", "D8", "D9"]) expect(after[k]).toBe(before[k]);
});

it("flags a value frozen under model 1.1.0 as stale now that model data 1.2 is loaded", () => {
  const frozen = (modelVersion: string, dataAsOf: string) =>
    diagnose({
      cells: [],
      knownIds: IDS,
      masters: [],
      frozen: [{ sheet: "Model", address: "B10", modelVersion, dataAsOf }],
    });
  const [finding] = frozen("1.1.0", "2026-06-30");
  expect(finding.kind).toBe("stale");
  expect(finding.what).toBe("A frozen value from model 1.1.0 (data as of 2026-06-30)");
  expect(finding.why).toMatch(/The loaded model is 1\.2\.0 \(data as of 2026-07-05\)/);
  expect(frozen("1.2.0", "2026-07-05")).toEqual([]);
});
