// npm run build runs this first (prebuild): the build fails when a language's table lacks text.
// The function metadata and the help page are checked by webpack itself (scripts/build/).
import { CATALOGUES, CURRENCIES, EN, MEASURES, SCENARIOS } from "../src/model";
import { EN_PANE } from "../src/i18n/en/pane";
import { KO_PANE } from "../src/i18n/ko/pane";
import { KO_SHEETS } from "../src/i18n/ko/sheets";
import { renderSheet, SHEETS } from "../src/sheets";
import { ENTITY_CHOICES } from "../src/sheets/common";
import { MAX_SHEET_HORIZON } from "../src/sheets/types";

const problems: string[] = [];

// Sheets: every text a Korean sheet shows, under every option that changes what it shows.
const missing = new Set<string>();
for (const sheet of SHEETS)
  for (const scenario of SCENARIOS)
    for (const horizon of [1, 10, MAX_SHEET_HORIZON])
      for (const entity of ENTITY_CHOICES)
        for (const currency of CURRENCIES)
          for (const measure of sheet.key === "risk" ? MEASURES : (["cost"] as const))
            renderSheet(
              sheet.key,
              { scenario, horizon, entity, currency, measure, language: "ko" },
              KO_SHEETS,
              missing
            );
for (const text of missing) problems.push(`src/i18n/ko/sheets.ts lacks "${text}"`);

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

if (problems.length) {
  console.error(`Translations incomplete:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else
  console.log("Translations complete: sheets, task pane and messages have every Korean entry.");
