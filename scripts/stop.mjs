// npm stop: stops the dev server `npm start` left running and, on Windows/macOS, removes the
// sideloaded add-in from desktop Excel.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { platform } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = path.join(root, ".sovai-dev-server.pid");

let stopped = false;
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    stopped = true;
    console.log(`Stopped the SovAI dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  }
  rmSync(PID_FILE, { force: true });
} else {
  console.log("No SovAI dev server started by npm start is running.");
}

if (platform() === "win32" || platform() === "darwin") {
  const bin = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [bin, "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exitCode = 1;
}
process.exitCode ??= stopped || !existsSync(PID_FILE) ? 0 : 1;
