import { absolute, columnLetter, parseA1 } from "./address";
import type {
  CellSpec,
  ChartSpec,
  NameSpec,
  SheetSpec,
  Style,
  TableSpec,
  ValidationSpec,
} from "./types";
import { FORMATS } from "./types";

/**
 * Collects a sheet template's cells and instructions; `build()` returns the plain-data spec.
 * Templates read top to bottom like the sheet they describe.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly names: NameSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly widths: Record<string, number> = {};
  private readonly checks: string[] = [];
  private readonly natives: Record<string, string> = {};
  private frozen = { rows: 0, columns: 0 };
  private master: string | null = null;
  private printTitle = "";

  constructor(
    readonly key: string,
    readonly sheetName: string
  ) {}

  /** Puts one cell; a later put to the same address is a template bug. */
  set(address: string, cell: CellSpec): this {
    parseA1(address);
    if (this.cells.has(address)) throw new Error(`${this.key}: ${address} is written twice`);
    this.cells.set(address, cell);
    return this;
  }

  /** Puts cells left to right from `address`; null leaves a cell empty. */
  row(address: string, cells: readonly (CellSpec | null)[]): this {
    const [r, c] = parseA1(address);
    cells.forEach((cell, i) => {
      if (cell) this.set(`${columnLetter(c + i)}${r + 1}`, cell);
    });
    return this;
  }

  /** A sheet-scoped name for a cell or range. */
  name(name: string, address: string, comment: string): this {
    this.names.push({ name, ref: absolute(address), comment });
    return this;
  }

  validate(spec: Omit<ValidationSpec, "title" | "errorTitle">): this {
    this.validations.push({ title: "SovAI input", errorTitle: "Not a valid input", ...spec });
    return this;
  }

  table(spec: TableSpec): this {
    this.tables.push(spec);
    return this;
  }

  chart(spec: ChartSpec): this {
    this.charts.push(spec);
    return this;
  }

  width(column: string, characters: number): this {
    this.widths[column] = characters;
    return this;
  }

  freeze(rows: number, columns: number): this {
    this.frozen = { rows, columns };
    return this;
  }

  /** Registers a cell that must show TRUE; the master check ANDs them all. */
  check(address: string): this {
    this.checks.push(address);
    return this;
  }

  /**
   * Says what a SOVAI call on this sheet equals in the sheet's own native formulas, for the
   * export, which has no add-in: `call` as the formulas write it, without "=" (e.g.
   * "SOVAI.SOVEREIGNTY_COST(Horizon,…)"), and `native` an expression over this sheet's cells.
   */
  native(call: string, native: string): this {
    this.natives[call] = native;
    return this;
  }

  /** The title page headers print. */
  title(text: string): this {
    this.printTitle = text;
    return this;
  }

  /** The cell that will hold =AND(every check). */
  masterCheck(address: string): this {
    this.master = address;
    return this;
  }

  build(): SheetSpec {
    if (!this.master) throw new Error(`${this.key}: no master check`);
    if (this.checks.length === 0) throw new Error(`${this.key}: no checks`);
    const cells = new Map(this.cells);
    cells.set(this.master, {
      formula: `=AND(${this.checks.join(",")})`,
      style: "check",
      format: FORMATS.check,
    });
    return {
      key: this.key,
      name: this.sheetName,
      title: this.printTitle || this.sheetName,
      cells,
      names: [...this.names],
      validations: [...this.validations],
      tables: [...this.tables],
      charts: [...this.charts],
      widths: { ...this.widths },
      freeze: this.frozen,
      checks: [...this.checks],
      masterCheck: this.master,
      natives: { ...this.natives },
    };
  }
}

/** Cell constructors for the roles of the modelling convention. */
export const cell = {
  title: (text: string): CellSpec => ({ value: text, style: "title" }),
  subtitle: (text: string): CellSpec => ({ value: text, style: "subtitle" }),
  section: (text: string): CellSpec => ({ value: text, style: "section" }),
  header: (text: string): CellSpec => ({ value: text, style: "header" }),
  label: (text: string): CellSpec => ({ value: text, style: "label" }),
  unit: (text: string): CellSpec => ({ value: text, style: "unit" }),
  note: (text: string): CellSpec => ({ value: text, style: "note" }),
  key: (text: string): CellSpec => ({ value: text, style: "key" }),
  input: (value: string | number, format?: string): CellSpec => ({ value, style: "input", format }),
  formula: (formula: string, format?: string): CellSpec => ({ formula, style: "formula", format }),
  total: (formula: string, format?: string): CellSpec => ({ formula, style: "total", format }),
  check: (formula: string): CellSpec => ({ formula, style: "check", format: FORMATS.check }),
  text: (text: string): CellSpec => ({ value: text, style: "text" }),
  link: (text: string, url: string): CellSpec => ({ value: text, style: "link", link: url }),
  styled: (value: string | number | boolean, style: Style): CellSpec =>
    style === "check" ? { value, style, format: FORMATS.check } : { value, style },
};
