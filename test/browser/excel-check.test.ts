/**
 * The mechanics of `npm run test:excel`, here without Excel: the check's page (dist-check/) runs
 * in Chromium against a stand-in Excel whose cells calculate with the built SOVAI functions, posts
 * its results to Microsoft's office-addin-test-server, and the runner's comparison judges them
 * against the README's expected results. Real Excel is the one thing this cannot stand in for.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { describeChromium, openTaskpane, type OpenPane } from "../../support/chromium";
import { writeCertificate } from "../../support/certificates";
import { loadBuilt } from "../../support/load-built";
import { evaluateFormula } from "../../support/formula";
import { EXAMPLES } from "../../src/functions";

const ROOT = path.join(__dirname, "../..");
const CHECK = path.join(ROOT, "dist-check");
const FIXTURE = path.join(__dirname, "fixtures/office-check.js");
const certs = mkdtempSync(path.join(os.tmpdir(), "sovai-check-certs-"));

// office-addin-test-server asks Office's certificate tool (its own copy) for its HTTPS options,
// which on Linux wants to install a CA with sudo; hand it a throwaway certificate instead.
jest.mock("office-addin-test-server/node_modules/office-addin-dev-certs", () => ({
  getHttpsServerOptions: async () => ({
    cert: readFileSync(path.join(certs, "localhost.crt")),
    key: readFileSync(path.join(certs, "localhost.key")),
  }),
}));

const { compareAll, summary, mismatch } = require("../../scripts/excel-check/compare.js");

const { TestServer } = require("office-addin-test-server");

interface Result {
  formula: string;
  value: unknown;
  rows: number;
  columns: number;
  properties?: string[];
}

describeChromium("npm run test:excel, its mechanics", () => {
  let pane: OpenPane;
  let results: Result[];
  const server = new TestServer(4201);
  // Its constructor starts with an already-rejected "no results yet" promise; mark it handled.
  server.getTestResults().catch(() => undefined);

  beforeAll(async () => {
    const now = Date.now();
    writeCertificate(certs, new Date(now - 86_400_000), new Date(now + 30 * 86_400_000));
    const build = spawnSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--env", "excelCheck"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(build.status).toBe(0);
    await server.startTestServer(true);
    // Excel with data types: a card comes back as an entity, as in Microsoft 365.
    const built = loadBuilt(undefined, true);
    pane = await openTaskpane(() => FIXTURE, "", {
      dir: CHECK,
      readySelector: "data-done=true",
      allow: (url) => url.startsWith("https://localhost:4201/"),
      beforeLoad: (page) =>
        page.exposeFunction("__evaluate", (formula: string) => {
          const out = evaluateFormula(built, formula);
          const grid = Array.isArray(out) ? (out as unknown[][]) : [[out]];
          const top = grid[0][0] as { code?: string; type?: string } | unknown;
          const object =
            top && typeof top === "object" ? (top as { code?: string; type?: string }) : null;
          // What Excel's Range.values shows: an error's code, and for an entity its basic value.
          const value = object?.code ?? (object?.type === "Entity" ? "#VALUE!" : top);
          return {
            value,
            json: object?.type ? object : null,
            rows: grid.length,
            columns: grid[0].length,
          };
        }),
    });
    results = (await server.getTestResults()) as unknown as Result[];
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
    await server.stopTestServer();
  });

  it("writes every example into a new sheet, waits out #BUSY!, and posts one result each", async () => {
    expect(results.map((r) => r.formula)).toEqual(EXAMPLES.map((e) => e.formula));
    const check = await pane.page.evaluate(
      () => (window as unknown as { __check: { sheet: string; busyReads: number } }).__check
    );
    expect(check.sheet).toMatch(/^SovAI check/);
    expect(check.busyReads).toBe(EXAMPLES.length);
    expect(results.some((r) => r.value === "#BUSY!")).toBe(false);
    expect(await pane.page.textContent("#status")).toBe(`Sent ${EXAMPLES.length} results.`);
  });

  it("judges what came back against the README's expected results: all pass", () => {
    const outcome = compareAll(EXAMPLES, results);
    expect(outcome.failed).toEqual([]);
    expect(summary(outcome)).toBe(`${EXAMPLES.length} passed, 0 failed`);
  });

  it("reads cards through valuesAsJson: their text and properties, not Range.values' #VALUE!", () => {
    const card = results.find((r) => r.formula === '=SOVAI.KOREA_CARD("Samsung")')!;
    expect(card.value).toBe("Samsung Electronics");
    expect(card.properties).toEqual(expect.arrayContaining(["GPUs", "Lock-in cost", "Sources"]));
    expect(mismatch('"Samsung Electronics"', { ...card, properties: [] })).toMatch(/no properties/);
    expect(mismatch('"Samsung Electronics"', { ...card, value: "#VALUE!" })).toMatch(/expected/);
  });

  it("reports a wrong value, a wrong spill and a missing result as failures", () => {
    const broken = results.map((r) =>
      r.formula === "=SOVAI.KOREA_GPUS()"
        ? { ...r, value: 300_000 }
        : r.formula === "=SOVAI.KOREA_ALLOCATION()"
          ? { ...r, rows: 5 }
          : r
    );
    const outcome = compareAll(EXAMPLES, broken.slice(1));
    expect(outcome.failed.map((f: { formula: string }) => f.formula)).toEqual([
      EXAMPLES[0].formula,
      "=SOVAI.KOREA_GPUS()",
      "=SOVAI.KOREA_ALLOCATION()",
    ]);
    expect(summary(outcome)).toBe(`${EXAMPLES.length - 3} passed, 3 failed`);
    expect(mismatch("0.2308", { value: 0.23077, rows: 1, columns: 1 })).toBeNull();
    expect(mismatch('"x"', { value: "#VALUE!", rows: 1, columns: 1 })).toMatch(/expected "x"/);
  });
});

it("says plainly that it needs desktop Excel on Linux, and exits 2", () => {
  if (os.platform() !== "linux") return;
  const run = spawnSync(process.execPath, ["scripts/test-excel.mjs"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(
    /^npm run test:excel: it needs desktop Excel, which runs on Windows and macOS; this machine runs linux\./
  );
});
