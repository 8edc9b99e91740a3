/**
 * The repository stands alone: its documents cite only files that are in it, and nothing a
 * user reads (documents, sheets, the help page) points at notes outside it.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { renderSheet, SHEETS } from "../../src/sheets";

const ROOT = path.join(__dirname, "../..");
const DOCS = [
  "README.md",
  "TESTING.md",
  "SECURITY.md",
  "CONTRIBUTING.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const OUTSIDE = /\bSPEC\b|domain-facts|shared\/|research notes|\.\.\/(?!\.)/;

describe.each(DOCS)("%s", (doc) => {
  const text = readFileSync(path.join(ROOT, doc), "utf8");

  it("names no file or note outside the repository", () => {
    const hits = text.split("\n").filter((line) => OUTSIDE.test(line));
    expect(hits).toEqual([]);
  });

  it("links and names only files that exist", () => {
    const base = path.dirname(path.join(ROOT, doc));
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1])
      .filter((l) => !/^[a-z]+:/i.test(l))
      .map((l) => path.resolve(base, l));
    // Paths written in code spans that look like repository files (src/…, test/…, docs/…).
    const named = [
      ...text.matchAll(/`((?:src|test|support|scripts|docs|bench|assets|\.ci)\/[\w./-]+)`/g),
    ]
      .map((m) => m[1].replace(/[.,]$/, ""))
      .filter((p) => !/[*<>]/.test(p))
      .map((p) => path.join(ROOT, p));
    const missing = [...links, ...named]
      .filter((f) => !existsSync(f))
      .map((f) => path.relative(ROOT, f));
    expect(missing).toEqual([]);
  });
});

it("no sheet text points at notes outside the add-in", () => {
  for (const template of SHEETS) {
    const sheet = renderSheet(template.key, {
      scenario: "base",
      horizon: 10,
      entity: "Total",
      currency: "USD",
    });
    const text = sheet.formulas.flat().filter((v): v is string => typeof v === "string");
    expect(text.filter((t) => OUTSIDE.test(t))).toEqual([]);
  }
});
