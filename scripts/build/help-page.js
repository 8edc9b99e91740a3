/**
 * Renders help.html, the page every function's help URL and the manifest's support URL point
 * at, from the generated functions.json: the reference can never drift from the metadata.
 */
const { NAMESPACE, signature, examplesOf } = require("./metadata");

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}

function functionSection(fn) {
  const rows = fn.parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}</td><td>${escapeHtml(p.description || "")}</td></tr>`
    )
    .join("\n");
  const examples = examplesOf(fn.id)
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.formula)}</code></td><td>${escapeHtml(e.result)}</td></tr>`
    )
    .join("\n");
  return `<section id="${escapeHtml(fn.id)}">
<h2><code>=${escapeHtml(signature(fn))}</code></h2>
<p>${escapeHtml(fn.description)}</p>
${rows ? `<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ""}
${examples ? `<table><thead><tr><th>Example</th><th>Result</th></tr></thead><tbody>\n${examples}\n</tbody></table>` : ""}
</section>`;
}

/**
 * @param {{ functions: Array<{id: string, name: string, description: string, parameters: Array<{name: string, description?: string, optional?: boolean}>}> }} metadata
 * @param {{ version: string, lang?: string }} info
 */
function renderHelpPage(metadata, info) {
  const toc = metadata.functions
    .map((fn) => `<li><a href="#${escapeHtml(fn.id)}">${NAMESPACE}.${escapeHtml(fn.name)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="${info.lang ?? "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SovAI functions: help</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
<h1>SovAI: Sovereign AI Compute Model</h1>
<p>Version ${escapeHtml(info.version)}. Custom functions on the cost of Korea's dependency on one GPU vendor's stack.
Type <code>=${NAMESPACE}.</code> in a cell to see them. Every figure is bundled with the add-in, with its source and as-of date; nothing is fetched over the network.</p>
<nav aria-label="Functions"><ul>
${toc}
</ul></nav>
${metadata.functions.map(functionSection).join("\n")}
<section id="cards">
<h2>Cards</h2>
<p><code>=${NAMESPACE}.KOREA_CARD("Samsung")</code> puts a whole record in one cell. In Excel that supports data types from custom functions, the cell shows a card icon: click it to read GPUs, share, deployment, the lock-in figures and their sources. Another cell can read one field: if the card is in A1, <code>=A1.GPUs</code> returns the GPUs and <code>=A1.[Lock-in cost]</code> the lock-in cost (brackets around names with spaces). <code>=${NAMESPACE}.LOCKIN_ASSUMPTION_CARD("pue")</code> does the same for an assumption. Where Excel has no data types, both return the record's name as plain text.</p>
</section>
<section id="model">
<h2>Model and sources</h2>
<p>Every figure comes from the bundled model, with its unit, source and as-of date: <code>=${NAMESPACE}.LOCKIN_ASSUMPTIONS()</code> lists each assumption with its URLs, and <code>=${NAMESPACE}.KOREA_ENTITY(name, "source")</code> each recipient's. The formulas, the risk simulation and the table of sources (fact ids, dates, confidence) are set out in <code>docs/model.md</code> in the add-in's source repository.</p>
</section>
<section id="support">
<h2>Support</h2>
<p>If cells show <code>#NAME?</code>, the add-in is not loaded: open Home &gt; SovAI Model, or sideload the manifest again.
Errors such as <code>#VALUE!</code> and <code>#N/A</code> carry a message: select the cell and hover over the error icon to read it.</p>
<p>To report a problem, include the formula, the message and the model version (<code>=${NAMESPACE}.MODEL_VERSION()</code>) and send it to the team that deployed the add-in to you. Security issues: see SECURITY.md in the source repository.</p>
</section>
</main>
</body>
</html>
`;
}

module.exports = { renderHelpPage };
