/**
 * The unified manifest for Microsoft 365 (manifest.json) and its Korean localization file,
 * rendered from the same description as manifest.xml. Custom functions sit in the runtime's
 * `customFunctions`, reading the same functions.json through `metadataUrl`, as schema 1.25 has it.
 */
const { DESCRIPTION } = require("./description");

const SCHEMA_VERSION = "1.25";
/** Relative to the manifest, inside the app package (dist/ keeps the same layout). */
const KO_FILE = "assets/manifest.ko-kr.json";
/** The unified manifest's icons are package files: 192 px colour, 32 px white outline. */
const ICONS = { color: "assets/icon-192.png", outline: "assets/icon-outline-32.png" };
const SHOW_TASKPANE = "ShowTaskpane";

/** Three-part semver from the XML manifest's four-part version. */
function semver(version) {
  return version.split(".").slice(0, 3).join(".");
}

function iconSet(d) {
  return [16, 32, 80].map((size) => ({ size, url: d.urls.icon(size) }));
}

/**
 * manifest.json for the description `d`, on its development origin.
 * @example renderJson().extensions[0].runtimes[0].customFunctions.namespace.id // "SOVAI"
 */
function renderJson(d = DESCRIPTION) {
  const t = d.text;
  const origin = new URL(d.urls.taskpane).origin;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: SCHEMA_VERSION,
    id: d.id,
    version: semver(d.version),
    name: { short: t.shortName.en, full: t.name.en },
    description: { short: t.summary.en, full: t.description.en },
    developer: {
      name: d.provider,
      websiteUrl: d.urls.help,
      privacyUrl: d.urls.support,
      termsOfUseUrl: d.urls.support,
    },
    icons: ICONS,
    accentColor: d.accentColor,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "ko-kr", file: KO_FILE }],
    },
    authorization: {
      permissions: { resourceSpecific: [{ name: "Document.ReadWrite.User", type: "Delegated" }] },
    },
    validDomains: [origin],
    extensions: [
      {
        requirements: {
          scopes: ["workbook"],
          capabilities: [
            { name: "SharedRuntime", minVersion: "1.1" },
            { name: "CustomFunctionsRuntime", minVersion: "1.1" },
          ],
        },
        runtimes: [
          {
            requirements: { capabilities: [{ name: "SharedRuntime", minVersion: "1.1" }] },
            id: d.runtimeId,
            type: "general",
            code: { page: d.urls.taskpane, script: d.urls.script },
            lifetime: "long",
            actions: [{ id: SHOW_TASKPANE, type: "openPage", view: d.taskpaneId }],
            customFunctions: {
              namespace: { id: d.namespace, name: d.namespace },
              metadataUrl: d.urls.metadata.en,
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: "TabHome",
                groups: [
                  {
                    id: d.groupId,
                    label: t.group.en,
                    icons: iconSet(d),
                    controls: [
                      {
                        id: d.buttonId,
                        type: "button",
                        label: t.button.en,
                        icons: iconSet(d),
                        supertip: { title: t.button.en, description: t.tooltip.en },
                        actionId: SHOW_TASKPANE,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [
          {
            alternateIcons: {
              icon: { size: 32, url: d.urls.icon(32) },
              highResolutionIcon: { size: 64, url: d.urls.icon(64) },
            },
          },
        ],
        getStartedMessages: [
          {
            title: t.getStartedTitle.en,
            description: t.getStarted.en,
            learnMoreUrl: d.urls.help,
          },
        ],
      },
    ],
  };
}

/**
 * The Korean localization file: the strings above in Korean, and the Korean function metadata.
 * @example renderKoreanJson()["name.full"] // "SovAI: 소버린 AI 컴퓨트 모델"
 */
function renderKoreanJson(d = DESCRIPTION) {
  const t = d.text;
  const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
    "name.short": t.shortName.ko,
    "name.full": t.name.ko,
    "description.short": t.summary.ko,
    "description.full": t.description.ko,
    "extensions[0].runtimes[0].customFunctions.metadataUrl": d.urls.metadata.ko,
    [`${group}.label`]: t.group.ko,
    [`${group}.controls[0].label`]: t.button.ko,
    [`${group}.controls[0].supertip.title`]: t.button.ko,
    [`${group}.controls[0].supertip.description`]: t.tooltip.ko,
    "extensions[0].getStartedMessages[0].title": t.getStartedTitle.ko,
    "extensions[0].getStartedMessages[0].description": t.getStarted.ko,
  };
}

module.exports = { renderJson, renderKoreanJson, SCHEMA_VERSION, KO_FILE, ICONS };
