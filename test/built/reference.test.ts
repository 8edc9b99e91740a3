/**
 * The pane's reference entries, built from the production metadata and the examples table by
 * the same build helper webpack uses; searched the way the pane searches them.
 */
import { loadBuilt } from "../../support/load-built";
import { searchReference, type ReferenceEntry } from "../../src/taskpane/reference";

const { referenceEntries } = require("../../scripts/build/metadata") as {
  referenceEntries: (metadata: unknown) => ReferenceEntry[];
};

const built = loadBuilt();
const entries = referenceEntries(built.metadata);

it("gives every function its signature as Excel shows it and an example that calls it", () => {
  const cost = entries.find((e) => e.id === "LOCKIN_COST")!;
  expect(cost.signature).toBe("SOVAI.LOCKIN_COST(years, [entity], [scenario], [overrides])");
  expect(entries.find((e) => e.id === "MODEL_VERSION")!.signature).toBe("SOVAI.MODEL_VERSION()");
  for (const e of entries) expect(e.examples[0]).toMatch(new RegExp(`^=SOVAI\\.${e.id}\\(`));
});

it("searches names, descriptions and parameters, every word", () => {
  expect(searchReference(entries, "").length).toBe(built.metadata.functions.length);
  expect(searchReference(entries, "HHI").map((e) => e.id)).toEqual([
    "SUPPLIER_HHI",
    "SOVEREIGNTY_PATH",
  ]);
  expect(searchReference(entries, "lockin cost").map((e) => e.id)).toContain("LOCKIN_COST");
  expect(searchReference(entries, "no such words here")).toEqual([]);
});
