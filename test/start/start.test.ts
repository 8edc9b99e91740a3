/**
 * `npm start` as a new user on Linux runs it: it must serve every URL the manifest names over
 * HTTPS (status 200) well within two minutes, print the Excel on the web steps, and stop cleanly.
 * Runs on a spare port so it does not collide with a developer's own `npm start`.
 */
import { spawn, type ChildProcess } from "child_process";
import { existsSync, readFileSync } from "fs";
import https from "https";
import path from "path";

const ROOT = path.join(__dirname, "../..");
const PORT = 3123;
let child: ChildProcess;
let output = "";

function get(url: string, ca: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, npm_package_config_dev_server_port: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (
    !output.includes("SovAI is being served") &&
    Date.now() < deadline &&
    child.exitCode === null
  ) {
    await new Promise((r) => setTimeout(r, 250));
  }
}, 130_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
});

it("serves every URL in the manifest with 200 over HTTPS, trusting only the generated CA", async () => {
  expect(output).toContain(`SovAI is being served at https://localhost:${PORT}`);
  const ca = readFileSync(path.join(ROOT, ".certs/ca.crt"));
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const urls = [
    ...new Set(
      [...manifest.matchAll(/DefaultValue="(https:\/\/localhost:3000[^"#]*)/g)].map((m) => m[1])
    ),
  ];
  expect(urls.length).toBeGreaterThanOrEqual(8);
  for (const url of urls) {
    const status = await get(url.replace(":3000", `:${PORT}`), ca);
    expect({ url, status }).toEqual({ url, status: 200 });
  }
  expect(await get(`https://localhost:${PORT}/manifest.xml`, ca)).toBe(200);
});

it("prints the steps to upload the manifest in Excel on the web", () => {
  expect(output).toMatch(/Upload My Add-in/);
  expect(output).toMatch(/trust \.certs\/ca\.crt/);
});

it("records its server for npm stop, and removes the record when stopped", async () => {
  expect(existsSync(path.join(ROOT, ".sovai-dev-server.pid"))).toBe(true);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  expect(existsSync(path.join(ROOT, ".sovai-dev-server.pid"))).toBe(false);
});
