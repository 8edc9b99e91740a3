// npm start: build and serve the add-in over HTTPS on localhost:3000, then sideload it.
//   Windows/macOS            → desktop Excel, through office-addin-debugging
//   --document <URL>         → Excel on the web with that workbook (or SOVAI_DOCUMENT_URL)
//   otherwise (e.g. Linux)   → print the steps to upload manifest.xml in Excel on the web
//   --port N (or SOVAI_PORT=N)  → serve on another port, beside this checkout's server on
//                                 another; the manifest to upload is then manifest.port-N.xml
// Its state (.certs/, the server's pid file, manifest.port-N.xml) lives in the project folder,
// or in SOVAI_DEV_DIR when set: the tests set it, so they never touch a developer's own.
// It keeps serving until Ctrl+C or `npm stop`. Any failure exits non-zero with a plain message.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, platform } from "node:os";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import {
  certificateStatus,
  ensureCertificates,
  recordTrustNotice,
  trustNoticeNeeded,
} from "./certs.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = chosenPort();
const ORIGIN = `https://localhost:${PORT}`;
const STATE_DIR = process.env.SOVAI_DEV_DIR ? path.resolve(process.env.SOVAI_DEV_DIR) : root;
// One record per port, so a second server on another port can start beside the first.
const PID_FILE = path.join(
  STATE_DIR,
  PORT === 3000 ? ".sovai-dev-server.pid" : `.sovai-dev-server-${PORT}.pid`
);
const READY_TIMEOUT_MS = 120_000;
const desktop = platform() === "win32" || platform() === "darwin";

function fail(message) {
  console.error(`npm start failed: ${message}`);
  process.exit(1);
}

/** --port N, else SOVAI_PORT, else the package's configured port (3000). */
function chosenPort() {
  const i = process.argv.indexOf("--port");
  const raw =
    i >= 0
      ? process.argv[i + 1]
      : process.env.SOVAI_PORT || process.env.npm_package_config_dev_server_port || "3000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    fail(`--port needs a whole number from 1024 to 65535; got "${raw ?? ""}".`);
  return port;
}

/** True when something (ours or not) already listens on the port: binding it is the only sure test. */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES"));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

/** The manifest to sideload: the repository's for port 3000, else a copy with this port's URLs. */
function manifestForPort() {
  if (PORT === 3000) return "manifest.xml";
  const name = path.join(STATE_DIR, `manifest.port-${PORT}.xml`);
  const text = readFileSync(path.join(root, "manifest.xml"), "utf8");
  writeFileSync(name, text.split("https://localhost:3000").join(ORIGIN));
  return path.relative(root, name);
}

function documentUrl() {
  const i = process.argv.indexOf("--document");
  const url = i >= 0 ? process.argv[i + 1] : process.env.SOVAI_DOCUMENT_URL;
  if (url !== undefined && !/^https:\/\//.test(url))
    fail(`--document needs an https:// workbook URL; got "${url ?? ""}".`);
  return url;
}

/**
 * Certificates: on Windows/macOS, Office's own, installed into the user's store (renewed first
 * when they have expired or soon will, which the tool does not do by itself); elsewhere,
 * generated into .certs/ and renewed the same way. Says "generated" only when it did.
 */
async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  if (desktop) {
    const dir = path.join(homedir(), ".office-addin-dev-certs");
    const status = certificateStatus(
      path.join(dir, "localhost.crt"),
      path.join(dir, "localhost.key")
    );
    if (!status.ok && existsSync(path.join(dir, "localhost.crt"))) {
      console.log(`Renewing the development certificate: ${status.reason}.`);
      devCerts.deleteCertificateFiles(dir);
    }
    await devCerts.ensureCertificatesAreInstalled();
    return dir;
  }
  const result = await ensureCertificates(path.join(STATE_DIR, ".certs"));
  const until = result.validTo.toISOString().slice(0, 10);
  console.log(
    result.generated
      ? `Generated development certificates in ${result.dir} (valid until ${until}; before: ${result.reason}).`
      : `Using the development certificates in ${result.dir} (valid until ${until}).`
  );
  // Shown whenever the CA is not the one the user was last told about, not only when generated
  // just now: a CA replaced since (by hand, or by an older tool) is one no browser trusts yet.
  if (!trustNoticeNeeded(result.dir)) return result.dir;
  const ca = path.relative(process.cwd(), path.join(result.dir, "ca.crt"));
  console.log(
    [
      "",
      `Your browser must trust ${ca} before Excel on the web can load the add-in from localhost:`,
      `  Chrome/Edge: Settings > Privacy and security > Security > Manage certificates > Authorities > Import ${ca}`,
      "  Firefox:     Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import",
      "  System-wide (Debian/Ubuntu, needs sudo):",
      `    sudo cp ${ca} /usr/local/share/ca-certificates/sovai-dev-ca.crt && sudo update-ca-certificates`,
      "",
    ].join("\n")
  );
  recordTrustNotice(result.dir);
  return result.dir;
}

function serving() {
  return new Promise((resolve) => {
    const req = https.get(
      `${ORIGIN}/manifest.xml`,
      { rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        res.resume();
        resolve(true);
      }
    );
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitUntilServed(server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      fail(`the dev server exited with code ${server.exitCode}; see its output above.`);
    if (await serving()) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  fail(`nothing answered on ${ORIGIN} within ${READY_TIMEOUT_MS / 1000} s.`);
}

/** office-addin-debugging exits 0 even when it fails, so its output is read for errors. */
function sideload(args) {
  return new Promise((resolve) => {
    const bin = require.resolve("office-addin-debugging/cli.js");
    const child = spawn(
      process.execPath,
      [bin, "start", manifestForPort(), ...args, "--no-debug", "--dev-server-port", String(PORT)],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on("close", (code) => {
      const errors = output.split(/\r?\n/).filter((line) => /^\s*(Error|Unable to)\b/i.test(line));
      if (code !== 0 || errors.length > 0)
        fail(`sideloading did not work:\n  ${errors.join("\n  ") || `exit code ${code}`}`);
      resolve();
    });
  });
}

function printWebSteps() {
  console.log(
    [
      "",
      `SovAI is being served at ${ORIGIN} (manifest: ${ORIGIN}/manifest.xml).`,
      "",
      "To load it in Excel on the web:",
      "  1. Open https://excel.cloud.microsoft (or office.com > Excel) and open or create a workbook.",
      "  2. Home > Add-ins > More Add-ins (or Insert > Office Add-ins).",
      `  3. My Add-ins > Upload My Add-in > Browse… > choose ${manifestForPort()} in this folder > Upload.`,
      "  4. Home > SovAI Model opens the task pane; type =SOVAI. in a cell for the functions.",
      "To sideload into a given workbook instead: npm start -- --document <workbook URL>",
      "Stop serving with Ctrl+C or `npm stop`.",
      "",
    ].join("\n")
  );
}

async function main() {
  const document = documentUrl();
  if (await portTaken(PORT))
    fail(
      `port ${PORT} is already in use. Stop what uses it (\`npm stop\` if it is an earlier npm start), or choose another port: npm start -- --port ${PORT + 1} (or SOVAI_PORT=${PORT + 1} npm start).`
    );
  const certDir = await certificates().catch((e) =>
    fail(`could not create the development certificates: ${e.message}`)
  );

  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    env: { ...process.env, SOVAI_CERT_DIR: certDir, SOVAI_PORT: String(PORT) },
    stdio: "inherit",
  });
  writeFileSync(PID_FILE, String(server.pid));
  const cleanUp = () => rmSync(PID_FILE, { force: true });
  process.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.kill("SIGTERM");
      process.exit(0);
    });
  }
  server.on("exit", (code, signal) => {
    if (signal !== "SIGTERM")
      console.error(`The dev server stopped (${signal ?? `exit code ${code}`}).`);
    process.exit(code ?? 0);
  });

  await waitUntilServed(server);
  if (document) await sideload(["web", "--document", document]);
  else if (desktop) await sideload(["desktop"]);
  else printWebSteps();
}

// Read once so a stale PID file from a crashed run is reported rather than silently reused.
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, 0);
    fail(
      `a dev server from an earlier npm start is still running (pid ${pid}). Run \`npm stop\` first.`
    );
  } catch {
    rmSync(PID_FILE, { force: true });
  }
}
main().catch((e) => fail(e.message));
