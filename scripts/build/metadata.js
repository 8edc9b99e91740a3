/**
 * Build-time helpers over the generated function metadata: the one signature format, the
 * examples joined to each function (from the function records). Used by
 * webpack (functions.json, help.html, the task pane's reference) and nothing at run time.
 */
const { FUNCTIONS } = require("./records");

const NAMESPACE = "SOVAI";

/**
 * `SOVAI.NAME(arg, [optional])`, as Excel shows a signature.
 * @example signature({ name: "UPGRADE_CYCLES", parameters: [{ name: "years" }, { name: "refresh_cycle_years", optional: true }] })
 * // "SOVAI.UPGRADE_CYCLES(years, [refresh_cycle_years])"
 */
function signature(fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `${NAMESPACE}.${fn.name}(${params})`;
}

/** The function's record (the build has already refused records with problems). */
function recordOf(id) {
  return FUNCTIONS.find((f) => f.id === id);
}

/** Examples of one function, in its record's order; the first is the one the task pane inserts. */
function examplesOf(id) {
  return recordOf(id).examples;
}

/** The task pane's reference entries: what the metadata says, plus signature and examples. */
function referenceEntries(metadata) {
  return metadata.functions.map((f) => ({
    id: f.id,
    signature: signature(f),
    description: f.description,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      description: p.description || "",
      optional: p.optional === true,
    })),
    restsOn: recordOf(f.id).restsOn,
    examples: examplesOf(f.id).map((e) => e.formula),
  }));
}

module.exports = { NAMESPACE, signature, examplesOf, referenceEntries };
