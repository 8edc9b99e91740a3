/**
 * The unified manifest checked against Microsoft's schema, offline: the schema files ship in
 * the @microsoft/app-manifest package, so nothing is fetched from the $schema URL.
 *
 * The package's own validator (AppManifestUtils.validateAgainstSchema) is used for the manifest.
 * It cannot compile the localization schema: one of that schema's key patterns
 * (`activityTypes\[\b…\b]`) is not a valid Unicode regular expression, and the validator
 * compiles with Unicode patterns. The localization file is checked with the same validator
 * stack (the package's ajv-draft-04 and ajv-formats) with Unicode patterns off.
 */
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const { SCHEMA_VERSION } = require("./json");

const PACKAGE = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const SCHEMAS = path.join(PACKAGE, `build/json-schemas/teams/v${SCHEMA_VERSION}`);

/** A module as @microsoft/app-manifest resolves it, so the validator is the package's own. */
function fromPackage(name) {
  return require(require.resolve(name, { paths: [PACKAGE] }));
}

function localizationValidator() {
  const Ajv = fromPackage("ajv-draft-04");
  const addFormats = fromPackage("ajv-formats");
  const ajv = new (Ajv.default || Ajv)({
    allErrors: true,
    strictTypes: false,
    unicodeRegExp: false,
  });
  (addFormats.default || addFormats)(ajv, ["uri", "email", "regex"]);
  return ajv.compile(require(path.join(SCHEMAS, "MicrosoftTeams.Localization.schema.json")));
}

/**
 * Schema errors of a manifest (`kind` "manifest") or a localization file ("localization").
 * @example (await schemaProblems({}, "manifest")).length > 0 // true
 */
async function schemaProblems(value, kind) {
  if (kind === "manifest") {
    return AppManifestUtils.validateAgainstSchema(
      value,
      require(path.join(SCHEMAS, "MicrosoftTeams.schema.json"))
    );
  }
  const validate = localizationValidator();
  if (validate(value)) return [];
  return validate.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

module.exports = { schemaProblems, SCHEMAS };
