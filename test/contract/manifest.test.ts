/**
 * Offline checks of the manifest (Microsoft's online validator is unreachable from CI; run
 * `npm run validate` where there is internet). Both the source manifest (localhost, for
 * sideloading) and the production build's are checked.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { DIST } from "../../support/load-built";
import { PROD_ORIGIN } from "./origin";

const ROOT = path.join(__dirname, "../..");
const SOURCE = path.join(ROOT, "manifest.xml");
const BUILT = path.join(DIST, "manifest.xml");

type Node = Record<string, unknown>;

/** Every element in document order, as [name, attributes] pairs. */
function walk(
  node: unknown,
  name = "",
  out: [string, Record<string, string>][] = []
): [string, Record<string, string>][] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, name, out));
  else if (node && typeof node === "object") {
    const attrs = ((node as Node).$ ?? {}) as Record<string, string>;
    if (name) out.push([name, attrs]);
    for (const [key, child] of Object.entries(node as Node))
      if (key !== "$" && key !== "_") walk(child, key, out);
  }
  return out;
}

async function elements(file: string) {
  return walk(await parseStringPromise(readFileSync(file, "utf8"), { strict: true }));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each([
  ["source", SOURCE, "https://localhost:3000"],
  ["production", BUILT, PROD_ORIGIN],
])("%s manifest", (_, file, origin) => {
  it("is well-formed XML", async () => {
    await expect(
      parseStringPromise(readFileSync(file, "utf8"), { strict: true })
    ).resolves.toBeTruthy();
  });

  it("parses with office-addin-manifest info", () => {
    const cli = require.resolve("office-addin-manifest/cli.js");
    const out = execFileSync(process.execPath, [cli, "info", file], { encoding: "utf8" });
    expect(out).toMatch(/Name: SovAI/);
    expect(out).toMatch(/Permissions: ReadWriteDocument/);
  });

  it("resolves every resid to a resource", async () => {
    const all = await elements(file);
    const defined = new Set(
      all.filter(([n]) => /^bt:(Image|Url|String)$/.test(n)).map(([, a]) => a.id)
    );
    const used = all.flatMap(([, a]) => (a.resid ? [a.resid] : []));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("names only HTTPS URLs, all on the add-in's own origin", async () => {
    const urls = (await elements(file)).flatMap(([, a]) =>
      a.DefaultValue?.startsWith("http") ? [a.DefaultValue] : []
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${origin}/`)).toBe(true);
  });

  it("uses the SOVAI namespace and asks for ReadWriteDocument, nothing more", async () => {
    const all = await elements(file);
    expect(all.find(([, a]) => a.id === "Functions.Namespace")?.[1].DefaultValue).toBe("SOVAI");
    const text = readFileSync(file, "utf8");
    expect(text.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual([
      "<Permissions>ReadWriteDocument</Permissions>",
    ]);
  });

  it("has each icon at the pixel size it claims", async () => {
    const all = await elements(file);
    const images = all.filter(([n, a]) => n === "bt:Image" && a.DefaultValue);
    const claimed = [
      ...images.map(([, a]) => [a.DefaultValue, Number(/(\d+)x\1/.exec(a.id)?.[1])] as const),
      ...all.filter(([n]) => n === "IconUrl").map(([, a]) => [a.DefaultValue, 32] as const),
      ...all
        .filter(([n]) => n === "HighResolutionIconUrl")
        .map(([, a]) => [a.DefaultValue, 64] as const),
    ];
    expect(claimed.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of claimed) {
      const local = path.join(DIST, url.slice(origin.length + 1));
      expect(pngSize(local)).toEqual([size, size]);
    }
  });
});

it("the production manifest carries the production origin and no localhost", () => {
  const text = readFileSync(BUILT, "utf8");
  expect(text).toContain(PROD_ORIGIN);
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  expect(readFileSync(path.join(DIST, "functions.json"), "utf8")).not.toMatch(/localhost/);
});
