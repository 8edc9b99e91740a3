/**
 * The task pane's own wiring inside Excel, in Chromium: office.js is replaced by a stand-in whose
 * host is Excel and whose Excel.run records requests (test/browser/fixtures/office-in-excel.js).
 * Clicking Insert must show progress, then "Inserted '…'"; a failure must show why; the reference
 * must put its example formula in the selected cell.
 */
import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { describeChromium, openTaskpane, type OpenPane } from "../../support/chromium";

const STUB = path.join(__dirname, "fixtures/office-in-excel.js");

describeChromium("the task pane inside Excel", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openTaskpane(() => STUB, "excel");
    page = pane.page;
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it("enables the cards and hides the outside-Excel note", async () => {
    expect(existsSync(STUB)).toBe(true);
    expect(await page.locator("#host-note").isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: "Insert Allocation" }).isEnabled()).toBe(true);
  });

  it("inserts a sheet and says so in plain language", async () => {
    await page.getByRole("button", { name: "Insert Allocation" }).click();
    await page.waitForFunction(() =>
      document.getElementById("allocation-status")?.textContent?.startsWith("Inserted")
    );
    expect(await page.textContent("#allocation-status")).toBe("Inserted 'SovAI Allocation'.");
    const ops: string[] = await page.evaluate(
      () => (window as unknown as { __excel: { ops: string[] } }).__excel.ops
    );
    expect(ops).toContain("add SovAI Allocation");
    expect(ops.some((op) => /set ws\.getRangeByIndexes\(\)\.formulas/.test(op))).toBe(true);
  });

  it("inserts the same sheet again under a new name", async () => {
    await page.getByRole("button", { name: "Insert Allocation" }).click();
    await page.waitForFunction(() =>
      document.getElementById("allocation-status")?.textContent?.includes("(2)")
    );
    expect(await page.textContent("#allocation-status")).toBe("Inserted 'SovAI Allocation (2)'.");
  });

  it("reports a failure with its reason and re-enables the button", async () => {
    await page.evaluate(
      () => ((window as unknown as { __excel: { failNext: boolean } }).__excel.failNext = true)
    );
    await page.getByRole("button", { name: "Insert Scenarios" }).click();
    await page.waitForFunction(() =>
      document.getElementById("scenarios-status")?.textContent?.startsWith("Could not")
    );
    expect(await page.textContent("#scenarios-status")).toMatch(
      /Could not insert 'SovAI Scenarios': The workbook is protected\..*Nothing was left/
    );
    expect(await page.getByRole("button", { name: "Insert Scenarios" }).isEnabled()).toBe(true);
  });

  it("rejects a horizon outside 1–30 before touching the workbook", async () => {
    await page.fill("#dependency-horizon", "45");
    await page.getByRole("button", { name: "Insert Dependency & lock-in cost" }).click();
    expect(await page.textContent("#dependency-status")).toMatch(
      /Horizon must be a whole number of years from 1 to 30/
    );
  });

  it("puts a reference example in the selected cell", async () => {
    await page.locator("#fn-LOCKIN_COST button").click();
    await page.waitForFunction(
      () => (document.querySelector("#fn-LOCKIN_COST .status")?.textContent ?? "") !== "",
      null,
      { timeout: 3000 }
    );
    expect(await page.locator("#fn-LOCKIN_COST .status").textContent()).toBe(
      "Inserted =SOVAI.LOCKIN_COST(10) in Sheet1!B2."
    );
  });

  it("lists the sheets for Freeze & share, ticking the ones SovAI inserted", async () => {
    await page.getByRole("button", { name: "Refresh list" }).click();
    await page.waitForSelector("#share-sheets input");
    const boxes = page.locator("#share-sheets input");
    expect(await boxes.count()).toBe(3);
    expect(await page.locator("#share-sheets input:checked").count()).toBe(2);
  });

  it("raised no page errors", () => {
    expect(pane.pageErrors.join("\n")).toBe("");
  });
});
