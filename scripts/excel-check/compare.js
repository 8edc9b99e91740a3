/**
 * Whether a result matches an example's expected result as the README shows it:
 * "spills R × C" (the size of the spill), "\"text\"" (that text), or a number at the precision
 * shown ("0.2308" to four decimals, "32,431,208,656" to the unit). Used by the README test and by
 * `npm run test:excel` on what real Excel returned.
 */

/**
 * @param {string} expected the README's result column
 * @param {{ value: unknown, rows: number, columns: number, properties?: string[] }} actual
 * @returns {string | null} why it does not match, or null when it does
 * @example mismatch("1,510", { value: 1510, rows: 1, columns: 1 }) // null
 */
function mismatch(expected, actual) {
  const spill = /^spills (\d+) × (\d+)$/.exec(expected);
  if (spill) {
    const [rows, columns] = [Number(spill[1]), Number(spill[2])];
    return actual.rows === rows && actual.columns === columns
      ? null
      : `expected a ${rows} × ${columns} spill, got ${actual.rows} × ${actual.columns}`;
  }
  if (expected.startsWith('"')) {
    const text = expected.slice(1, -1);
    if (actual.value !== text) return `expected "${text}", got ${JSON.stringify(actual.value)}`;
    // A card read back (its text from valuesAsJson) must show its fields too.
    if (actual.properties && actual.properties.length === 0) return "a card with no properties";
    return null;
  }
  const shown = expected.replace(/,/g, "");
  const decimals = (shown.split(".")[1] ?? "").length;
  if (typeof actual.value !== "number")
    return `expected ${expected}, got ${JSON.stringify(actual.value)}`;
  return actual.value.toFixed(decimals) === Number(shown).toFixed(decimals)
    ? null
    : `expected ${expected}, got ${actual.value}`;
}

/**
 * Compares every example with its result (matched by formula).
 * @returns {{ passed: number, failed: { formula: string, reason: string }[] }}
 */
function compareAll(examples, results) {
  const byFormula = new Map(results.map((r) => [r.formula, r]));
  const failed = [];
  for (const e of examples) {
    const actual = byFormula.get(e.formula);
    const reason = actual ? mismatch(e.result, actual) : "no result came back";
    if (reason) failed.push({ formula: e.formula, reason });
  }
  return { passed: examples.length - failed.length, failed };
}

/** The closing line test runners print: "N passed, M failed". */
function summary({ passed, failed }) {
  return `${passed} passed, ${failed.length} failed`;
}

module.exports = { mismatch, compareAll, summary };
