/** Test certificates with chosen dates, to exercise npm start's renewal. */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import forge from "node-forge";

/** Writes ca.crt, localhost.crt and localhost.key into `dir`, valid from `from` until `to`. */
export function writeCertificate(dir: string, from: Date, to: Date): void {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = from;
  cert.validity.notAfter = to;
  const subject = [{ name: "commonName", value: "localhost" }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const pem = forge.pki.certificateToPem(cert);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "localhost.crt"), pem);
  writeFileSync(path.join(dir, "ca.crt"), pem);
  writeFileSync(path.join(dir, "localhost.key"), forge.pki.privateKeyToPem(keys.privateKey));
}
