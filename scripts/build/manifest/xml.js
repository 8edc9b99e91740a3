/**
 * The add-in only manifest (manifest.xml), rendered from the description. Custom functions with
 * a shared runtime need it on every client that predates the unified manifest.
 */
const { DESCRIPTION } = require("./description");

/** Text safe inside an XML attribute. */
function attr(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A top-level element with its Korean override (these Overrides take no prefix). */
function localized(tag, { en, ko }) {
  return `  <${tag} DefaultValue="${attr(en)}">
    <Override Locale="ko-KR" Value="${attr(ko)}"/>
  </${tag}>`;
}

/** A bt:String resource; with a Korean value it carries a bt:Override. */
function string(id, { en, ko }) {
  if (ko === undefined) return `        <bt:String id="${id}" DefaultValue="${attr(en)}"/>`;
  return `        <bt:String id="${id}" DefaultValue="${attr(en)}">
          <bt:Override Locale="ko-KR" Value="${attr(ko)}"/>
        </bt:String>`;
}

const ICON_SIZES = [16, 32, 80];

/** The icon set a ribbon element shows, by resid. */
function icons(indent) {
  return ICON_SIZES.map((s) => `${indent}<bt:Image size="${s}" resid="Icon.${s}x${s}"/>`).join(
    "\n"
  );
}

/**
 * manifest.xml for the description `d`, on its development origin.
 * @example renderXml().includes("<Namespace resid=\"Functions.Namespace\"/>") // true
 */
function renderXml(d = DESCRIPTION) {
  const t = d.text;
  const rt = d.runtimeId;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!--
  SovAI add-in only manifest, generated with manifest.json from scripts/build/manifest/
  (npm run manifests); edit the description there, not this file.
  Every URL points at https://localhost:3000; \`npm run build\` rewrites that origin to
  SOVAI_PROD_ORIGIN (see docs/deploy.md). The task pane page is the shared runtime:
  it hosts the custom functions, the ribbon command and the UI in one JavaScript context.
-->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${d.id}</Id>
  <Version>${d.version}</Version>
  <!-- functions.json sha256 ${d.metadataHash}: change <Version> whenever the function metadata changes (Excel caches it for up to a day); test/contract/manifest-version.test.ts checks this line. -->
  <ProviderName>${attr(d.provider)}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
${localized("DisplayName", t.name)}
${localized("Description", t.description)}
  <IconUrl DefaultValue="${d.urls.icon(32)}"/>
  <HighResolutionIconUrl DefaultValue="${d.urls.icon(64)}"/>
  <SupportUrl DefaultValue="${d.urls.support}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${d.urls.taskpane}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="${rt}" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="${rt}"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Help.Url"/>
          </GetStarted>
          <FunctionFile resid="${rt}"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="${d.groupId}">
                <Label resid="Group.Label"/>
                <Icon>
${icons("                  ")}
                </Icon>
                <Control xsi:type="Button" id="${d.buttonId}">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
${icons("                    ")}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${d.taskpaneId}</TaskpaneId>
                    <SourceLocation resid="${rt}"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${ICON_SIZES.map((s) => `        <bt:Image id="Icon.${s}x${s}" DefaultValue="${d.urls.icon(s)}"/>`).join("\n")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${d.urls.script}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${d.urls.metadata.en}">
          <bt:Override Locale="ko-KR" Value="${d.urls.metadata.ko}"/>
        </bt:Url>
        <bt:Url id="${rt}" DefaultValue="${d.urls.taskpane}"/>
        <bt:Url id="Help.Url" DefaultValue="${d.urls.help}"/>
      </bt:Urls>
      <bt:ShortStrings>
${string("Functions.Namespace", { en: d.namespace })}
${string("GetStarted.Title", t.getStartedTitle)}
${string("Group.Label", t.group)}
${string("TaskpaneButton.Label", t.button)}
      </bt:ShortStrings>
      <bt:LongStrings>
${string("GetStarted.Description", t.getStarted)}
${string("TaskpaneButton.Tooltip", t.tooltip)}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

module.exports = { renderXml };
