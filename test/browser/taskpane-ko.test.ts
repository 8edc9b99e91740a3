/**
 * The built task pane in Chromium with a Korean browser language: outside Office the pane takes
 * the browser's language, so it opens in Korean (cards, buttons, reference, dates), fetching its
 * Korean chunk from its own origin; the switch goes to English and back, and the choice is kept.
 */
import { mkdirSync } from "fs";
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
import { KO_SHEETS } from "../../src/i18n/ko/sheets";

const FUNCTION_COUNT = loadBuilt().metadata.functions.length;
const SCREENSHOT = path.join(__dirname, "../../test-results/taskpane-ko.png");

describeChromium("the built task pane in Chromium, in Korean", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openTaskpane(packagedOfficeJs, "browser", {
      locale: "ko-KR",
      readySelector: "data-language=ko",
    });
    page = pane.page;
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it("opens in Korean from the browser's language, with no page or CSP errors", async () => {
    expect(await page.evaluate(() => navigator.language)).toBe("ko-KR");
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    expect(await page.inputValue("#language")).toBe("ko");
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual(
      []
    );
    expect(pane.blocked).toEqual([]);
  });

  it("shows Korean cards, buttons and notes", async () => {
    expect(await page.locator("#sheets-heading").textContent()).toBe("모델 시트 삽입");
    expect(await page.locator(".card h3").allTextContents()).toEqual(
      SHEETS.map((s) => KO_SHEETS[s.title])
    );
    expect(await page.locator(".card button.primary").first().textContent()).toBe("배분 삽입");
    expect(await page.locator("label[for=dependency-horizon]").textContent()).toMatch(
      /^기간\(년, 1~30\)/
    );
    expect(await page.locator("#host-note").textContent()).toMatch(/Excel 안에서 열어야/);
    expect(await page.locator("#share-heading").textContent()).toBe("고정 및 공유");
    expect(await page.locator("#doctor-heading").textContent()).toBe("통합 문서 점검");
    // Dates and numbers in the locale's form.
    expect(await page.textContent("#model-line")).toBe("모델 1.2.0 · 데이터 기준일 2026년 7월 5일");
  });

  it("offers a sheet language on every card, Korean by default", async () => {
    for (const { key } of SHEETS) expect(await page.inputValue(`#${key}-language`)).toBe("ko");
    expect(await page.locator("#allocation-language option").allTextContents()).toEqual([
      "English",
      "한국어",
    ]);
  });

  it("shows the function reference in Korean and searches it in Korean", async () => {
    const visible = () => page.locator("#reference-list > li:visible").count();
    expect(await visible()).toBe(FUNCTION_COUNT);
    expect(await page.locator("#reference-heading").textContent()).toBe("함수 설명서");
    expect(await page.locator("#fn-LOCKIN_COST > p").first().textContent()).toMatch(/락인 비용/);
    await page.fill("#reference-search", "전환 비용");
    expect(await page.locator("#reference-list > li:visible h3").allTextContents()).toContain(
      "SOVAI.SWITCHING_COST([entity], [scenario], [overrides])"
    );
    await page.fill("#reference-search", "");
    expect(await page.locator("#reference-list").textContent()).not.toMatch(
      /Insert in selected cell/
    );
  });

  it("leaves no English words in the pane but names, ids and formulas", async () => {
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      // Formulas, signatures, parameter names and option values are ids.
      clone.querySelectorAll("code, dt, option, select").forEach((e) => e.remove());
      return clone.innerText;
    });
    // snake_case ids (refresh_cycle_years) and upper-case ones (MSIT, HHI) are names, not prose.
    const prose = text.replace(/\b\w*_\w*\b|\b[A-Z]{2,}\b/g, " ");
    const words = new Set((prose.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()));
    // Function and product names, the ids a user types (arguments, KOREA_ENTITY's field names),
    // and the provenance sheet's name.
    const allowed =
      /^(sovai|excel|nvidia|manifest|provenance|readme|workbook|samsung|total|base|high|cost|premium|switching|currency|overrides|entity|scenario|mean|seed|trials|bins|measure|statistic|floor|years|field|name|shares|hynix|naver|english|sector|gpus|share|uses|deployment|source)$/;
    expect([...words].filter((w) => !allowed.test(w)).sort()).toEqual([]);
  });

  it("fits 320 px with no sideways scroll", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("body *"))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.tagName + (e.id ? "#" + e.id : ""))
    );
    expect(wide).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await page.setViewportSize({ width: 420, height: 1400 });
  });

  it("switches to English and back, and remembers the choice", async () => {
    await page.selectOption("#language", "en");
    await page.waitForSelector("body[data-language=en]");
    expect(await page.locator("#sheets-heading").textContent()).toBe("Insert a model sheet");
    expect(await page.inputValue("#allocation-language")).toBe("en");
    await page.reload();
    await page.waitForSelector("body[data-language=en]");
    expect(await page.locator("#reference-heading").textContent()).toBe("Function reference");
    await page.selectOption("#language", "ko");
    await page.waitForSelector("body[data-language=ko]");
    expect(await page.locator("#reference-heading").textContent()).toBe("함수 설명서");
  });
});

describeChromium("the task pane when its Korean chunk cannot be fetched", () => {
  let pane: OpenPane;

  beforeAll(async () => {
    pane = await openTaskpane(packagedOfficeJs, "browser", {
      locale: "ko-KR",
      readySelector: "data-language=en",
      beforeLoad: (page) => page.route("**/ko.js", (route) => route.abort()),
    });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it("still appears, in English", async () => {
    expect(await pane.page.locator("#sheets-heading").textContent()).toBe("Insert a model sheet");
    expect(await pane.page.locator("#reference-list > li").count()).toBe(FUNCTION_COUNT);
    expect(pane.pageErrors).toEqual([]);
  });
});
