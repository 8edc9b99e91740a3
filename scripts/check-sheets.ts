// npm run build runs this first (prebuild). The build fails when a language's table lacks text or
// holds text no sheet shows, or when a sheet calls a worksheet function the export cannot compute.
// The function metadata and the help page are checked by webpack itself (scripts/build/).
import {
  CATALOGUES,
  CURRENCIES,
  DATA_AS_OF,
  EN,
  MEASURES,
  MODEL_VERSION,
  SCENARIOS,
} from "../src/model";
import { EN_PANE } from "../src/i18n/en/pane";
import { KO_PANE } from "../src/i18n/ko/pane";
import { KO_SHEET_PARTS, KO_SHEETS } from "../src/i18n/ko/sheets";
import { renderSheet, renderSpec, SHEETS } from "../src/sheets";
import { unsupportedFunctions } from "../src/export/evaluator/evaluate";
import { PROVENANCE_TEXT } from "../src/export/provenance-sheet";
import { LOCKED_TEXT } from "../src/export/locked-inputs";
import { modelSheet } from "../src/export/live/model-sheet";
import { PROVENANCE_SHEET } from "../src/freeze/provenance";
import { resolve } from "../src/sheets/localize";
import { ENTITY_CHOICES } from "../src/sheets/common";
import { MAX_SHEET_HORIZON } from "../src/sheets/types";

const problems: string[] = [];

// Sheets: every text a Korean sheet shows, under every option that changes what it shows; the
// table is watched, so an entry no sheet asks for any more is reported as stale.
const missing = new Set<string>();
const unsupported = new Set<string>();
const used = new Set<string>();
const note = (key: string | symbol) => typeof key === "string" && used.add(key);
const watched = new Proxy(KO_SHEETS, {
  get: (table, key) => (note(key), Reflect.get(table, key)),
  getOwnPropertyDescriptor: (table, key) => (
    note(key),
    Reflect.getOwnPropertyDescriptor(table, key)
  ),
});
for (const sheet of SHEETS)
  for (const scenario of SCENARIOS)
    for (const horizon of [1, 10, MAX_SHEET_HORIZON])
      for (const entity of ENTITY_CHOICES)
        for (const currency of CURRENCIES)
          for (const measure of sheet.key === "risk" ? MEASURES : (["cost"] as const))
            for (const rendered of [
              renderSheet(sheet.key, { scenario, horizon, entity, currency, measure }),
              renderSheet(
                sheet.key,
                { scenario, horizon, entity, currency, measure, language: "ko" },
                watched,
                missing
              ),
            ])
              for (const fn of unsupportedFunctions(rendered))
                unsupported.add(`${rendered.name} calls ${fn}, which the export cannot compute`);
// The export's provenance sheet and its print footers, in the table's words too.
const footers = [`Model ${MODEL_VERSION}, data as of ${DATA_AS_OF}`, "Page &P of &N"];
// The export's model sheet (with no calculation rows: its words are the same with any) and the
// labels of inputs fixed at export.
renderSpec(modelSheet([]).spec, "ko", watched, missing);
// The pane's card for each sheet.
const cards = SHEETS.flatMap((s) => [s.title, s.description]);
for (const text of [...PROVENANCE_TEXT, PROVENANCE_SHEET, ...LOCKED_TEXT, ...footers, ...cards])
  if (resolve(text, watched, new Set()) === undefined) missing.add(text);
for (const text of missing) problems.push(`src/i18n/ko/sheets.ts lacks "${text}"`);
for (const key of Object.keys(KO_SHEETS))
  if (!used.has(key)) problems.push(`src/i18n/ko/sheets.ts has "${key}", which no sheet shows`);
const parts = KO_SHEET_PARTS.flatMap((part) => Object.keys(part));
for (const key of new Set(parts.filter((k, i) => parts.indexOf(k) !== i)))
  problems.push(`src/i18n/ko/sheets/ has "${key}" twice`);

/** Keys of a catalogue, nested ones as a.b, so a missing sub-entry shows by name. */
function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
  );
}
const compare = (where: string, en: object, other: object) => {
  const [a, b] = [new Set(keys(en)), new Set(keys(other))];
  for (const k of a) if (!b.has(k)) problems.push(`${where} lacks ${k}`);
  for (const k of b) if (!a.has(k)) problems.push(`${where} has ${k}, which English does not`);
};
compare("src/i18n/ko/pane.ts", EN_PANE, KO_PANE);
compare("src/model/messages/ko.ts", EN, CATALOGUES.ko);

problems.push(...unsupported);

if (problems.length) {
  console.error(`Sheets not ready to build:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else
  console.log(
    "Sheets checked: every Korean entry present and used; every function they call is one the export computes."
  );
