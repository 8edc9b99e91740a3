/**
 * npm run serve:dist serves the production build with the headers Excel needs, and
 * docs/deploy.md documents exactly those headers.
 */
import { spawn, type ChildProcess } from "child_process";
import { readFileSync } from "fs";
import https from "https";
import path from "path";

const ROOT = path.join(__dirname, "../..");
const PORT = 3125;

const { RULES, headersFor } = require("../../scripts/build/hosting.js") as {
  RULES: { pattern: RegExp; type: string; cors: boolean; cache: string }[];
  headersFor: (p: string) => Record<string, string> | null;
};

let child: ChildProcess;
let output = "";

function request(pathname: string, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = https.request(
        { host: "localhost", port: PORT, path: pathname, method, rejectUnauthorized: false },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        }
      );
      req.on("error", reject);
      req.end();
    }
  );
}

beforeAll(async () => {
  child = spawn(process.execPath, ["scripts/serve-dist.mjs", "--port", String(PORT)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (!output.includes("Serving dist/") && Date.now() < deadline && child.exitCode === null)
    await new Promise((r) => setTimeout(r, 100));
}, 40_000);

afterAll(() => {
  child.kill("SIGTERM");
});

it("prints its address", () => {
  expect(output).toContain(`Serving dist/ at https://localhost:${PORT}`);
});

it("answers functions.json with CORS, its content type and short caching", async () => {
  const r = await request("/functions.json");
  expect(r.status).toBe(200);
  expect(r.headers["access-control-allow-origin"]).toBe("*");
  expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(r.headers["cache-control"]).toBe("no-cache");
  const preflight = await request("/functions.json", "OPTIONS");
  expect(preflight.status).toBe(204);
  expect(preflight.headers["access-control-allow-origin"]).toBe("*");
});

it("gives functions.js CORS too, the manifest short caching, icons long caching", async () => {
  expect((await request("/functions.js")).headers["access-control-allow-origin"]).toBe("*");
  const manifest = await request("/manifest.xml");
  expect([manifest.headers["content-type"], manifest.headers["cache-control"]]).toEqual([
    "application/xml; charset=utf-8",
    "no-cache",
  ]);
  expect(manifest.headers["access-control-allow-origin"]).toBeUndefined();
  const icon = await request("/assets/icon-32.png");
  expect([icon.status, icon.headers["cache-control"]]).toEqual([200, "public, max-age=2592000"]);
});

it("serves nothing outside dist/ and nothing it has no rule for", async () => {
  expect((await request("/../package.json")).status).toBe(404);
  expect((await request("/%2e%2e/package.json")).status).toBe(404);
  expect((await request("/nothing.txt")).status).toBe(404);
});

it("docs/deploy.md lists exactly the headers serve:dist sends", () => {
  const doc = readFileSync(path.join(ROOT, "docs/deploy.md"), "utf8");
  for (const [file, pathname] of [
    ["/functions.json", "/functions.json"],
    ["/functions.ko-KR.json", "/functions.ko-KR.json"],
    ["/functions.js", "/functions.js"],
    ["/manifest.xml", "/manifest.xml"],
    ["/assets/*.png", "/assets/icon-16.png"],
  ]) {
    const h = headersFor(pathname)!;
    const row = doc.split("\n").find((l) => l.startsWith(`| \`${file}\``));
    expect(row).toBe(
      `| \`${file}\` | \`${h["Content-Type"]}\` | \`${h["Cache-Control"]}\` | ${h["Access-Control-Allow-Origin"] ? "`*`" : "—"} |`
    );
  }
  expect(RULES.length).toBe(
    doc.split("\n").filter((l) => /^\| `[/*]/.test(l) || /^\| other/.test(l)).length
  );
});
