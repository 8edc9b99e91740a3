/**
 * The function records (TypeScript, src/functions) for the build's CommonJS helpers and
 * webpack's config: compiled on the fly by tsx, once per process. Inside jest, which compiles
 * TypeScript itself, they are required directly (`jest` exists only in its module scope: a
 * process a test starts inherits jest's environment variables, not that).
 */
module.exports =
  typeof jest !== "undefined"
    ? require("./functions-source.ts")
    : require("tsx/cjs/api").require("./functions-source.ts", __filename);
