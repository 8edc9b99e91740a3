/**
 * A sheet in another language: every text a reader sees (cells, formula text, name comments,
 * validation prompts, chart titles, the tab and the print header) looked up in the language's
 * table, keyed by the English text the templates write. Formulas, defined names, numbers and
 * ids are left exactly as they are, so the Korean sheet computes what the English one does.
 */
import type { Language } from "../model";
import type { PrintSetup } from "./print";
import type { CellSpec, SheetSpec, Style } from "./types";

/**
 * A language's sheet text, English → translated (src/i18n/ko/sheets.ts). Passed in rather than
 * imported, so the task pane loads the Korean table only when a Korean sheet is asked for.
 */
export type SheetTable = Readonly<Record<string, string>>;

/** Roles whose text is prose: it must have a translation. */
const PROSE: ReadonlySet<Style> = new Set([
  "title",
  "subtitle",
  "section",
  "header",
  "label",
  "unit",
  "note",
  "text",
]);

/**
 * Text that is a name or an id rather than prose, and so stays in every language: entity and
 * scenario names, assumption and field keys, fact ids, version strings, dates and numbers.
 */
export function isName(text: string, names: ReadonlySet<string>): boolean {
  return (
    names.has(text) ||
    /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(text) || // snake_case keys (capex_per_gpu_usd)
    /^[A-Z][A-Z0-9_]*$/.test(text) || // upper-case ids and codes (USD, LOCKIN_COST)
    /^[\d\s.,:;–%+\-()/A-Z]*$/.test(text) || // numbers, fact ids, ranges of them (D1–D12)
    /^P\d+$/.test(text)
  );
}

/** Months as sheets abbreviate them in source labels ("Korea Herald, 27 Feb 2026"). */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Looks up text in a table: prose must translate; other text translates when the table knows it. */
type Translate = (text: string, prose?: boolean) => string;

/** A `Translate` over `table` that records prose it lacks in `missing`. */
function translator(
  table: SheetTable,
  names: ReadonlySet<string>,
  missing: Set<string>
): Translate {
  return (text, prose = true) => {
    const found = resolve(text, table, names);
    if (found !== undefined) return found;
    if (prose) missing.add(text);
    return text;
  };
}

/**
 * `spec` with its reader-facing text in `language`, from `table`. Prose missing from the table
 * stays English and is added to `missing`, which the build and the tests turn into a failure.
 * @param names - texts that are names or ids in this sheet (entity names, "Total")
 * @example localizeSpec(allocationSheet({ scenario: "base", horizon: 10, entity: "Total", currency: "USD" }), "ko", { "SovAI Allocation": "SovAI 배분" }, new Set()).name // "SovAI 배분"
 */
export function localizeSpec(
  spec: SheetSpec,
  language: Language,
  table: SheetTable,
  names: ReadonlySet<string>,
  missing: Set<string> = new Set()
): SheetSpec {
  if (language === "en") return spec;
  const t = translator(table, names, missing);
  const cells = new Map<string, CellSpec>();
  for (const [address, c] of spec.cells) cells.set(address, localizeCell(c, t));
  return {
    ...spec,
    name: t(spec.name),
    title: t(spec.title),
    cells,
    names: spec.names.map((n) => ({ ...n, comment: t(n.comment) })),
    validations: spec.validations.map((v) => ({
      ...v,
      prompt: t(v.prompt),
      title: t(v.title),
      errorTitle: t(v.errorTitle),
    })),
    charts: spec.charts.map((ch) => ({
      ...ch,
      title: t(ch.title),
      line: ch.line && { ...ch.line, name: t(ch.line.name) },
    })),
  };
}

/**
 * A rendered sheet's print footers in the table's language (the header already carries the
 * localized title); the same table and the same completeness check as `localizeSpec`.
 * @example localizePrint(printSetup("t", { columnPoints: [9], rowPoints: [15], blockStarts: [] }), { "Page &P of &N": "&P / &N쪽" }, new Set(), new Set()).footerRight // "&P / &N쪽"
 */
export function localizePrint(
  print: PrintSetup,
  table: SheetTable,
  names: ReadonlySet<string>,
  missing: Set<string> = new Set()
): PrintSetup {
  const t = translator(table, names, missing);
  return { ...print, footerLeft: t(print.footerLeft), footerRight: t(print.footerRight) };
}

/** A number as text: 7, 4.5, 1,000,000, 1.1.0. */
const NUMBER = /\d[\d,.]*\d|\d/g;

/**
 * Text outside a rendered sheet (the provenance record, its footers) in a table's language:
 * English as is without a table, and English where the table lacks the text.
 * @example textIn({ Cell: "셀" })("Cell") // "셀"
 */
export function textIn(table?: SheetTable): (english: string) => string {
  return table === undefined
    ? (english) => english
    : (english) => resolve(english, table, new Set()) ?? english;
}

/**
 * `text` in the table's language, or undefined when the table lacks it. Tried in order: the
 * text itself; a name, which stays; the text with its numbers as `#`; then compounds taken
 * apart at their last ": ", at "; ", or before a final "(…)", when every part resolves.
 * @example resolve("years (1 to 30)", { "years (# to #)": "년 (#~#)" }, new Set()) // "년 (1~30)"
 */
export function resolve(
  text: string,
  table: Readonly<Record<string, string>>,
  names: ReadonlySet<string>
): string | undefined {
  if (Object.prototype.hasOwnProperty.call(table, text)) return table[text];
  if (isName(text, names)) return text;
  const numbers = text.match(NUMBER);
  const pattern = table[text.replace(NUMBER, "#")];
  if (numbers && pattern !== undefined) {
    let i = 0;
    return pattern.replace(/#/g, () => numbers[i++] ?? "#");
  }
  const parts = (pieces: string[], glue: string) => {
    const done = pieces.map((p) => resolve(p, table, names));
    return done.every((p) => p !== undefined) ? done.join(glue) : undefined;
  };
  const colon = text.lastIndexOf(": ");
  if (colon > 0) {
    const r = parts([text.slice(0, colon), text.slice(colon + 2)], ": ");
    if (r !== undefined) return r;
  }
  if (text.includes("; ")) {
    const r = parts(text.split("; "), "; ");
    if (r !== undefined) return r;
  }
  const paren = /^(.+) \(([^()]+)\)$/.exec(text);
  if (paren) {
    const r = parts([paren[1], paren[2]], " (");
    if (r !== undefined) return `${r})`;
  }
  return undefined;
}

function localizeCell(c: CellSpec, t: Translate): CellSpec {
  if (c.formula !== undefined) {
    // Only the text a formula shows is translated: its string literals that the table knows.
    const formula = c.formula.replace(/"((?:[^"]|"")*)"/g, (whole, inner: string) => {
      const text = inner.replace(/""/g, '"');
      const shown = /[a-z]{2,} [a-z]/i.test(text) ? t(text) : t(text, false);
      return shown === text ? whole : `"${shown.replace(/"/g, '""')}"`;
    });
    return formula === c.formula ? c : { ...c, formula };
  }
  if (typeof c.value !== "string") return c;
  const value = c.value;
  if (c.style === "link") return { ...c, value: koreanDateIn(value) };
  return { ...c, value: t(value, c.style !== undefined && PROSE.has(c.style)) };
}

/**
 * A source label's date in Korean order (sources.ts writes "27 Feb 2026", a bare "2025-11" or
 * year, "2026 (H1)" or "derived"); the publisher is a name and stays.
 * @example koreanDateIn("Korea Herald, 27 Feb 2026") // "Korea Herald, 2026년 2월 27일"
 * @example koreanDateIn("Chosun Biz, derived") // "Chosun Biz, 파생 수치"
 */
export function koreanDateIn(label: string): string {
  const cut = label.lastIndexOf(", ");
  if (cut < 0) return label;
  const date = label.slice(cut + 2);
  const day = /^(\d{1,2}) (\w{3}) (\d{4})$/.exec(date);
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  const year = /^(\d{4})(?:–(\d{4}))?(?: \((H1|mid)\))?$/.exec(date);
  let shown = date;
  if (day && MONTHS.includes(day[2]))
    shown = `${day[3]}년 ${MONTHS.indexOf(day[2]) + 1}월 ${Number(day[1])}일`;
  else if (month) shown = `${month[1]}년 ${Number(month[2])}월`;
  else if (year)
    shown = `${year[1]}년${year[2] ? `~${year[2]}년` : ""}${year[3] === "H1" ? " 상반기" : year[3] ? " 중반" : ""}`;
  else if (date === "derived") shown = "파생 수치";
  return `${label.slice(0, cut)}, ${shown}`;
}
