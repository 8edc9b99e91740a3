/**
 * Security gates on what ships: a CSP on every page that Excel's own scripts can live with (no
 * unsafe-eval, no inline script; inline styles allowed, which Excel on the web's host script
 * needs), no eval and no network APIs in the production bundles, and user-visible text set as
 * text, never as HTML.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { DIST } from "../../support/load-built";

const ROOT = path.join(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** office.js loads Microsoft Ajax from here in some hosts (office-js issues 1005 and 721). */
const ASPNET_CDN = "https://ajax.aspnetcdn.com";

const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));

function csp(html: string): Map<string, string[]> {
  const m = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]+content="([^"]+)"/i.exec(
    html
  );
  if (!m) throw new Error("no Content-Security-Policy meta tag");
  return new Map(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values])
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? sourceFiles(full)
      : /\.(ts|html)$/.test(name)
        ? [full]
        : [];
  });
}

it("ships the bundles and pages it should", () => {
  // ko.js: the pane's Korean text, reference and sheet text, loaded only when it shows Korean.
  expect(bundles.sort()).toEqual(["functions.js", "ko.js", "taskpane.js"]);
  expect(pages.sort()).toEqual(["help.html", "help.ko-KR.html", "taskpane.html"]);
});

describe.each(pages)("%s", (page) => {
  const html = readFileSync(path.join(DIST, page), "utf8");
  const policy = csp(html);

  it("has a CSP allowing scripts only from itself and Microsoft's CDNs", () => {
    const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
    for (const source of scripts)
      expect(["'self'", "'none'", OFFICE_CDN, ASPNET_CDN]).toContain(source);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("allows no unsafe-eval anywhere, and unsafe-inline only for styles", () => {
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    for (const [directive, sources] of policy)
      if (directive !== "style-src")
        expect({ directive, sources }).not.toEqual(
          expect.objectContaining({ sources: expect.arrayContaining(["'unsafe-inline'"]) })
        );
  });

  if (page === "taskpane.html") {
    it("lets Excel on the web's host script apply inline styles (office-js issue 1687)", () => {
      expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get("script-src")).toContain(OFFICE_CDN);
    });
  }

  it("has no inline script, inline event handler or inline style", () => {
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style\b|\sstyle=/i);
  });

  it("loads scripts only from itself or the office.js CDN", () => {
    for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) {
      expect(src.startsWith(OFFICE_CDN) || !/^[a-z]+:/i.test(src)).toBe(true);
    }
  });
});

describe.each(bundles)("%s", (bundle) => {
  const code = readFileSync(path.join(DIST, bundle), "utf8");

  it("contains no eval or Function constructor", () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/\bFunction\s*\(\s*["'`]/);
    expect(code).not.toMatch(/setTimeout\s*\(\s*["'`]/);
  });

  it("makes no network calls (no fetch, XHR, WebSocket, beacon, EventSource or dynamic import)", () => {
    expect(code).not.toMatch(
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|\bimport\s*\(/
    );
  });

  it("carries no test- or Node-only library (HyperFormula is GPL and stays out of what ships)", () => {
    expect(code).not.toMatch(/hyperformula|handsontable|ExcelJS|exceljs|fast-check|playwright/i);
  });

  it("loads no script but the Korean chunk, from its own folder", () => {
    const chunks = [...code.matchAll(/"([\w.-]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.filter((c) => c !== "ko.js")).toEqual([]);
    if (bundle === "taskpane.js") expect(chunks).toContain("ko.js");
  });

  it("has a separate, non-eval source map", () => {
    expect(code).not.toMatch(/sourceMappingURL=data:|\/\/# sourceURL=webpack/);
  });
});

it("task pane code writes user-visible text with textContent, never as HTML", () => {
  for (const file of sourceFiles(path.join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    expect({
      file,
      html: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(text),
    }).toEqual({
      file,
      html: false,
    });
  }
});
