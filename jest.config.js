/** @type {import("jest").Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/support/custom-functions-stub.ts"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package's full entry pulls in
    // ESM-only uuid@14 and strip-bom@5, which Jest on Node 20 cannot require.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
