/**
 * The built task pane in real Chromium (Debian's package, driven by playwright-core), with
 * office.js served from the @microsoft/office-js package in place of Microsoft's CDN, which
 * these machines cannot reach. Outside Excel the pane must say so, render its cards and the
 * function reference, and raise no page errors or CSP violations.
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import {
  describeChromium,
  openTaskpane,
  packagedOfficeJs,
  type OpenPane,
} from "../../support/chromium";
import { loadBuilt } from "../../support/load-built";
import { SHEETS } from "../../src/sheets";

const FUNCTION_COUNT = loadBuilt().metadata.functions.length;

const SCREENSHOT = path.join(__dirname, "../../test-results/taskpane.png");

describeChromium("the built task pane in Chromium", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openTaskpane(packagedOfficeJs, "browser", { locale: "en-US" });
    page = pane.page;
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it("renders with no page errors and no Content-Security-Policy violations", () => {
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual(
      []
    );
  });

  it("says it must run inside Excel, and disables the Insert buttons", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("browser");
    const note = page.locator("#host-note");
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.textContent()).toMatch(/must run inside Excel/);
    const buttons = page.locator(".card button.primary");
    // one per sheet, Freeze & share, and the workbook doctor
    expect(await buttons.count()).toBe(SHEETS.length + 2);
    for (let i = 0; i < SHEETS.length + 2; i++)
      expect(await buttons.nth(i).isDisabled()).toBe(true);
  });

  it("offers Freeze & share, disabled outside Excel", async () => {
    expect(await page.locator("#share-heading").textContent()).toBe("Freeze & share");
    expect(await page.locator("#share-status").textContent()).toMatch(/Open this pane in Excel/);
    expect(await page.getByRole("button", { name: "Freeze selected" }).isDisabled()).toBe(true);
  });

  it("offers the workbook doctor, disabled outside Excel", async () => {
    expect(await page.locator("#doctor-heading").textContent()).toBe("Workbook doctor");
    expect(await page.locator("#doctor-status").textContent()).toMatch(/Open this pane in Excel/);
    expect(await page.getByRole("button", { name: "Check workbook" }).isDisabled()).toBe(true);
  });

  it("shows the model version and data as-of date, the date written for the locale", async () => {
    expect(await page.textContent("#model-line")).toBe("Model 1.2.0 · data as of July 5, 2026");
  });

  it("has one card per sheet with labelled options", async () => {
    const titles = await page.locator(".card h3").allTextContents();
    expect(titles).toEqual(SHEETS.map((s) => s.title));
    expect(titles[0]).toBe("Allocation");
    for (const id of [
      "dependency-scenario",
      "dependency-horizon",
      "dependency-entity",
      "dependency-currency",
      "risk-measure",
      "risk-trials",
      "risk-seed",
    ]) {
      expect(await page.locator(`label[for="${id}"]`).count()).toBe(1);
    }
  });

  it("shows the whole function reference and filters it as you type", async () => {
    const visible = () => page.locator("#reference-list > li:visible").count();
    expect(await visible()).toBe(FUNCTION_COUNT);
    await page.fill("#reference-search", "supplier hhi");
    expect(await visible()).toBe(1);
    expect(await page.locator("#reference-list > li:visible h3").textContent()).toBe(
      "SOVAI.SUPPLIER_HHI(shares)"
    );
    await page.fill("#reference-search", "");
    expect(await visible()).toBe(FUNCTION_COUNT);
  });

  it("is keyboard reachable: Tab reaches the card options and the search box", async () => {
    await page.focus("body");
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    expect(reached.has("allocation-scenario")).toBe(true);
    expect(reached.has("reference-search")).toBe(true);
  });

  it("fits Excel's default pane width (320 px) with no sideways scroll", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      wide: Array.from(document.querySelectorAll("body *"))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.tagName + (e.id ? "#" + e.id : "")),
    }));
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.setViewportSize({ width: 420, height: 1400 });
  });

  it("loads office.js from the package and nothing from elsewhere", () => {
    expect(pane.blocked).toEqual([]);
  });

  it("takes a screenshot for the README", async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 420, height: 1400 });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});

describeChromium("the task pane when office.js cannot be fetched", () => {
  let pane: OpenPane;

  beforeAll(async () => {
    // Every request for Microsoft's CDN is aborted, as offline or behind a filter.
    pane = await openTaskpane(() => null, "browser", { locale: "en-US" });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it("says plainly that Office could not be loaded, with no script error", async () => {
    expect(pane.pageErrors).toEqual([]);
    expect(pane.blocked.some((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(
      true
    );
    expect(await pane.page.getAttribute("body", "data-office")).toBe("missing");
    const note = pane.page.locator("#host-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Office could not be loaded/);
  });

  it("still shows the function reference", async () => {
    expect(await pane.page.locator("text=LOCKIN_COST").first().isVisible()).toBe(true);
  });
});
