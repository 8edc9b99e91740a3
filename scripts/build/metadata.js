/**
 * Build-time helpers over the generated function metadata: the one signature format, the
 * examples joined to each function (from the function records). Used by
 * webpack (functions.json, help.html, the task pane's reference) and nothing at run time.
 */
const { EXAMPLES, FUNCTIONS } = require("./records");

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

/** The function id an example formula calls: `=SOVAI.LOCKIN_COST(10)` → `LOCKIN_COST`. */
function exampleId(formula) {
  const m = /^=SOVAI\.([A-Z_]+)\(/.exec(formula);
  if (!m) throw new Error(`Example ${formula} does not call a SOVAI function.`);
  return m[1];
}

/** Examples of one function, in table order; the first is the one the task pane inserts. */
function examplesOf(id) {
  return EXAMPLES.filter((e) => exampleId(e.formula) === id);
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
    restsOn: FUNCTIONS.find((r) => r.id === f.id).restsOn,
    examples: examplesOf(f.id).map((e) => e.formula),
  }));
}

module.exports = { NAMESPACE, signature, examplesOf, referenceEntries };
