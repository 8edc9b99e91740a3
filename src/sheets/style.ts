/**
 * The one style table of the modelling convention (legend on every sheet): inputs blue on pale
 * yellow, formulas black, checks green when TRUE and red otherwise. Each role says its font,
 * fill, wrapping and border; the Excel writer (src/excel/styles.ts) and the ExcelJS export
 * (src/export/workbook.ts) only translate this into their APIs. Colours are `#RRGGBB`.
 */
import type { Style } from "./types";

export const COLOURS = {
  inputFont: "#0000FF",
  inputFill: "#FFF2CC",
  formulaFont: "#000000",
  accent: "#123C69",
  muted: "#595959",
  sectionFill: "#DDEBF7",
  headerFill: "#D9D9D9",
  checkTrueFill: "#C6EFCE",
  checkTrueFont: "#006100",
  checkFalseFill: "#FFC7CE",
  checkFalseFont: "#9C0006",
  link: "#0563C1",
} as const;

export interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; the host's default when absent. */
  readonly size?: number;
  readonly underline?: boolean;
  readonly fontColour?: string;
  readonly fill?: string;
  /** Wrap text, aligned to the top so a tall row reads from its first line. */
  readonly wrap?: boolean;
  /** Left indent in levels, so a unit or note never reads as part of the number before it. */
  readonly indent?: number;
  /** Centred, so a number never runs into the text of the cell beside it. */
  readonly centre?: boolean;
  /** A thin rule above the cell (totals). */
  readonly topBorder?: boolean;
  /** Green/red by value through conditional formats, so the colour follows recalculation. */
  readonly conditional?: {
    readonly whenTrue: { readonly fill: string; readonly font: string };
    readonly otherwise: { readonly fill: string; readonly font: string };
  };
}

/**
 * Role → look. Plain labels keep the host's defaults, so writing them costs nothing.
 * @example ROLE_STYLES.input.fill // "#FFF2CC"
 */
export const ROLE_STYLES: Readonly<Record<Style, RoleStyle>> = {
  title: { bold: true, size: 14, fontColour: COLOURS.accent },
  subtitle: { italic: true, fontColour: COLOURS.muted },
  section: { bold: true, fontColour: COLOURS.accent, fill: COLOURS.sectionFill },
  header: { bold: true, fill: COLOURS.headerFill, wrap: true },
  input: { fontColour: COLOURS.inputFont, fill: COLOURS.inputFill },
  formula: { fontColour: COLOURS.formulaFont },
  total: { bold: true, topBorder: true },
  unit: { italic: true, fontColour: COLOURS.muted, indent: 1 },
  note: { italic: true, fontColour: COLOURS.muted, indent: 1 },
  key: { fontColour: COLOURS.muted },
  index: { fontColour: COLOURS.muted, centre: true },
  text: { wrap: true },
  /** Model data shown as the model has it (the export's tables): wraps, and is never translated. */
  data: { wrap: true },
  check: {
    bold: true,
    conditional: {
      whenTrue: { fill: COLOURS.checkTrueFill, font: COLOURS.checkTrueFont },
      otherwise: { fill: COLOURS.checkFalseFill, font: COLOURS.checkFalseFont },
    },
  },
  label: {},
  link: { fontColour: COLOURS.link, underline: true },
};

/**
 * `#RRGGBB` → ExcelJS's `FFRRGGBB` (opaque ARGB).
 * @example argb("#0000FF") // "FF0000FF"
 */
export function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}
