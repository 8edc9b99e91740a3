import { freezeSheets, listSheets, unfreeze } from "../../src/excel/freeze";
import { PROVENANCE_SHEET } from "../../src/freeze/provenance";
import { SOURCES } from "../../src/model";
import { restsOnOf } from "../../src/functions";
import { KO_SHEETS } from "../../src/i18n/ko/sheets";
import { textIn } from "../../src/sheets/localize";
import { FakeSheet, installFakeWorkbook } from "../../support/fake-workbook";

/** A SovAI-style sheet: inputs, SOVAI formulas, a native formula over them, and a spill. */
function modelSheet(rows = 3): FakeSheet {
  const s = new FakeSheet("SovAI Dependency");
  s.names.add("SovAI_Sheet");
  s.set("A1", "Title").set("B2", "base");
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    s.set(`A${r}`, `item ${i}`);
    s.set(`B${r}`, `=SOVAI.LOCKIN_COST(${i + 1})`, 1000 * (i + 1));
    s.set(`C${r}`, `=B${r}*2`, 2000 * (i + 1));
  }
  s.set("E4", "=SOVAI.KOREA_ENTITIES()", "Ministry of Science and ICT");
  ["Samsung Electronics", "SK Group", "Hyundai Motor Group", "NAVER Cloud"].forEach((n, i) =>
    s.set(`E${5 + i}`, n)
  );
  s.spills.set("E4", "E4:E8");
  s.set("G4", '=SOVAI.KOREA_GPUS("Nope")', "#N/A");
  return s;
}

function userSheet(): FakeSheet {
  return new FakeSheet("Data")
    .set("A1", 5)
    .set("A2", "=A1*3", 15)
    .set("B1", '=SOVAI.KOREA_GPUS("SK")', 50000);
}

describe("listing sheets", () => {
  it("marks the sheets the add-in inserted and leaves out the provenance record", async () => {
    installFakeWorkbook([modelSheet(), userSheet(), new FakeSheet(PROVENANCE_SHEET)]);
    expect(await listSheets()).toEqual([
      { name: "SovAI Dependency", inserted: true },
      { name: "Data", inserted: false },
    ]);
  });
});

describe("freeze", () => {
  it("changes only SOVAI cells, writes spills as values, keeps error cells, and records every frozen cell", async () => {
    const book = installFakeWorkbook([modelSheet(), userSheet()]);
    const before = book.sheet("SovAI Dependency").snapshot();
    const data = book.sheet("Data").snapshot();
    const result = await freezeSheets(["SovAI Dependency"], restsOnOf);
    expect(result.frozen).toBe(4);
    expect(result.skipped).toEqual(["SovAI Dependency!G4"]);

    const after = book.sheet("SovAI Dependency").snapshot();
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    expect(changed.sort()).toEqual(["B4", "B5", "B6", "E4"]);
    expect([after.B4, after.B5, after.B6, after.E4]).toEqual([
      1000,
      2000,
      3000,
      "Ministry of Science and ICT",
    ]);
    expect(after.C4).toBe("=B4*2");
    expect(after.G4).toBe('=SOVAI.KOREA_GPUS("Nope")');
    expect(book.sheet("Data").snapshot()).toEqual(data);

    const record = book.sheet(PROVENANCE_SHEET);
    expect(record.formulaAt("A1")).toBe("Sheet");
    expect([
      record.formulaAt("A2"),
      record.formulaAt("B2"),
      record.formulaAt("C2"),
      record.formulaAt("D2"),
    ]).toEqual(["SovAI Dependency", "B4", "=SOVAI.LOCKIN_COST(1)", 1000]);
    // rows follow reading order: B4, E4 (the spill), B5, B6
    expect([record.formulaAt("B3"), record.formulaAt("E3")]).toEqual(["E4", "E4:E8"]);
  });

  it("says what each value rests on, keyed once to fact ids and to labelled links, not raw URLs", async () => {
    const book = installFakeWorkbook([modelSheet()]);
    await freezeSheets(["SovAI Dependency"], restsOnOf);
    const record = book.sheet(PROVENANCE_SHEET);
    expect(record.formulaAt("H1")).toBe("Rests on");
    expect(record.formulaAt("H2")).toBe("Deal figures and model assumptions");
    expect(record.formulaAt("H3")).toBe("Deal figures");
    // J:K: the groups' fact ids, then every fact's sources, each a link with a readable label.
    expect([record.formulaAt("J2"), record.formulaAt("J3")]).toEqual([
      "Deal figures",
      "Model assumptions",
    ]);
    expect(String(record.formulaAt("K2")).split(", ")).toContain("D22");
    expect(String(record.formulaAt("K3")).split(", ")).toContain("U3");
    const links = [...record.links.values()];
    expect(links.length).toBeGreaterThan(Object.keys(SOURCES).length);
    for (const link of links) {
      expect(link.url).toMatch(/^https?:\/\//);
      expect(link.text).not.toMatch(/^https?:/);
    }
    const u3 = [...record.cells.keys()].find((k) => record.formulaAt(k) === "U3")!;
    expect(record.links.get(u3.replace("J", "K"))?.url).toBe(SOURCES.U3[0]);
    expect(record.formats.get("C1:C1048576 wrapText")).toBe(true);
  });

  it("writes a Korean record for a Korean pane, and Unfreeze finds it by its Korean name", async () => {
    const book = installFakeWorkbook([modelSheet()]);
    const korean = textIn(KO_SHEETS);
    await freezeSheets(["SovAI Dependency"], restsOnOf, undefined, korean);
    const record = book.sheet("SovAI 출처 기록");
    expect([record.formulaAt("A1"), record.formulaAt("H1"), record.formulaAt("H2")]).toEqual([
      "시트",
      "근거",
      "거래 수치와 모델 가정",
    ]);
    await freezeSheets(["SovAI Dependency"], restsOnOf); // an English pane appends to the Korean record
    expect(book.sheets.map((s) => s.name)).toEqual(["SovAI Dependency", "SovAI 출처 기록"]);
    expect(await listSheets()).toEqual([{ name: "SovAI Dependency", inserted: true }]);
    for (let i = 1; i <= 3; i++) book.recalc.set(`=SOVAI.LOCKIN_COST(${i})`, 1000 * i);
    expect((await unfreeze()).restored).toBe(4);
    expect(book.sheets.map((s) => s.name)).toEqual(["SovAI Dependency"]);
  });

  it("takes three syncs whether the sheet has 3 or 3,000 SOVAI rows", async () => {
    for (const rows of [3, 3000]) {
      const book = installFakeWorkbook([modelSheet(rows)]);
      await freezeSheets(["SovAI Dependency"], restsOnOf);
      expect({ rows, syncs: book.syncs }).toEqual({ rows, syncs: 3 });
    }
  });

  it("appends to an existing record on a second freeze", async () => {
    const book = installFakeWorkbook([modelSheet(), userSheet()]);
    await freezeSheets(["SovAI Dependency"], restsOnOf);
    await freezeSheets(["Data"], restsOnOf);
    const record = book.sheet(PROVENANCE_SHEET);
    expect(record.formulaAt("A6")).toBe("Data");
    expect(record.formulaAt("C6")).toBe('=SOVAI.KOREA_GPUS("SK")');
  });

  it("does nothing when there is nothing to freeze", async () => {
    const book = installFakeWorkbook([new FakeSheet("Plain").set("A1", 1)]);
    expect(await freezeSheets(["Plain"], restsOnOf)).toEqual({ frozen: 0, skipped: [] });
    expect(book.sheets.map((s) => s.name)).toEqual(["Plain"]);
  });
});

describe("unfreeze", () => {
  it("restores the exact formulas, clears frozen spills, and removes the record", async () => {
    const book = installFakeWorkbook([modelSheet(), userSheet()]);
    const before = book.sheet("SovAI Dependency").snapshot();
    await freezeSheets(["SovAI Dependency", "Data"], restsOnOf);
    for (let i = 1; i <= 3; i++) book.recalc.set(`=SOVAI.LOCKIN_COST(${i})`, 1000 * i);
    const result = await unfreeze();
    expect(result).toEqual({ restored: 5, kept: [] });
    const after = book.sheet("SovAI Dependency").snapshot();
    // The spill's values were cleared for the formula to spill again (the fake does not spill).
    for (const k of ["E5", "E6", "E7", "E8"]) delete before[k];
    expect(after).toEqual(before);
    expect(book.sheet("Data").formulaAt("B1")).toBe('=SOVAI.KOREA_GPUS("SK")');
    expect(book.sheets.map((s) => s.name)).not.toContain(PROVENANCE_SHEET);
  });

  it("leaves a cell edited since the freeze alone and keeps it on the record", async () => {
    const book = installFakeWorkbook([modelSheet()]);
    await freezeSheets(["SovAI Dependency"], restsOnOf);
    book.sheet("SovAI Dependency").set("B5", 1234);
    const result = await unfreeze();
    expect(result.restored).toBe(3);
    expect(result.kept.map((e) => e.address)).toEqual(["B5"]);
    expect(book.sheet("SovAI Dependency").formulaAt("B5")).toBe(1234);
    expect(book.sheet(PROVENANCE_SHEET).formulaAt("B2")).toBe("B5");
  });

  it("takes four syncs whatever the record's length, and none to write when nothing is frozen", async () => {
    const book = installFakeWorkbook([modelSheet(2000)]);
    await freezeSheets(["SovAI Dependency"], restsOnOf);
    book.syncs = 0;
    await unfreeze();
    expect(book.syncs).toBe(4);
    book.syncs = 0;
    expect(await unfreeze()).toEqual({ restored: 0, kept: [] });
    expect(book.syncs).toBe(1);
  });
});
