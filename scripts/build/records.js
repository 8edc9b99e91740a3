/**
 * The function records (TypeScript, src/functions) for the build's CommonJS helpers and
 * webpack's config: compiled on the fly by tsx, once per process; under jest, which compiles
 * TypeScript itself, required directly.
 */
module.exports = process.env.JEST_WORKER_ID
  ? require("./functions-source.ts")
  : require("tsx/cjs/api").require("./functions-source.ts", __filename);
