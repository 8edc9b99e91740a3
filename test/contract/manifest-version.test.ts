/**
 * Excel caches function metadata for up to a day unless the manifest's <Version> changes. The
 * manifest records the metadata's fingerprint beside its version: when functions.json changes,
 * this fails until both the version and the fingerprint are updated.
 */
import { readFileSync } from "fs";
import path from "path";
import { DIST } from "../../support/load-built";

const { metadataHash } = require("../../scripts/build/metadata-hash.js") as {
  metadataHash: (json: string) => string;
};
const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const released = JSON.parse(
  readFileSync(path.join(__dirname, "released-versions.json"), "utf8")
) as { versions: Record<string, string> };

it("records the fingerprint of the metadata it ships beside its version", () => {
  const recorded = /<!-- functions\.json sha256 ([0-9a-f]{64}):/.exec(manifest)?.[1];
  const actual = metadataHash(readFileSync(path.join(DIST, "functions.json"), "utf8"));
  if (recorded !== actual) {
    throw new Error(
      `functions.json changed (sha256 ${actual}). Raise version and set metadataHash to it in scripts/build/manifest/description.js, then npm run manifests, so Excel reloads the metadata.`
    );
  }
});

it("never reuses a released version for different metadata", () => {
  const version = /<Version>([\d.]+)<\/Version>/.exec(manifest)![1];
  const recorded = /<!-- functions\.json sha256 ([0-9a-f]{64}):/.exec(manifest)![1];
  const earlier = released.versions[version];
  expect(earlier === undefined || earlier === recorded).toBe(true);
  // Versions only go up.
  const key = (v: string) => v.split(".").map(Number);
  for (const v of Object.keys(released.versions)) {
    const [a, b] = [key(v), key(version)];
    const cmp = a.findIndex((x, i) => x !== b[i]);
    expect(cmp === -1 || a[cmp] < b[cmp]).toBe(true);
  }
});
