// Development certificates for https://localhost: whether the ones on disk can still be served,
// and making new ones when they cannot. Office's own tool (office-addin-dev-certs) keeps serving
// an expired certificate, and it lasts 30 days, so npm start checks the dates itself.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Renew a certificate this many days before it expires, so a session never runs into the date. */
export const RENEW_WITHIN_DAYS = 7;

/**
 * Whether the certificate and key at these paths can be served now and for RENEW_WITHIN_DAYS
 * more days: { ok, reason, validTo }.
 */
export function certificateStatus(certPath, keyPath, now = new Date()) {
  if (!existsSync(certPath) || !existsSync(keyPath)) return { ok: false, reason: "none found" };
  let cert;
  try {
    cert = new X509Certificate(readFileSync(certPath));
  } catch {
    return { ok: false, reason: "the certificate cannot be read" };
  }
  const validTo = new Date(cert.validTo);
  try {
    if (!cert.checkPrivateKey(createPrivateKey(readFileSync(keyPath))))
      return { ok: false, reason: "the key does not match the certificate", validTo };
  } catch {
    return { ok: false, reason: "the key cannot be read", validTo };
  }
  const day = 24 * 60 * 60 * 1000;
  if (validTo.getTime() <= now.getTime())
    return { ok: false, reason: `it expired on ${validTo.toISOString().slice(0, 10)}`, validTo };
  if (validTo.getTime() - now.getTime() < RENEW_WITHIN_DAYS * day)
    return {
      ok: false,
      reason: `it expires on ${validTo.toISOString().slice(0, 10)}, within ${RENEW_WITHIN_DAYS} days`,
      validTo,
    };
  return { ok: true, reason: "valid", validTo };
}

/**
 * Certificates in `dir` (ca.crt, localhost.crt, localhost.key) that are valid for at least
 * RENEW_WITHIN_DAYS more days: kept if they are, generated (and said so) if not.
 * @returns { dir, generated, reason, validTo }
 */
export async function ensureCertificates(dir) {
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const status = certificateStatus(cert, key);
  if (status.ok) return { dir, generated: false, reason: status.reason, validTo: status.validTo };
  const devCerts = require("office-addin-dev-certs");
  mkdirSync(dir, { recursive: true });
  for (const f of ["ca.crt", "localhost.crt", "localhost.key"])
    rmSync(path.join(dir, f), { force: true });
  await devCerts.generateCertificates(path.join(dir, "ca.crt"), cert, key);
  const fresh = certificateStatus(cert, key);
  if (!fresh.ok) throw new Error(`the new certificate is not usable: ${fresh.reason}`);
  return { dir, generated: true, reason: status.reason, validTo: fresh.validTo };
}

/** Where npm start records the CA it last told the user to trust (its SHA-256 fingerprint). */
const TOLD_FILE = "ca.told";

/**
 * True when the CA in `dir` is not the one the user was last told to trust: newly generated,
 * or replaced since (by another checkout's tool, or by hand), so the steps must be shown again.
 */
export function trustNoticeNeeded(dir) {
  const told = path.join(dir, TOLD_FILE);
  if (!existsSync(told)) return true;
  return readFileSync(told, "utf8").trim() !== caFingerprint(dir);
}

/** Records that the user has been told to trust the CA now in `dir`. */
export function recordTrustNotice(dir) {
  writeFileSync(path.join(dir, TOLD_FILE), `${caFingerprint(dir)}\n`);
}

function caFingerprint(dir) {
  return new X509Certificate(readFileSync(path.join(dir, "ca.crt"))).fingerprint256;
}
