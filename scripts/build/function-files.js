/**
 * The files whose JSDoc blocks are the custom functions' metadata, one per family. The metadata
 * generator reads them all (it takes several inputs) and appends each file's associate calls to
 * it; src/functions/index.ts bundles them; `npm run workbook` maps ids to functions through
 * the same generator.
 */
const FUNCTION_FILES = [
  "./src/functions/allocation.ts",
  "./src/functions/lockin.ts",
  "./src/functions/model-data.ts",
  "./src/functions/risk.ts",
  "./src/functions/cards.ts",
  "./src/functions/sovereignty.ts",
];

module.exports = { FUNCTION_FILES };
