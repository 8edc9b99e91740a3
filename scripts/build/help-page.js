/**
 * Renders help.html, the page every function's help URL and the manifest's support URL point
 * at, from the generated functions.json: the reference can never drift from the metadata.
 */
const { NAMESPACE, signature, examplesOf } = require("./metadata");
const { helpText } = require("./help-text");

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}

/** An example's result in the page's language: "spills 6 × 7" is worded, numbers are not. */
function resultText(result, t) {
  const m = /^spills (\d+) × (\d+)$/.exec(result);
  return m ? t.spills.replace("{R}", m[1]).replace("{C}", m[2]) : result;
}

function functionSection(fn, t) {
  const rows = fn.parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? t.optional : ""}</td><td>${escapeHtml(p.description || "")}</td></tr>`
    )
    .join("\n");
  const examples = examplesOf(fn.id)
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.formula)}</code></td><td>${escapeHtml(resultText(e.result, t))}</td></tr>`
    )
    .join("\n");
  return `<section id="${escapeHtml(fn.id)}">
<h2><code>=${escapeHtml(signature(fn))}</code></h2>
<p>${escapeHtml(fn.description)}</p>
${rows ? `<table><thead><tr><th>${t.argument}</th><th>${t.meaning}</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ""}
${examples ? `<table><thead><tr><th>${t.example}</th><th>${t.result}</th></tr></thead><tbody>\n${examples}\n</tbody></table>` : ""}
</section>`;
}

/**
 * @param {{ functions: Array<{id: string, name: string, description: string, parameters: Array<{name: string, description?: string, optional?: boolean}>}> }} metadata
 * @param {{ version: string, lang?: string }} info
 */
function renderHelpPage(metadata, info) {
  const lang = info.lang ?? "en";
  const words = helpText(lang);
  // Our own HTML; only the version and namespace are filled in.
  const t = Object.fromEntries(
    Object.entries(words).map(([k, v]) => [
      k,
      v.replaceAll("{NS}", NAMESPACE).replaceAll("{VERSION}", escapeHtml(info.version)),
    ])
  );
  const toc = metadata.functions
    .map((fn) => `<li><a href="#${escapeHtml(fn.id)}">${NAMESPACE}.${escapeHtml(fn.name)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
<h1>${t.heading}</h1>
<p>${t.intro}</p>
<nav aria-label="${t.functionsNav}"><ul>
${toc}
</ul></nav>
${metadata.functions.map((fn) => functionSection(fn, t)).join("\n")}
<section id="cards">
<h2>${t.cardsHeading}</h2>
<p>${t.cards}</p>
</section>
<section id="model">
<h2>${t.modelHeading}</h2>
<p>${t.model}</p>
</section>
<section id="support">
<h2>${t.supportHeading}</h2>
<p>${t.support1}</p>
<p>${t.support2}</p>
</section>
</main>
</body>
</html>
`;
}

module.exports = { renderHelpPage };
