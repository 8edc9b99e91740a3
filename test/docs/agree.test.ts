/**
 * What the documents say about the code, checked against the code: no function count in the
 * manual pass, what the pane keeps in the browser, and the system programs the tests
 * drive.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(`${dir}/${e.name}`)
      : e.name.endsWith(".ts")
        ? [`${dir}/${e.name}`]
        : []
  );
}

it("TESTING.md's manual pass counts no functions (a count goes stale with the next one)", () => {
  expect(read("TESTING.md")).not.toMatch(/\b\d+ functions\b/);
});

it("SECURITY.md names every localStorage key the pane writes", () => {
  const security = read("SECURITY.md");
  const keys = sources("src").flatMap((file) => {
    const text = read(file);
    if (!text.includes("localStorage.setItem")) return [];
    return [...text.matchAll(/const \w*KEY\w* = "([^"]+)"/g)].map((m) => m[1]);
  });
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) expect(security).toContain(key);
});

it("the README names every system program the tests run", () => {
  const readme = read("README.md");
  const programs = sources("support").flatMap((file) =>
    [...read(file).matchAll(/"\/usr\/bin\/([a-z]+)"/g)].map((m) => m[1])
  );
  expect(programs.length).toBeGreaterThan(0);
  for (const program of new Set(programs)) expect(readme).toContain(`/usr/bin/${program}`);
});
