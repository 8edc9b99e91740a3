// npm stop: stops the dev server `npm start` left running and, on Windows/macOS, removes the
// sideloaded add-in from desktop Excel.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { platform } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STATE_DIR = process.env.SOVAI_DEV_DIR ? path.resolve(process.env.SOVAI_DEV_DIR) : root;
// npm start keeps one record per port: .sovai-dev-server.pid (3000), .sovai-dev-server-N.pid.
const records = readdirSync(STATE_DIR).filter((f) => /^\.sovai-dev-server(-\d+)?\.pid$/.test(f));

let stopped = false;
for (const record of records) {
  const file = path.join(STATE_DIR, record);
  const pid = Number(readFileSync(file, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    stopped = true;
    console.log(`Stopped the SovAI dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  }
  rmSync(file, { force: true });
}
if (records.length === 0) console.log("No SovAI dev server started by npm start is running.");

if (platform() === "win32" || platform() === "darwin") {
  const bin = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [bin, "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exitCode = 1;
}
process.exitCode ??= stopped || records.length === 0 ? 0 : 1;
