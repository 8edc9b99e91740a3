/**
 * Offline checks of the built manifests for what Excel rejects and an XSD-less parse misses.
 * Each returns the problems it found, as sentences; [] means it passed. `npm run check:manifests`
 * runs them all on dist/ (the build's output); tests run each on broken copies too.
 */
const { existsSync } = require("fs");
const path = require("path");

/** Excel's limit on a resource id. */
const MAX_RESID = 32;

/** Every `name="…"` value in the text, in order. */
function attributes(xml, name) {
  return [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]);
}

/** The part of the manifest from its <Resources> element on. */
function resources(xml) {
  const at = xml.indexOf("<Resources>");
  return at < 0 ? "" : xml.slice(at);
}

/**
 * Every resid names a resource, and every resource id is at most 32 characters.
 * @example residProblems('<a resid="X"/><Resources><bt:Url id="X"/>') // []
 */
function residProblems(xml) {
  const defined = new Set(attributes(resources(xml), "id"));
  const problems = [];
  for (const id of new Set(attributes(xml, "resid"))) {
    if (!defined.has(id)) problems.push(`resid "${id}" names no resource`);
  }
  for (const id of defined) {
    if (id.length > MAX_RESID) problems.push(`resource id "${id}" is over ${MAX_RESID} characters`);
  }
  return problems;
}

/** The resid of the first `<tag …resid="…">` after `after`, or undefined. */
function residAfter(xml, after, tag) {
  const at = xml.indexOf(after);
  if (at < 0) return undefined;
  const m = xml.slice(at).match(new RegExp(`<${tag}[^>]*\\sresid="([^"]*)"`));
  return m ? m[1] : undefined;
}

/**
 * One runtime: Runtime, the custom functions' Page, FunctionFile and the task pane's
 * SourceLocation all name the same resource, so they share one JavaScript context.
 * @example runtimeProblems('<Runtime resid="A"/><Page><SourceLocation resid="A"/></Page><FunctionFile resid="A"/><Action xsi:type="ShowTaskpane"><SourceLocation resid="A"/>') // []
 */
function runtimeProblems(xml) {
  const ids = {
    Runtime: residAfter(xml, "<Runtimes>", "Runtime"),
    "the custom functions' Page": residAfter(xml, "<Page>", "SourceLocation"),
    FunctionFile: residAfter(xml, "<DesktopFormFactor>", "FunctionFile"),
    "the task pane action": residAfter(xml, 'xsi:type="ShowTaskpane"', "SourceLocation"),
  };
  const missing = Object.entries(ids).filter(([, id]) => id === undefined);
  if (missing.length > 0) return missing.map(([what]) => `${what} has no resid`);
  const distinct = new Set(Object.values(ids));
  if (distinct.size === 1) return [];
  const list = Object.entries(ids).map(([what, id]) => `${what} "${id}"`);
  return [`one runtime needs one resid; found ${list.join(", ")}`];
}

/**
 * Overrides inside <Resources> are bt:Override (an unprefixed one there is ignored or rejected).
 * @example overrideProblems('<Resources><bt:String id="A"><bt:Override Locale="ko-KR" Value="가"/>') // []
 */
function overrideProblems(xml) {
  const count = (resources(xml).match(/<Override[\s>]/g) || []).length;
  return count === 0 ? [] : [`${count} Override element(s) in <Resources> lack the bt: prefix`];
}

/**
 * Every URL on the add-in's origin is served by a file in `dir` (dist/).
 * @example urlProblems('<a DefaultValue="https://x.example/none.js"/>', "https://x.example", "/tmp") // ['https://x.example/none.js: no file none.js in /tmp']
 */
function urlProblems(text, origin, dir) {
  const problems = [];
  const urls = new Set(text.match(/https:\/\/[^"'\s<>]+/g) || []);
  for (const url of urls) {
    if (!url.startsWith(`${origin}/`)) continue;
    const file = decodeURIComponent(url.slice(origin.length + 1).split(/[#?]/)[0]);
    if (!existsSync(path.join(dir, file))) problems.push(`${url}: no file ${file} in ${dir}`);
  }
  return problems;
}

/** What must agree between two locales' metadata for one function. */
function signature(fn) {
  return JSON.stringify({
    name: fn.name,
    options: fn.options,
    result: fn.result,
    parameters: (fn.parameters || []).map((p) => [p.name, p.type, p.dimensionality, !!p.optional]),
  });
}

/**
 * The Korean metadata declares the same functions as the English: ids, names, parameters.
 * @example metadataProblems({ functions: [{ id: "A", name: "A" }] }, { functions: [] }) // ['functions.ko-KR.json lacks A']
 */
function metadataProblems(en, ko) {
  const problems = [];
  const koById = new Map(ko.functions.map((fn) => [fn.id, fn]));
  for (const fn of en.functions) {
    const other = koById.get(fn.id);
    if (!other) problems.push(`functions.ko-KR.json lacks ${fn.id}`);
    else if (signature(fn) !== signature(other)) {
      problems.push(`${fn.id}: name, parameters or options differ between the locales`);
    }
    koById.delete(fn.id);
  }
  for (const id of koById.keys())
    problems.push(`functions.ko-KR.json has ${id}, functions.json does not`);
  const values = (meta) =>
    JSON.stringify(
      (meta.enums || []).map((e) => [
        e.id,
        e.type,
        e.values.map((v) => v.stringValue ?? v.numberValue),
      ])
    );
  if (values(en) !== values(ko))
    problems.push("the enums' ids or values differ between the locales");
  return problems;
}

module.exports = {
  metadataProblems,
  overrideProblems,
  residProblems,
  runtimeProblems,
  urlProblems,
};
