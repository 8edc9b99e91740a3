/**
 * `npm start` as a new user on Linux runs it: it must serve every URL the manifest names over
 * HTTPS (status 200) well within two minutes, print the Excel on the web steps, and stop cleanly.
 * It starts with an expired certificate in .certs/ (a month-old checkout), which it must replace.
 * Runs on a spare port, with its state (.certs/, the pid file) in a temporary folder through
 * SOVAI_DEV_DIR, so it never touches a developer's own certificates or running `npm start`.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import https from "https";
import net from "net";
import os from "os";
import path from "path";
import tls from "tls";
import { writeCertificate } from "../../support/certificates";

const ROOT = path.join(__dirname, "../..");
const PORT = 3123;
const STATE = mkdtempSync(path.join(os.tmpdir(), "sovai-start-"));
const CERTS = path.join(STATE, ".certs");
const ENV = { ...process.env, SOVAI_DEV_DIR: STATE };
let child: ChildProcess;
let output = "";

/** The developer's own state in the checkout, which no test may change. */
function ownState(): string {
  const read = (f: string) => (existsSync(f) ? readFileSync(f, "utf8") : "(none)");
  return [".certs/ca.crt", ".certs/localhost.crt", ".sovai-dev-server.pid"]
    .map((f) => `${f}: ${read(path.join(ROOT, f))}`)
    .join("\n");
}
const OWN_STATE = ownState();

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

/** The certificate the server presents, read over TLS. */
function servedCertificate(port: number): Promise<tls.PeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ port, host: "localhost", rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate());
      socket.end();
    });
    socket.on("error", reject);
  });
}

beforeAll(async () => {
  // An expired certificate, as a checkout left for more than 30 days would have.
  writeCertificate(CERTS, new Date("2024-01-01"), new Date("2024-02-01"));
  // This checkout's own server on port 3000, as the README says to leave it running: a live pid.
  writeFileSync(path.join(STATE, ".sovai-dev-server.pid"), String(process.pid));
  child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...ENV, npm_package_config_dev_server_port: String(PORT) },
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
  rmSync(STATE, { recursive: true, force: true });
});

it("starts beside this checkout's server on port 3000, and leaves the developer's own state alone", () => {
  expect(output).not.toMatch(/still running/);
  expect(output).toContain(`SovAI is being served at https://localhost:${PORT}`);
  expect(ownState()).toBe(OWN_STATE);
});

it("serves every URL in the manifest with 200 over HTTPS, trusting only the generated CA", async () => {
  expect(output).toContain(`SovAI is being served at https://localhost:${PORT}`);
  const ca = readFileSync(path.join(CERTS, "ca.crt"));
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
  for (const file of ["manifest.xml", "manifest.json", "assets/manifest.ko-kr.json"]) {
    expect(await get(`https://localhost:${PORT}/${file}`, ca)).toBe(200);
  }
});

it("replaced the expired certificate, says so, and serves one valid for at least a week", async () => {
  expect(output).toMatch(
    /Generated development certificates in .*\.certs .*it expired on 2024-02-01/
  );
  const cert = await servedCertificate(PORT);
  const week = 7 * 24 * 3600 * 1000;
  expect(new Date(cert.valid_to).getTime()).toBeGreaterThan(Date.now() + week);
  expect(new Date(cert.valid_from).getTime()).toBeLessThanOrEqual(Date.now());
});

it("listens on this machine only: no address on the network is offered", () => {
  expect(output).toMatch(/Loopback: https:\/\/localhost/);
  expect(output).not.toMatch(/On Your Network/);
});

it("prints the steps to upload the manifest in Excel on the web", () => {
  expect(output).toMatch(/Upload My Add-in/);
  expect(output).toContain(`trust ${path.relative(ROOT, path.join(CERTS, "ca.crt"))} before`);
});

it("shows the trust steps again for a CA the user was not told about, and only then", () => {
  const needed = () =>
    spawnSync(
      process.execPath,
      [
        "-e",
        `import("./scripts/certs.mjs").then((m) => console.log(m.trustNoticeNeeded(${JSON.stringify(CERTS)})))`,
      ],
      { cwd: ROOT, encoding: "utf8" }
    ).stdout.trim();
  expect(needed()).toBe("false"); // npm start showed the steps for this CA and recorded it
  writeCertificate(CERTS, new Date("2025-01-01"), new Date("2035-01-01")); // replaced since
  expect(needed()).toBe("true");
});

it("records its server for npm stop, and removes the record when stopped", async () => {
  const record = path.join(STATE, `.sovai-dev-server-${PORT}.pid`);
  expect(readFileSync(record, "utf8")).toMatch(/^\d+$/);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  expect(existsSync(record)).toBe(false);
  expect(existsSync(path.join(STATE, ".sovai-dev-server.pid"))).toBe(true); // port 3000's, untouched
});

it("answers a busy port with one plain line naming the port and how to choose another", async () => {
  const blocker = net.createServer().listen(PORT + 1);
  await new Promise((r) => blocker.once("listening", r));
  try {
    const run = spawnSync(process.execPath, ["scripts/start.mjs", "--port", String(PORT + 1)], {
      cwd: ROOT,
      env: ENV,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`port ${PORT + 1} is already in use.*--port ${PORT + 2}.*SOVAI_PORT`)
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  } finally {
    blocker.close();
  }
});

it("keeps a valid certificate and says it uses it, without generating", () => {
  const run = spawnSync(
    process.execPath,
    [
      "-e",
      `import("./scripts/certs.mjs").then(async (m) => console.log(JSON.stringify(await m.ensureCertificates(${JSON.stringify(CERTS)}))))`,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  expect(JSON.parse(run.stdout)).toMatchObject({ generated: false, reason: "valid" });
});
