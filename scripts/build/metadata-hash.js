/**
 * A fingerprint of the function metadata Excel caches: SHA-256 of functions.json with the help
 * URLs left out (they differ between hosts but Excel does not cache them against the version).
 * manifest.xml records it beside <Version>; a test fails when they disagree, because Excel keeps
 * old metadata for up to a day unless the manifest's version changes.
 */
const { createHash } = require("crypto");

function metadataHash(functionsJson) {
  const metadata = JSON.parse(functionsJson);
  for (const f of metadata.functions) delete f.helpUrl;
  return createHash("sha256").update(JSON.stringify(metadata)).digest("hex");
}

module.exports = { metadataHash };
