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

test("the Korean help page reads in Korean: headings, prose, arguments and examples", () => {
  const html = readFileSync(path.join(DIST, "help.ko-KR.html"), "utf8");
  expect(html).toMatch(/<html lang="?ko"?>/);
  expect(html).toContain("<title>SovAI 함수: 도움말</title>");
  const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
  expect(headings).toEqual(["카드", "모델과 출처", "지원"]);
  // The page ships minified: optional closing tags are dropped.
  expect(html).toMatch(/<th>인수(<\/th>)?<th>뜻/);
  expect(html).toMatch(/<td>6 × 7로 펼침/);
  // Outside code, tags and the function list, no English prose is left.
  const prose = html
    .replace(/<(code|nav|style|title)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\b\w*_\w*\b|\b[A-Z]{2,}\b|"[^"]*"/g, " ");
  const words = new Set((prose.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()));
  const ids =
    /^(sovai|excel|nvidia|samsung|total|base|high|cost|premium|switching|currency|overrides|entity|scenario|mean|seed|trials|bins|measure|statistic|floor|years|field|name|shares|sector|gpus|share|uses|deployment|source|security|model|html|mdash)$/;
  expect([...words].filter((w) => !ids.test(w)).sort()).toEqual([]);
});
