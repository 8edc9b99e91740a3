/**
 * Every `@example` in the model and the function adapters runs here, so documentation cannot
 * drift from the code. An example reads `expression // expected`; when the comment shows its
 * arithmetic (`a × b = 42`), the expected value is what follows the last " = ". A trailing
 * "(remark)" is ignored, and a number ending in "…" is checked to the digits shown.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "../..");
const SOURCES = [
  "src/model",
  "src/functions",
  "src/sheets",
  "src/freeze",
  "src/export",
  "src/doctor",
  "src/excel/names.ts",
  "src/taskpane/reference.ts",
].map((d) => path.join(__dirname, "../..", d));

function files(dir: string): string[] {
  if (dir.endsWith(".ts")) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

interface Example {
  file: string;
  expression: string;
  expected: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of SOURCES.flatMap(files)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const m = /@example\s+(.+?)\s+\/\/\s+(.+)$/.exec(line);
      if (m) found.push({ file: path.relative(ROOT, file), expression: m[1], expected: m[2] });
    }
  }
  return found;
}

/** Everything the examples may name: the exports of every module they come from. */
function scope(): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const file of SOURCES.flatMap(files)) {
    if (file.endsWith("functions.ts")) continue; // adapters are reached through their helpers
    Object.assign(all, require(file));
  }
  return all;
}

function expectedValue(text: string): { value: unknown; digits?: number } {
  let t = text.includes(" = ") ? text.slice(text.lastIndexOf(" = ") + 3) : text;
  t = t.replace(/\s+\(.*\)$/, "").trim();
  const truncated = /^(-?[\d.]+)…$/.exec(t);
  if (truncated)
    return { value: Number(truncated[1]), digits: (truncated[1].split(".")[1] ?? "").length };
  return { value: JSON.parse(t) };
}

function compare(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected))
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => compare((actual as unknown[])[i], e));
  } else {
    expect(actual).toEqual(expected);
  }
}

const all = examples();
const names = scope();

/** Model modules that hold only data or re-exports, whose examples live with their readers. */
const DATA_ONLY =
  /^src\/model\/(index|data\/(assumptions|entities|stack|facts|fact-dates|basis)|messages\/en|risk\/index)\.ts$/;

it("every model module that computes something shows at least one example", () => {
  const modules = files(path.join(ROOT, "src/model"))
    .map((f) => path.relative(ROOT, f))
    .filter((f) => !DATA_ONLY.test(f));
  const documented = new Set(all.map((e) => e.file));
  expect(modules.filter((m) => !documented.has(m))).toEqual([]);
});

const byFile = new Map<string, Example[]>();
for (const e of all) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);

describe.each([...byFile.keys()])("%s", (file) => {
  it.each(byFile.get(file)!.map((e) => [e.expression, e] as const))("%s", (_, example) => {
    // Tests may evaluate source text; the shipped bundles may not (see the CSP and bundle checks).
    const run = new Function(...Object.keys(names), `return (${example.expression});`);
    const actual = run(...Object.values(names));
    const { value, digits } = expectedValue(example.expected);
    if (digits !== undefined) {
      expect(Math.trunc((actual as number) * 10 ** digits) / 10 ** digits).toBeCloseTo(
        value as number,
        digits
      );
    } else {
      compare(actual, value);
    }
  });
});
