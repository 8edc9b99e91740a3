// npm run serve:dist: serves the production build in dist/ over HTTPS with exactly the headers
// docs/deploy.md asks of any host (scripts/build/hosting.js), to try a deployment locally or to
// check a host's configuration against. Options: --port N (or SOVAI_PORT; default 3000).
// Certificates: the development ones in .certs/ (generated or renewed as npm start does).
import { existsSync, readFileSync, statSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { ensureCertificates } from "./certs.mjs";

const require = createRequire(import.meta.url);
const { headersFor } = require("./build/hosting.js");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

function fail(message) {
  console.error(`npm run serve:dist: ${message}`);
  process.exit(message.startsWith("usage") ? 2 : 1);
}

const i = process.argv.indexOf("--port");
const raw = i >= 0 ? process.argv[i + 1] : process.env.SOVAI_PORT || "3000";
const port = Number(raw);
if (!Number.isInteger(port) || port < 1024 || port > 65535)
  fail(`usage: --port needs a whole number from 1024 to 65535; got "${raw ?? ""}".`);
if (!existsSync(path.join(dist, "manifest.xml")))
  fail("dist/ holds no build. Run `npm run build` first (with SOVAI_PROD_ORIGIN for a real host).");

const certs = await ensureCertificates(path.join(root, ".certs")).catch((e) =>
  fail(`could not create the development certificates: ${e.message}`)
);

const server = https.createServer(
  {
    cert: readFileSync(path.join(certs.dir, "localhost.crt")),
    key: readFileSync(path.join(certs.dir, "localhost.key")),
  },
  (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    const file = path.join(dist, pathname);
    const headers = headersFor(pathname);
    const inside = file.startsWith(dist + path.sep);
    if (req.method === "OPTIONS" && headers?.["Access-Control-Allow-Origin"]) {
      res.writeHead(204, { ...headers, "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS" });
      res.end();
      return;
    }
    if (!headers || !inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD, OPTIONS" });
      res.end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  }
);
server.on("error", (e) =>
  fail(
    e.code === "EADDRINUSE"
      ? `port ${port} is already in use; choose another with --port ${port + 1}.`
      : e.message
  )
);
server.listen(port, () => {
  const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const origin = /<SourceLocation DefaultValue="(https:\/\/[^"]+?)\/taskpane\.html"/.exec(
    manifest
  )?.[1];
  console.log(`Serving dist/ at https://localhost:${port} with the headers of docs/deploy.md.`);
  if (origin && !origin.startsWith(`https://localhost:${port}`))
    console.log(
      `This build's manifest points at ${origin}: Excel loads the add-in from there. Use this server to see what that host must send (curl -I), or npm start to sideload locally.`
    );
  console.log("Stop with Ctrl+C.");
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));
