/* global document, Office */
import { DATA_AS_OF, MODEL_VERSION } from "../model";
import { sheetCards } from "./cards";
import { setText } from "./dom";
import { referenceSection } from "./reference-view";
import { shareSection } from "./share";
import { doctorSection } from "./doctor";
import { applyOfficeTheme } from "./theme";

/**
 * Builds the pane. Inside Excel the cards and the reference can write to the workbook;
 * opened anywhere else (a plain browser) the pane says so and still shows the reference.
 */
export function mountTaskpane(host: Office.HostType | null): void {
  const inExcel = host === Office.HostType.Excel;
  setText(document.getElementById("model-version")!, MODEL_VERSION);
  setText(document.getElementById("data-as-of")!, DATA_AS_OF);
  const note = document.getElementById("host-note")!;
  if (!inExcel) {
    setText(
      note,
      "This page must run inside Excel to insert sheets or formulas. Sideload manifest.xml in Excel on the web or desktop Excel; the function reference below works anywhere."
    );
    note.hidden = false;
  }
  applyOfficeTheme();
  const app = document.getElementById("app")!;
  app.replaceChildren(
    sheetCards(inExcel),
    shareSection(inExcel),
    doctorSection(inExcel),
    referenceSection(inExcel)
  );
  document.body.dataset.ready = inExcel ? "excel" : "browser";
}

Office.onReady((info) => mountTaskpane(info.host ?? null));
