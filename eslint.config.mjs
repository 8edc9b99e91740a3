// office-addin-lint reads this file instead of its built-in config when it exists. It keeps
// Microsoft's recommended add-in rules and adds what the rest of the repository needs: tests,
// benchmarks and scripts run in Node and Jest, and TypeScript itself reports undefined names
// (typescript-eslint advises turning no-undef off for .ts files).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "*.js", "*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // Scripts injected into the page by the browser tests.
    files: ["test/browser/fixtures/**"],
    languageOptions: { globals: globals.browser },
  },
];
