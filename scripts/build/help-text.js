/**
 * The help page's own words (headings, prose) in English, the source table; src/i18n/ko/help.json
 * holds the same keys in Korean. The function text comes from the metadata, not from here.
 * Values are HTML written by us (code spans, links); `{NS}` stands for the function namespace.
 */
const EN_HELP = {
  title: "SovAI functions: help",
  heading: "SovAI: Sovereign AI Compute Model",
  intro:
    "Version {VERSION}. Custom functions on the cost of Korea's dependency on one GPU vendor's stack. Type <code>={NS}.</code> in a cell to see them. Every figure is bundled with the add-in, with its source and as-of date; nothing is fetched over the network.",
  functionsNav: "Functions",
  optional: " (optional)",
  argument: "Argument",
  meaning: "Meaning",
  example: "Example",
  result: "Result",
  spills: "spills {R} × {C}",
  cardsHeading: "Cards",
  cards:
    '<code>={NS}.KOREA_CARD("Samsung")</code> puts a whole record in one cell. In Excel that supports data types from custom functions, the cell shows a card icon: click it to read GPUs, share, deployment, the lock-in figures and their sources. Another cell can read one field: if the card is in A1, <code>=A1.GPUs</code> returns the GPUs and <code>=A1.[Lock-in cost]</code> the lock-in cost (brackets around names with spaces). <code>={NS}.LOCKIN_ASSUMPTION_CARD("pue")</code> does the same for an assumption. Where Excel has no data types, both return the record\'s name as plain text.',
  modelHeading: "Model and sources",
  model:
    "Every figure comes from the bundled model, with its unit, source and as-of date: <code>={NS}.LOCKIN_ASSUMPTIONS()</code> lists each assumption with its URLs, and <code>={NS}.KOREA_ENTITY(name, \"source\")</code> each recipient's. The formulas, the risk simulation and the table of sources (fact ids, dates, confidence) are set out in <code>docs/model.md</code> in the add-in's source repository.",
  supportHeading: "Support",
  support1:
    "If cells show <code>#NAME?</code>, the add-in is not loaded: open Home &gt; SovAI Model, or sideload the manifest again. Errors such as <code>#VALUE!</code> and <code>#N/A</code> carry a message: select the cell and hover over the error icon to read it.",
  support2:
    "To report a problem, include the formula, the message and the model version (<code>={NS}.MODEL_VERSION()</code>) and send it to the team that deployed the add-in to you. Security issues: see SECURITY.md in the source repository.",
};

/**
 * The help text for a language; the build fails if the Korean table lacks a key or has extra ones.
 * @param {"en" | "ko"} lang
 */
function helpText(lang) {
  if (lang === "en") return EN_HELP;
  const table = require("../../src/i18n/ko/help.json");
  const missing = Object.keys(EN_HELP).filter((k) => typeof table[k] !== "string");
  const extra = Object.keys(table).filter((k) => !(k in EN_HELP) && k !== "//");
  if (missing.length || extra.length)
    throw new Error(
      `src/i18n/ko/help.json: ${missing.length ? `missing ${missing.join(", ")}` : ""}${extra.length ? ` unknown ${extra.join(", ")}` : ""}`
    );
  return table;
}

module.exports = { EN_HELP, helpText };
