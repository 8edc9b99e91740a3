/**
 * Build-time helpers over the generated function metadata: the one signature format, the
 * examples table joined to each function, and the merge of the per-file enum copies. Used by
 * webpack (functions.json, help.html, the task pane's reference) and nothing at run time.
 */
const EXAMPLES = require("../../src/functions/examples.json");

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

/**
 * Every function needs an example and every example a function: a new JSDoc block without an
 * example row (or a stale row) fails the build rather than shipping a blank reference entry.
 */
function checkExamples(metadata) {
  const ids = new Set(metadata.functions.map((f) => f.id));
  const problems = [
    ...[...ids]
      .filter((id) => examplesOf(id).length === 0)
      .map((id) => `${id} has no row in src/functions/examples.json`),
    ...EXAMPLES.filter((e) => !ids.has(exampleId(e.formula))).map(
      (e) => `example ${e.formula} names no function`
    ),
  ];
  if (problems.length) throw new Error(problems.join("; "));
}

/**
 * The generator reads each family file alone, so an enum used by several files is declared in
 * each. Identical copies become one entry; copies that differ are a build error.
 */
function mergeEnums(metadata) {
  if (!metadata.enums) return metadata;
  const byId = new Map();
  for (const e of metadata.enums) {
    const seen = byId.get(e.id);
    if (seen && JSON.stringify(seen) !== JSON.stringify(e))
      throw new Error(`Enum ${e.id} is declared differently in two function files.`);
    byId.set(e.id, e);
  }
  return { ...metadata, enums: [...byId.values()] };
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
    examples: examplesOf(f.id).map((e) => e.formula),
  }));
}

module.exports = { NAMESPACE, signature, examplesOf, checkExamples, mergeEnums, referenceEntries };
