/**
 * TypeScript's @customenum must be a literal enum, so the functions' drop-down choices copy
 * lists that the model owns. These fail as soon as a copy differs from the model: in the source
 * enums and in the built functions.json, where Excel reads them.
 */
import { ASSUMPTION_NAMES, ENTITY_FIELDS, MEASURES, SCENARIOS } from "../../src/model";
import { AssumptionName, EntityFieldName, MeasureName, ScenarioName } from "../../src/functions";
import { loadBuilt } from "../../support/load-built";

const MODEL_LISTS: Record<string, readonly string[]> = {
  ScenarioName: SCENARIOS,
  EntityFieldName: ENTITY_FIELDS,
  AssumptionName: ASSUMPTION_NAMES,
  MeasureName: MEASURES,
};

it.each([
  ["ScenarioName", ScenarioName],
  ["EntityFieldName", EntityFieldName],
  ["AssumptionName", AssumptionName],
  ["MeasureName", MeasureName],
] as const)("the %s enum lists exactly the model's values, in its order", (id, values) => {
  expect(Object.values(values)).toEqual([...MODEL_LISTS[id]]);
});

it("functions.json declares each enum once, with the model's values", () => {
  const enums = loadBuilt().metadata.enums ?? [];
  expect(enums.map((e) => e.id).sort()).toEqual(Object.keys(MODEL_LISTS).sort());
  for (const e of enums) expect(e.values.map((v) => v.stringValue)).toEqual([...MODEL_LISTS[e.id]]);
});
