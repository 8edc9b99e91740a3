/* global CustomFunctions, globalThis */
/**
 * The task pane page also loads the functions (one shared runtime), and the metadata build
 * appends `CustomFunctions.associate(...)` calls to them. When office.js could not be fetched
 * (offline, a blocked CDN) there is no CustomFunctions, and those calls would throw a
 * ReferenceError on a page that should only say Office is missing. This stand-in, installed
 * only then, associates nothing: without Office no function can reach Excel anyway. Imported
 * first by index.ts, so it runs before any family file.
 */
if (typeof CustomFunctions === "undefined") {
  class OfficeMissingError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  Object.assign(globalThis, {
    CustomFunctions: { associate: () => undefined, Error: OfficeMissingError, ErrorCode: {} },
  });
}

export {};
