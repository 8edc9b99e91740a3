/**
 * Both manifests, generated from one description and checked offline for what Excel rejects.
 * Every check runs on the build's manifests (they must pass) and on a copy broken the way a
 * hand edit breaks it (the check must name the fault), so no check passes by looking at nothing.
 */
import { execFileSync, spawnSync } from "child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { DIST } from "../../support/load-built";
import { PROD_ORIGIN } from "./origin";

type Problems = (...args: never[]) => string[];
const checks = require("../../scripts/build/manifest/checks.js") as Record<string, Problems> & {
  residProblems(xml: string): string[];
  runtimeProblems(xml: string): string[];
  overrideProblems(xml: string): string[];
  urlProblems(text: string, origin: string, dir: string): string[];
  metadataProblems(en: unknown, ko: unknown): string[];
};
const { manifestFiles } = require("../../scripts/build/manifest/index.js") as {
  manifestFiles(): Record<string, string>;
};

const ROOT = path.join(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(DIST, file), "utf8");
const xml = read("manifest.xml");
const json = JSON.parse(read("manifest.json"));
const ko = JSON.parse(read("assets/manifest.ko-kr.json"));

it("the checked-in manifests are what the description generates (run npm run manifests)", () => {
  const files = manifestFiles();
  expect(Object.keys(files)).toEqual([
    "manifest.xml",
    "manifest.json",
    "assets/manifest.ko-kr.json",
  ]);
  for (const [file, text] of Object.entries(files)) {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toBe(text);
  }
});

describe("the two manifests describe one add-in", () => {
  const runtime = json.extensions[0].runtimes[0];
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  const url = (id: string) =>
    new RegExp(`id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`).exec(xml)?.[1];

  it("with the same id, version, namespace and runtime", () => {
    expect(json.id).toBe(tag("Id"));
    expect(`${json.version}.0`).toBe(tag("Version"));
    expect(runtime.customFunctions.namespace.id).toBe("SOVAI");
    expect(runtime.lifetime).toBe("long");
    expect(runtime.code.page).toBe(url("Taskpane.Url"));
    expect(runtime.code.script).toBe(url("Functions.Script.Url"));
  });

  it("reading the same function metadata, Korean included, on the production origin", () => {
    expect(runtime.customFunctions.metadataUrl).toBe(`${PROD_ORIGIN}/functions.json`);
    expect(runtime.customFunctions.metadataUrl).toBe(url("Functions.Metadata.Url"));
    expect(ko["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(
      `${PROD_ORIGIN}/functions.ko-KR.json`
    );
    expect(xml).toContain(
      `<bt:Override Locale="ko-KR" Value="${PROD_ORIGIN}/functions.ko-KR.json"/>`
    );
    for (const text of [read("manifest.json"), read("assets/manifest.ko-kr.json")]) {
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  it("with the same Korean names", () => {
    expect(xml).toContain(`<Override Locale="ko-KR" Value="${ko["name.full"]}"/>`);
    expect(xml).toContain(
      `<bt:Override Locale="ko-KR" Value="${ko["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]}"/>`
    );
  });
});

describe("offline checks of manifest.xml", () => {
  it("pass on the build", () => {
    expect(checks.residProblems(xml)).toEqual([]);
    expect(checks.runtimeProblems(xml)).toEqual([]);
    expect(checks.overrideProblems(xml)).toEqual([]);
    expect(checks.urlProblems(xml, PROD_ORIGIN, DIST)).toEqual([]);
  });

  it("find a resid that names no resource, and an id over 32 characters", () => {
    const broken = xml.replace(
      '<Title resid="GetStarted.Title"/>',
      '<Title resid="GetStarted.Titel"/>'
    );
    expect(checks.residProblems(broken)).toEqual(['resid "GetStarted.Titel" names no resource']);
    const long = "TaskpaneButton.Tooltip.TooLong.X1"; // 33 characters
    const renamed = xml.split('"TaskpaneButton.Tooltip"').join(`"${long}"`);
    expect(checks.residProblems(renamed)).toEqual([`resource id "${long}" is over 32 characters`]);
  });

  it("find a FunctionFile on another runtime than the task pane", () => {
    const broken = xml.replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Help.Url"/>'
    );
    expect(checks.runtimeProblems(broken)).toEqual([
      expect.stringMatching(/one runtime needs one resid; .*FunctionFile "Help\.Url"/),
    ]);
  });

  it("find an Override without bt: among the resources", () => {
    const broken = xml.replace(
      '<bt:Override Locale="ko-KR" Value="SovAI 준비 완료"/>',
      '<Override Locale="ko-KR" Value="SovAI 준비 완료"/>'
    );
    expect(checks.overrideProblems(broken)).toEqual([
      "1 Override element(s) in <Resources> lack the bt: prefix",
    ]);
  });

  it("find a URL that no file in dist/ serves", () => {
    const broken = xml.replace(`${PROD_ORIGIN}/help.html"`, `${PROD_ORIGIN}/helps.html"`);
    expect(checks.urlProblems(broken, PROD_ORIGIN, DIST)).toEqual([
      `${PROD_ORIGIN}/helps.html: no file helps.html in ${DIST}`,
    ]);
  });
});

describe("the Korean function metadata", () => {
  const en = JSON.parse(read("functions.json"));
  const koMeta = JSON.parse(read("functions.ko-KR.json"));

  it("declares the same ids, names, parameters and enums as the English", () => {
    expect(en.functions.length).toBeGreaterThanOrEqual(20);
    expect(checks.metadataProblems(en, koMeta)).toEqual([]);
  });

  it("is caught when a parameter is renamed, a function dropped or an enum value changed", () => {
    const renamed = structuredClone(koMeta);
    renamed.functions[0].parameters[0].name = "연도";
    const dropped = structuredClone(koMeta);
    const gone = dropped.functions.pop().id;
    const enums = structuredClone(koMeta);
    enums.enums[0].values[0].stringValue = "기본";
    expect(checks.metadataProblems(en, renamed)).toEqual([
      `${en.functions[0].id}: name, parameters or options differ between the locales`,
    ]);
    expect(checks.metadataProblems(en, dropped)).toEqual([`functions.ko-KR.json lacks ${gone}`]);
    expect(checks.metadataProblems(en, enums)).toEqual([
      "the enums' ids or values differ between the locales",
    ]);
  });
});

describe("npm run check:manifests (the unified manifest against Microsoft's schema, offline)", () => {
  const script = path.join(ROOT, "scripts/check-manifests.js");
  // In a child process: @microsoft/app-manifest loads ESM-only modules that Jest cannot.
  const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), "sovai-manifests-"));
    cpSync(DIST, copy, { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  it("passes on the build", () => {
    const result = run(copy);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("fails on a manifest.json the schema rejects, naming the property", () => {
    const bad = structuredClone(json);
    delete bad.accentColor;
    bad.extensions[0].runtimes[0].customFunctions.namespace.id = "SOVAI-1";
    writeFileSync(path.join(copy, "manifest.json"), JSON.stringify(bad));
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json: .*required property 'accentColor'/);
    expect(result.stderr).toMatch(
      /manifest\.json: \/extensions\/0\/runtimes\/0\/customFunctions\/namespace\/id must match pattern/
    );
  });

  it("fails on a localization file with an unknown key or without its required names", () => {
    const bad = { ...ko, "extensions[0].runtimes[0].customFunctions.metadataUri": "x" };
    delete bad["name.short"];
    writeFileSync(path.join(copy, "assets/manifest.ko-kr.json"), JSON.stringify(bad));
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/manifest\.ko-kr\.json: .*required property 'name\.short'/);
    expect(result.stderr).toMatch(
      /additionalProperty":"extensions\[0\]\.runtimes\[0\]\.customFunctions\.metadataUri/
    );
  });

  it("fails when an icon the unified manifest names is missing", () => {
    rmSync(path.join(copy, "assets/icon-192.png"));
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("manifest.json: icon assets/icon-192.png is not in");
  });
});

it("office-addin-manifest reads the unified manifest's id and version", () => {
  const cli = require.resolve("office-addin-manifest/cli.js");
  const out = execFileSync(process.execPath, [cli, "info", path.join(DIST, "manifest.json")], {
    encoding: "utf8",
  });
  expect(out).toContain(json.id);
  expect(out).toContain(json.version);
});
