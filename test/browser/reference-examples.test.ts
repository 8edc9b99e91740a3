/** Every example formula the task pane inserts works: it evaluates in the built add-in without an error. */
import { loadBuilt } from "../built/load-built";
import { evaluateFormula } from "../support/formula";
import { StubCustomFunctionsError } from "../setup/custom-functions-stub";
import {
  EXAMPLES,
  searchReference,
  signature,
  type ReferenceEntry,
} from "../../src/taskpane/reference";

const built = loadBuilt();

it("has an example for every function", () => {
  expect(Object.keys(EXAMPLES).sort()).toEqual(built.metadata.functions.map((f) => f.id).sort());
});

it.each(Object.entries(EXAMPLES))("%s: %s evaluates without an error", (_, formula) => {
  const result = evaluateFormula(built, formula);
  expect(JSON.stringify(result)).not.toMatch(/"code":"#/);
  expect(result).not.toBeInstanceOf(StubCustomFunctionsError);
});

it("searches names, descriptions and parameters, every word", () => {
  const entries: ReferenceEntry[] = built.metadata.functions.map((f) => ({
    id: f.id,
    description: f.description,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      description: p.description ?? "",
      optional: p.optional === true,
    })),
  }));
  expect(searchReference(entries, "").length).toBe(14);
  expect(searchReference(entries, "HHI").map((e) => e.id)).toEqual(["SUPPLIER_HHI"]);
  expect(searchReference(entries, "lockin cost").map((e) => e.id)).toContain("LOCKIN_COST");
  expect(searchReference(entries, "no such words here")).toEqual([]);
  expect(signature(entries.find((e) => e.id === "LOCKIN_COST")!)).toBe(
    "SOVAI.LOCKIN_COST(years, [entity], [scenario], [overrides])"
  );
});
