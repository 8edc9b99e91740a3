// npm run test:excel: the end-to-end check in real desktop Excel, the way Microsoft's own
// custom-function samples do it. It builds dist-check/ (whose task pane page writes every
// example of the function records (src/functions) into a sheet, waits for Excel to calculate, and posts
// the values), serves it on https://localhost:3000, starts office-addin-test-server to receive
// the values, sideloads the add-in with office-addin-debugging, and compares what Excel
// calculated with the expected results. Prints "N passed, M failed"; exits 0 only when all pass.
// Where there is no desktop Excel (Linux) it says so and exits 2.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { platform } from "node:os";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { compareAll, summary } = require("./excel-check/compare.js");
const { EXAMPLES } = require("./build/records.js");
const RESULTS_TIMEOUT_MS = 5 * 60_000;
const PORT = 3000;

function say(message) {
  console.error(`npm run test:excel: ${message}`);
}

if (platform() !== "win32" && platform() !== "darwin") {
  say(
    `it needs desktop Excel, which runs on Windows and macOS; this machine runs ${platform()}. ` +
      "Run it there before each release (TESTING.md); npm test checks its mechanics here."
  );
  process.exit(2);
}

function run(command, args) {
  const r = spawnSync(process.execPath, [require.resolve(command), ...args], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0)
    throw new Error(`${path.basename(command)} ${args.join(" ")} exited with ${r.status}`);
}

async function main() {
  run("webpack-cli/bin/cli.js", ["--mode", "development", "--env", "excelCheck"]);
  const { TestServer } = require("office-addin-test-server");
  const testServer = new TestServer(4201);
  // Its constructor starts with an already-rejected "no results yet" promise; mark it handled,
  // or Node ends the process on an unhandled rejection before Excel has sent anything.
  testServer.getTestResults().catch(() => undefined);
  await testServer.startTestServer(true);
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  const { headersFor } = require("./build/hosting.js");
  const dir = path.join(root, "dist-check");
  const server = https
    .createServer(options, (req, res) => {
      const pathname = new URL(req.url ?? "/", "https://localhost").pathname;
      const headers = headersFor(pathname);
      try {
        const body = readFileSync(path.join(dir, path.normalize(pathname)));
        res.writeHead(200, headers ?? {});
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })
    .listen(PORT);
  const debugging = require.resolve("office-addin-debugging/cli.js");
  const manifest = path.join(dir, "manifest.xml");
  const sideload = spawn(
    process.execPath,
    [debugging, "start", manifest, "desktop", "--no-debug", "--dev-server-port", String(PORT)],
    { cwd: root, stdio: "inherit" }
  );
  let timer;
  try {
    const results = await Promise.race([
      testServer.getTestResults(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error("Excel sent no results within 5 minutes")),
          RESULTS_TIMEOUT_MS
        );
      }),
    ]);
    const outcome = compareAll(EXAMPLES, results);
    for (const r of results)
      if (r.formula === "(the check itself)") say(`the check failed in Excel: ${r.value}`);
    for (const f of outcome.failed) console.log(`FAILED ${f.formula}: ${f.reason}`);
    console.log(summary(outcome));
    process.exitCode = outcome.failed.length === 0 ? 0 : 1;
  } finally {
    clearTimeout(timer);
    sideload.kill();
    spawnSync(process.execPath, [debugging, "stop", manifest], { cwd: root, stdio: "inherit" });
    server.close();
    await testServer.stopTestServer();
  }
}

main().catch((e) => {
  say(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
