/**
 * The ko-KR function metadata: the English functions.json with every description, parameter
 * help and enum tooltip replaced from the records' Korean text (src/functions), and help URLs pointed at the
 * Korean help page. Ids, names, types and parameter lists stay identical (Korean Excel uses the
 * same English function names). Missing text is an error that fails the build.
 */
const { KOREAN: KO } = require("./records");

/**
 * @param {object} metadata the English metadata (after the origin rewrite)
 * @returns {object} the Korean metadata
 */
function koreanMetadata(metadata) {
  const missing = [];
  const functions = metadata.functions.map((f) => {
    const t = KO.functions[f.id];
    if (!t?.description) missing.push(`${f.id} (description)`);
    return {
      ...f,
      description: t?.description ?? f.description,
      helpUrl: f.helpUrl ? f.helpUrl.replace("/help.html#", "/help.ko-KR.html#") : f.helpUrl,
      parameters: f.parameters.map((p) => {
        const text = t?.parameters?.[p.name];
        if (!text) missing.push(`${f.id}.${p.name}`);
        return { ...p, description: text ?? p.description };
      }),
    };
  });
  const enums = (metadata.enums ?? []).map((e) => ({
    ...e,
    values: e.values.map((v) => {
      const text = KO.enums?.[e.id]?.[v.stringValue];
      if (!text) missing.push(`${e.id}.${v.stringValue}`);
      return { ...v, tooltip: text ?? v.tooltip };
    }),
  }));
  if (missing.length)
    throw new Error(`Korean text missing in the function records: ${missing.join(", ")}`);
  return { ...metadata, functions, ...(metadata.enums ? { enums } : {}) };
}

module.exports = { koreanMetadata };
