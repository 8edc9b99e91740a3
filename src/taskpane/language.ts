/* global navigator, localStorage, Office */
import { languageOf, type Language } from "../model";
import { EN_PANE, type PaneText } from "../i18n/en/pane";
import type { SheetTable } from "../sheets";
import { textIn } from "../sheets/localize";
import { REFERENCE, type ReferenceEntry } from "./reference";

/** The pane's words in one language, with the locale's number and date formats. */
export interface PaneLanguage {
  readonly language: Language;
  readonly text: PaneText;
  readonly reference: readonly ReferenceEntry[];
  /** Text the sheets share with the pane (each card's title and description), in the language. */
  readonly sheetText: (english: string) => string;
  /**
   * A count as the locale writes it.
   * @example korean.number(1000000) // "1,000,000"
   */
  readonly number: (n: number) => string;
  /**
   * An ISO date (2026-06-30) as the locale writes it: "June 30, 2026", "2026년 6월 30일".
   */
  readonly date: (iso: string) => string;
}

/** Where the pane remembers an analyst's choice of language between sessions. */
const STORAGE_KEY = "sovai.language";

/**
 * The language to open in: the analyst's last choice; else, inside Office, Office's display
 * language; else the browser's.
 */
export function initialLanguage(inOffice: boolean): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "ko") return saved;
  } catch {
    // storage can be blocked (private windows, some hosts): fall through
  }
  let office: string | undefined;
  try {
    office = inOffice ? Office.context.displayLanguage : undefined;
  } catch {
    office = undefined;
  }
  return languageOf(office ?? (typeof navigator === "undefined" ? "en" : navigator.language));
}

/** Remembers the analyst's choice (best effort). */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered; the switch still works for this session
  }
}

let korean: Promise<typeof import("../i18n/ko").KOREAN> | undefined;

/** The Korean chunk (pane text, reference, sheet text), fetched once on first use. */
function loadKorean() {
  korean ??= import(/* webpackChunkName: "ko" */ "../i18n/ko").then((m) => m.KOREAN);
  return korean;
}

/** The pane's text, reference and formats for `language`. */
export async function paneLanguage(language: Language): Promise<PaneLanguage> {
  const { text, reference, sheets } =
    language === "ko"
      ? await loadKorean()
      : { text: EN_PANE, reference: REFERENCE, sheets: undefined };
  const numbers = new Intl.NumberFormat(text.locale);
  const dates = new Intl.DateTimeFormat(text.locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    language,
    text,
    reference,
    sheetText: textIn(sheets),
    number: (n) => numbers.format(n),
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : dates.format(d);
    },
  };
}

/** The sheet text for a sheet inserted in `language` (none for English). */
export async function sheetTable(language: Language): Promise<SheetTable | undefined> {
  return language === "ko" ? (await loadKorean()).sheets : undefined;
}
