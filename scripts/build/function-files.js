/* eslint-disable no-undef */
/**
 * The files whose JSDoc blocks are the custom functions' metadata, one per family. The metadata
 * generator reads them all (it takes several inputs), webpack bundles them as the functions
 * entry, and `npm run workbook` maps ids to functions through the same generator.
 */
const FUNCTION_FILES = [
  "./src/functions/allocation.ts",
  "./src/functions/lockin.ts",
  "./src/functions/reference-data.ts",
];

module.exports = { FUNCTION_FILES };
