/**
 * Checks the built manifests offline (Microsoft's validation service needs the internet):
 * `node scripts/check-manifests.js [dir]`, dir defaulting to dist/. Runs after every build.
 * Exit 1 with one line per problem; 0 when both manifests pass.
 */
const { existsSync, readFileSync } = require("fs");
const path = require("path");
const checks = require("./build/manifest/checks");
const { KO_FILE, ICONS } = require("./build/manifest/json");
const { schemaProblems } = require("./build/manifest/schema");

async function main(dir) {
  const read = (file) => readFileSync(path.join(dir, file), "utf8");
  const xml = read("manifest.xml");
  const origin = new URL(xml.match(/<SourceLocation DefaultValue="([^"]+)"/)[1]).origin;
  const json = read("manifest.json");
  const ko = read(KO_FILE);
  const problems = {
    "manifest.xml": [
      ...checks.residProblems(xml),
      ...checks.runtimeProblems(xml),
      ...checks.overrideProblems(xml),
      ...checks.urlProblems(xml, origin, dir),
    ],
    "functions.ko-KR.json": checks.metadataProblems(
      JSON.parse(read("functions.json")),
      JSON.parse(read("functions.ko-KR.json"))
    ),
    "manifest.json": [
      ...(await schemaProblems(JSON.parse(json), "manifest")),
      ...checks.urlProblems(json, origin, dir),
      ...Object.values(ICONS)
        .filter((file) => !existsSync(path.join(dir, file)))
        .map((file) => `icon ${file} is not in ${dir}`),
    ],
    [KO_FILE]: [
      ...(await schemaProblems(JSON.parse(ko), "localization")),
      ...checks.urlProblems(ko, origin, dir),
    ],
  };
  let failed = false;
  for (const [file, list] of Object.entries(problems)) {
    for (const p of list) console.error(`${file}: ${p}`);
    failed ||= list.length > 0;
  }
  if (failed) process.exit(1);
  console.log(`manifests in ${dir}: both pass the offline checks (origin ${origin})`);
}

main(path.resolve(process.argv[2] || path.join(__dirname, "../dist"))).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
