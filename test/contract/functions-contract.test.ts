/**
 * The contract between the built functions.json (what Excel reads) and the built functions.js
 * (what Excel runs), checked on the production build.
 */
import { loadBuilt } from "../../support/load-built";
import { PROD_HOST } from "./origin";
import { restsOnOf } from "../../src/functions";

const built = loadBuilt();
// Every id each release added (scripts/build/manifest/releases.json).
const { releases } = require("../../scripts/build/manifest/releases.json") as {
  releases: { added: string[] }[];
};
const released = new Set(releases.flatMap((r) => r.added));
const declared = built.metadata.functions;

it("associates every declared function and declares every associated one", () => {
  const ids = declared.map((f) => f.id);
  expect(ids.filter((id) => !built.associated.has(id))).toEqual([]);
  expect([...built.associated.keys()].filter((id) => !ids.includes(id))).toEqual([]);
});

it("never drops a released id, and ships none that no release added", () => {
  const ids = new Set(declared.map((f) => f.id));
  expect([...released].filter((id) => !ids.has(id))).toEqual([]);
  expect([...ids].filter((id) => !released.has(id))).toEqual([]);
});

it("has no two ids or names that differ only by case (Excel's names are case-insensitive)", () => {
  for (const key of ["id", "name"] as const) {
    const upper = declared.map((f) => f[key].toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
  }
});

it.each(declared.map((f) => [f.id, f] as const))(
  "%s has a description, parameter help and a help URL on the add-in's host",
  (_, f) => {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(10);
    const url = new URL(f.helpUrl ?? "");
    expect(url.protocol).toBe("https:");
    expect(url.host).toBe(PROD_HOST);
    expect(url.hash).toBe(`#${f.id}`);
  }
);

it("ids are valid Excel function ids (letters, digits, dot, underscore)", () => {
  for (const f of declared) expect(f.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
});

it("optional parameters never precede required ones (the generator does not check)", () => {
  for (const f of declared) {
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0)
      expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  }
});

it("names the facts behind every function's value, for the provenance record", () => {
  expect(declared.filter((f) => restsOnOf(f.id) === undefined).map((f) => f.id)).toEqual([]);
});
