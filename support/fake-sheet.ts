/** A worksheet of the Excel fake (fake-workbook.ts): cells, names, spills, links and formats. */
export type Cell = string | number | boolean;
interface CellState {
  formula?: string;
  value: Cell;
}

export class FakeSheet {
  readonly cells = new Map<string, CellState>();
  readonly names = new Set<string>();
  readonly spills = new Map<string, string>();
  /** Cells formatted as text ("@"): what is written there stays text, "=" included. */
  readonly text = new Set<string>();
  /** Links by cell address. */
  readonly links = new Map<string, { url: string; text: string }>();
  /** Format properties set, by "range property", e.g. "C1:C1048576 wrapText". */
  readonly formats = new Map<string, unknown>();
  constructor(public name: string) {}

  set(address: string, content: Cell, value?: Cell): this {
    const isFormula = typeof content === "string" && content.startsWith("=");
    this.cells.set(
      address,
      isFormula ? { formula: content as string, value: value ?? 0 } : { value: content }
    );
    return this;
  }

  /** What `range.formulas` shows for a cell: the formula, else the value, "" when empty. */
  formulaAt(address: string): Cell {
    const c = this.cells.get(address);
    return c ? (c.formula ?? c.value) : "";
  }

  valueAt(address: string): Cell {
    return this.cells.get(address)?.value ?? "";
  }

  snapshot(): Record<string, Cell> {
    return Object.fromEntries([...this.cells.keys()].sort().map((k) => [k, this.formulaAt(k)]));
  }
}
