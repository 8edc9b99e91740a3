/**
 * Tests that drive system programs (Debian's Chromium and LibreOffice Calc). CI installs them
 * (.ci/run) and these tests must run there; on a developer's machine without them the suites are
 * skipped with a note saying what to install, so `npm test` still reports everything else.
 */
import { existsSync } from "fs";

export function describeWithTool(tool: string, path: string, install: string): jest.Describe {
  if (existsSync(path)) return describe;
  if (process.env.CI) {
    throw new Error(`${tool} is required in CI but missing at ${path}: ${install}`);
  }
  console.warn(`Skipping the ${tool} tests: no ${path}. Install it with: ${install}`);
  return describe.skip;
}
