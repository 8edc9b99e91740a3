/**
 * Excel caches function metadata for up to a day unless the manifest's <Version> changes, and
 * stores function ids in saved workbooks. The releases log (scripts/build/manifest/releases.json)
 * holds every released version with its metadata's fingerprint and the ids it added; the
 * manifests declare the newest. When functions.json changes, this fails until a release is added.
 */
import { readFileSync } from "fs";
import path from "path";
import { DIST, loadBuilt } from "../../support/load-built";

const { metadataHash } = require("../../scripts/build/metadata-hash.js") as {
  metadataHash: (json: string) => string;
};
const { releases } = require("../../scripts/build/manifest/releases.json") as {
  releases: { version: string; metadataHash: string; added: string[] }[];
};
const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const newest = releases[releases.length - 1];

it("ships the metadata of its newest release, under that release's version", () => {
  const actual = metadataHash(readFileSync(path.join(DIST, "functions.json"), "utf8"));
  if (newest.metadataHash !== actual) {
    const ids = new Set(releases.flatMap((r) => r.added));
    const added = loadBuilt()
      .metadata.functions.map((f) => f.id)
      .filter((id) => !ids.has(id));
    throw new Error(
      `functions.json changed (sha256 ${actual}). Append a release to scripts/build/manifest/releases.json: ` +
        `{ "version": a higher one (raise at least the third number), "metadataHash": "${actual}", "added": ${JSON.stringify(added)} }, ` +
        "then npm run manifests, so Excel reloads the metadata."
    );
  }
  expect(/<Version>([\d.]+)<\/Version>/.exec(manifest)?.[1]).toBe(newest.version);
  expect(/<!-- functions\.json sha256 ([0-9a-f]{64}):/.exec(manifest)?.[1]).toBe(actual);
});

it("never reuses a version: each release's is higher than the one before, in its first three parts", () => {
  const key = (v: string) => v.split(".").map(Number);
  for (let i = 1; i < releases.length; i++) {
    const [a, b] = [key(releases[i - 1].version), key(releases[i].version)];
    const first = a.findIndex((x, k) => x !== b[k]);
    expect(first >= 0 && first < 3 && a[first] < b[first]).toBe(true);
  }
});

it("gives each release its own metadata", () => {
  expect(new Set(releases.map((r) => r.metadataHash)).size).toBe(releases.length);
});
