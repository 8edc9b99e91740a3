/**
 * The Korean edition's function metadata and manifest: functions.ko-KR.json is the English
 * metadata with Korean text (ids, names, types and parameter lists identical), and the manifest
 * names it and the Korean UI strings with well-formed ko-KR overrides (bt:Override inside bt:
 * resources: an unprefixed one stops the add-in loading, office-js issue 2464).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { DIST } from "../../support/load-built";

const en = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8"));
const ko = JSON.parse(readFileSync(path.join(DIST, "functions.ko-KR.json"), "utf8"));
const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
const HANGUL = /[\uac00-\ud7af]/;

/** The metadata without its human text. */
function skeleton(m: { functions: object[]; enums?: object[] }): unknown {
  return JSON.parse(
    JSON.stringify(m, (key, value) =>
      ["description", "tooltip", "helpUrl"].includes(key) ? undefined : value
    )
  );
}

it("matches the English metadata in everything but its text", () => {
  expect(skeleton(ko)).toEqual(skeleton(en));
  expect(ko.functions.map((f: { id: string }) => f.id)).toEqual(
    en.functions.map((f: { id: string }) => f.id)
  );
});

it("has Korean text for every function, parameter and enum value", () => {
  for (const f of ko.functions) {
    expect({ id: f.id, korean: HANGUL.test(f.description) }).toEqual({ id: f.id, korean: true });
    for (const p of f.parameters)
      expect({ id: `${f.id}.${p.name}`, korean: HANGUL.test(p.description) }).toEqual({
        id: `${f.id}.${p.name}`,
        korean: true,
      });
    expect(f.helpUrl).toMatch(/\/help\.ko-KR\.html#/);
  }
  for (const e of ko.enums) for (const v of e.values) expect(HANGUL.test(v.tooltip)).toBe(true);
});

it("is named in the manifest with ko-KR overrides, the bt: ones prefixed, every URL served", () => {
  expect(manifest).toMatch(
    /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="[^"]+\/functions\.json">\s*<bt:Override Locale="ko-KR" Value="[^"]+\/functions\.ko-KR\.json"\/>/
  );
  for (const id of [
    "GetStarted.Title",
    "Group.Label",
    "TaskpaneButton.Label",
    "GetStarted.Description",
    "TaskpaneButton.Tooltip",
  ]) {
    const block = new RegExp(
      `<bt:String id="${id.replace(".", "\\.")}" DefaultValue="[^"]*">\\s*<bt:Override Locale="ko-KR" Value="([^"]+)"/>\\s*</bt:String>`
    ).exec(manifest);
    expect({ id, value: block?.[1] !== undefined }).toEqual({ id, value: true });
  }
  expect(manifest).toMatch(
    /<DisplayName [^>]+>\s*<Override Locale="ko-KR" Value="[^"]*소버린[^"]*"\/>/
  );
  expect(manifest).toMatch(/<Description [^>]+>\s*<Override Locale="ko-KR" Value="[^"]+"\/>/);
  // Inside bt: resources every override carries the prefix.
  for (const m of manifest.matchAll(
    /<bt:(?:String|Url|Image)\b[^>]*>([\s\S]*?)<\/bt:(?:String|Url|Image)>/g
  ))
    expect(m[1]).not.toMatch(/<Override\b/);
  expect(existsSync(path.join(DIST, "functions.ko-KR.json"))).toBe(true);
  expect(existsSync(path.join(DIST, "help.ko-KR.html"))).toBe(true);
});
