/**
 * The manifests' files, keyed by their path from the project root, all from one description.
 * `node scripts/build/manifest/index.js` (npm run manifests) writes them.
 */
const { writeFileSync } = require("fs");
const path = require("path");
const { KO_FILE, renderJson, renderKoreanJson } = require("./json");
const { renderXml } = require("./xml");

/**
 * Path → text for every generated manifest file.
 * @example Object.keys(manifestFiles()) // ["manifest.xml","manifest.json","assets/manifest.ko-kr.json"]
 */
function manifestFiles() {
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    "manifest.xml": renderXml(),
    "manifest.json": json(renderJson()),
    [KO_FILE]: json(renderKoreanJson()),
  };
}

if (require.main === module) {
  const root = path.join(__dirname, "../../..");
  for (const [file, text] of Object.entries(manifestFiles())) {
    writeFileSync(path.join(root, file), text);
    console.log(`wrote ${file}`);
  }
}

module.exports = { manifestFiles };
