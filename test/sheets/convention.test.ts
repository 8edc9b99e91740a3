/**
 * The modelling convention, checked on every sheet the task pane inserts, for several
 * option sets: legend, master check, units, inputs styled as inputs, names for inputs,
 * no constants inside formulas, sources with URLs and the data's as-of date.
 */
import { SHEETS, renderSheet } from "../../src/sheets";
import type { RenderedSheet } from "../../src/sheets/types";
import { parseA1 } from "../../src/sheets/address";

const OPTION_SETS = [
  { scenario: "base", horizon: 10, entity: "Total", currency: "USD" },
  { scenario: "high", horizon: 30, entity: "Samsung Electronics", currency: "KRW" },
  { scenario: "low", horizon: 1, entity: "NAVER Cloud", currency: "USD" },
] as const;

const cases = SHEETS.flatMap((s) =>
  OPTION_SETS.map(
    (o) => [`${s.key} ${o.scenario}/${o.horizon}/${o.currency}`, renderSheet(s.key, o)] as const
  )
);

function allText(sheet: RenderedSheet): string[] {
  return sheet.formulas.flat().filter((v): v is string => typeof v === "string");
}

function styleAt(sheet: RenderedSheet, address: string): string | undefined {
  const [r, c] = parseA1(address.replace(/\$/g, ""));
  return sheet.styles.find(({ ref }) => {
    const [a, b = a] = ref.split(":");
    const [top, left] = parseA1(a);
    const [bottom, right] = parseA1(b);
    return r >= top && r <= bottom && c >= left && c <= right;
  })?.style;
}

describe.each(cases)("%s", (_, sheet) => {
  it("has a 'Master check' label with the AND of every check to its right", () => {
    expect(sheet.formulas[2][0]).toBe("Master check");
    expect(sheet.masterCheck).toBe("B3");
    expect(sheet.formulas[2][1]).toBe(`=AND(${sheet.checks.join(",")})`);
    expect(sheet.checks.length).toBeGreaterThanOrEqual(3);
  });

  it("shows a legend of inputs, formulas and checks", () => {
    expect(sheet.formulas[4].slice(0, 4)).toEqual(["Legend", "Input", "Formula", true]);
    expect(styleAt(sheet, "B5")).toBe("input");
    expect(styleAt(sheet, "D5")).toBe("check");
  });

  it("has no numeric constants inside formulas (beyond 0 and 1)", () => {
    const offenders = allText(sheet)
      .filter((t) => t.startsWith("="))
      .filter((f) => {
        const bare = f
          .replace(/"[^"]*"/g, "")
          .replace(/\$?[A-Z]{1,3}\$?\d+/g, "")
          .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, "");
        return (bare.match(/\d+(\.\d+)?/g) ?? []).some((n) => n !== "0" && n !== "1");
      });
    expect(offenders).toEqual([]);
  });

  it("names inputs and the values formulas use, each explained, and styles validated cells as inputs", () => {
    for (const name of sheet.names) {
      const ref = name.ref.split(":")[0];
      expect(name.comment.length).toBeGreaterThan(10);
      // a name points at an input, a computed value, the title (the sheet marker), a key column,
      // or a constant the layout fixes (the Risk sheet's bins)
      expect(["input", "formula", "title", "key", "label"]).toContain(styleAt(sheet, ref));
    }
    for (const v of sheet.validations) expect(styleAt(sheet, v.ref)).toBe("input");
  });

  it("has a sources block of short labelled links, and the data's as-of date", () => {
    const text = allText(sheet);
    expect(text).toContain("Sources");
    expect(
      sheet.links.find(
        (l) => l.url === "https://nvidianews.nvidia.com/news/south-korea-ai-infrastructure"
      )?.text
    ).toBe("NVIDIA newsroom, 31 Oct 2025");
    expect(sheet.links.length).toBeGreaterThan(3);
    for (const l of sheet.links) {
      expect(l.url).toMatch(/^https?:\/\//);
      expect(l.text.length).toBeLessThan(50);
      expect(l.text).not.toMatch(/^https?:/);
    }
    // no raw URL shown as text anywhere
    expect(text.filter((t) => /^https?:\/\//.test(t))).toEqual([]);
    const asOf = sheet.formulas.findIndex((row) => row[0] === "Data as of");
    expect(sheet.formulas[asOf][1]).toBe("2026-07-05");
  });

  it("has at least one chart and column widths", () => {
    expect(sheet.charts.length).toBeGreaterThanOrEqual(1);
    expect(sheet.widths.length).toBeGreaterThan(0);
  });
});

it("the dependency sheet's schedule runs left to right, one column per year", () => {
  const sheet = renderSheet("dependency", OPTION_SETS[1]);
  const yearRow = sheet.formulas.find((row) => row[0] === "Year")!;
  expect(yearRow[3]).toBe(0);
  expect(yearRow.filter((v) => typeof v === "string" && v.startsWith("=")).length).toBe(30);
});
