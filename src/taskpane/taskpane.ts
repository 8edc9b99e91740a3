/* global document, HTMLSelectElement, Office */
import { DATA_AS_OF, MODEL_VERSION, type Language } from "../model";
import { sheetCards } from "./sheet-cards";
import { setText } from "./dom";
import { referenceSection } from "./reference-view";
import { freezeSection } from "./freeze";
import { doctorSection } from "./doctor";
import { applyOfficeTheme } from "./theme";
import { initialLanguage, paneLanguage, rememberLanguage } from "./language";

/**
 * Builds the pane in `language`. Inside Excel the cards and the reference can write to the
 * workbook; opened anywhere else (a plain browser) the pane says so and still shows the
 * reference. Switching language builds it again (a card's typed options are not kept).
 */
export async function mountTaskpane(
  host: Office.HostType | null,
  language: Language,
  officeMissing = false
): Promise<void> {
  // The enum's value, not Office.HostType.Excel: Office itself may be missing (officeMissing).
  const inExcel = (host as string | null) === "Excel";
  const lang = await paneLanguage(language);
  const { text } = lang;
  document.documentElement.lang = language;
  document.title = text.appTitle;
  setText(document.getElementById("app-title")!, text.appTitle);
  setText(
    document.getElementById("model-line")!,
    text.modelLine({ version: MODEL_VERSION, asOf: lang.date(DATA_AS_OF) })
  );
  const switcher = document.getElementById("language") as HTMLSelectElement;
  switcher.value = language;
  switcher.onchange = () => {
    const chosen = switcher.value === "ko" ? "ko" : "en";
    rememberLanguage(chosen);
    void mountIn(host, chosen, officeMissing);
  };
  const note = document.getElementById("host-note")!;
  setText(note, officeMissing ? text.officeMissing : text.notInExcel);
  note.hidden = inExcel;
  applyOfficeTheme();
  const app = document.getElementById("app")!;
  app.replaceChildren(
    sheetCards(inExcel, lang),
    freezeSection(inExcel, lang),
    doctorSection(inExcel, lang),
    referenceSection(inExcel, lang)
  );
  document.body.dataset.ready = inExcel ? "excel" : "browser";
  document.body.dataset.language = language;
  if (officeMissing) document.body.dataset.office = "missing";
}

/**
 * Mounts in `language`, falling back to English if the Korean chunk cannot be fetched (a host
 * that blocks it, a lost connection): the pane always appears.
 */
async function mountIn(
  host: Office.HostType | null,
  language: Language,
  officeMissing = false
): Promise<void> {
  try {
    await mountTaskpane(host, language, officeMissing);
  } catch {
    if (language !== "en") await mountTaskpane(host, "en", officeMissing);
  }
}

// Without office.js (offline, or its CDN blocked) there is no Office to wait for: the pane says
// so plainly and still shows the function reference.
if (typeof Office === "undefined") {
  void mountIn(null, initialLanguage(false), true);
} else {
  Office.onReady((info) => {
    const host = info.host ?? null;
    void mountIn(host, initialLanguage(host !== null));
  });
}
