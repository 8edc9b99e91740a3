/* global document, Office */
import { DATA_AS_OF, MODEL_VERSION } from "../model";

/** Fills the masthead and says whether the page runs inside Excel. */
export function showShell(host: Office.HostType | null): void {
  text("model-version", MODEL_VERSION);
  text("data-as-of", DATA_AS_OF);
  const note = document.getElementById("host-note");
  if (note && host !== Office.HostType.Excel) {
    note.textContent =
      "This page must run inside Excel to insert sheets. Sideload manifest.xml in Excel on the web or desktop Excel.";
    note.hidden = false;
  }
}

function text(id: string, value: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = value;
}

Office.onReady((info) => showShell(info.host ?? null));
