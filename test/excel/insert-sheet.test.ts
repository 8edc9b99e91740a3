import { insertSheet, InsertError } from "../../src/excel/insert-sheet";
import { renderSheet, SHEETS } from "../../src/sheets";
import { installFakeExcel } from "../../support/recording-excel";

const options = (horizon: number) =>
  ({ scenario: "base", horizon, entity: "Total", currency: "USD" }) as const;

describe.each(SHEETS.map((s) => s.key))("inserting the %s sheet", (key) => {
  it.each([5, 30])(
    "takes two syncs at horizon %i and writes values and formulas as one 2-D block",
    async (horizon) => {
      const sheet = renderSheet(key, options(horizon));
      const rec = installFakeExcel();
      const name = await insertSheet(sheet);
      expect(name).toBe(sheet.name);
      expect(rec.syncs).toBe(2);
      const blockWrites = rec.ops.filter((op) =>
        /^set ws\.getRangeByIndexes\(0,0,\d+,\d+\)\.(formulas|numberFormat)$/.test(op)
      );
      expect(blockWrites).toHaveLength(2);
      expect(
        rec.ops.filter((op) => op.endsWith(".values") || op.endsWith(".formulas"))
      ).toHaveLength(1);
      const formulas = [...rec.values.entries()].find(([k]) =>
        k.endsWith(".formulas")
      )![1] as unknown[][];
      expect([formulas.length, formulas[0].length]).toEqual([sheet.rows, sheet.columns]);
      expect(rec.sheets).toEqual(["Sheet1", sheet.name]);
    }
  );

  it("queues about as many operations at horizon 30 as at 5 (rectangles, not cells)", async () => {
    const count = async (horizon: number) => {
      const rec = installFakeExcel();
      const sheet = renderSheet(key, options(horizon));
      await insertSheet(sheet);
      // Notes wrap where their page ends, and pages end at other columns for another horizon:
      // those few writes (and the rows' heights) are left out of the count.
      const wrapOps = (op: string) =>
        sheet.wraps.some((ref) => op.includes(`(${ref})`)) || /getRange\((\d+):\1\)/.test(op);
      return rec.ops.filter((op) => !wrapOps(op)).length;
    };
    // Width runs may differ by a column or two (a short schedule leaves a narrow column after
    // it); 25 more years of 14 lines must not add operations per cell.
    const [five, thirty] = [await count(5), await count(30)];
    expect(Math.abs(thirty - five)).toBeLessThanOrEqual(4);
  });
});

describe("names and collisions", () => {
  it("never touches an existing sheet: a taken name gets ' (2)', ' (3)'…", async () => {
    const rec = installFakeExcel({
      sheets: ["SovAI Allocation", "sovai allocation (2)"],
      tables: ["SovAI_Allocation"],
    });
    const name = await insertSheet(renderSheet("allocation", options(10)));
    expect(name).toBe("SovAI Allocation (3)");
    expect(rec.sheets).toEqual([
      "SovAI Allocation",
      "sovai allocation (2)",
      "SovAI Allocation (3)",
    ]);
    expect(rec.ops.filter((op) => op.includes("worksheets.getItem"))).toEqual([]);
    const sheet = renderSheet("allocation", options(10));
    const tableName = [...rec.values.entries()].find(([k]) =>
      k.endsWith(`.tables.add(${sheet.tables[0].ref},true).name`)
    )?.[1];
    expect(tableName).toBe("SovAI_Allocation_2");
  });

  it("adds sheet-scoped names before writing the formulas that use them", async () => {
    const rec = installFakeExcel();
    await insertSheet(renderSheet("dependency", options(10)));
    const firstName = rec.ops.findIndex((op) => op.startsWith("call ws.names.add(Scenario"));
    const formulas = rec.ops.findIndex((op) => op.endsWith(".formulas"));
    expect(firstName).toBeGreaterThanOrEqual(0);
    expect(firstName).toBeLessThan(formulas);
  });
});

describe("failure part-way", () => {
  it("deletes what it created, reports why, and stays within three syncs", async () => {
    const rec = installFakeExcel({ sheets: ["Data"], failAtSync: 2 });
    let error: unknown;
    try {
      await insertSheet(renderSheet("scenarios", options(10)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InsertError);
    expect((error as Error).message).toMatch(
      /Could not insert 'SovAI Scenarios': The argument is invalid.*Range\.formulas.*Nothing was left/
    );
    expect(rec.sheets).toEqual(["Data"]);
    expect(rec.syncs).toBe(3);
  });
});

describe("undo grouping", () => {
  it("groups the insertion into one undo step where ExcelApi 1.20 is supported", async () => {
    const rec = installFakeExcel({ undoGrouping: true });
    await insertSheet(renderSheet("allocation", options(10)));
    expect(rec.runs).toEqual([{ mergeUndoGroup: true }]);
  });

  it("does not ask for grouping where the host lacks ExcelApi 1.20", async () => {
    const rec = installFakeExcel({ undoGrouping: false });
    await insertSheet(renderSheet("allocation", options(10)));
    expect(rec.runs).toEqual([{ mergeUndoGroup: false }]);
  });

  it("inserts without grouping when the host refuses to group, leaving one sheet", async () => {
    const rec = installFakeExcel({ undoGrouping: true, undoNotSupported: true });
    const name = await insertSheet(renderSheet("allocation", options(10)));
    expect(rec.runs).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: false }]);
    expect(name).toBe("SovAI Allocation");
    expect(rec.sheets.filter((s) => s.startsWith("SovAI"))).toEqual(["SovAI Allocation"]);
  });
});
