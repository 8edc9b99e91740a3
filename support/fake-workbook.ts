/**
 * A stateful fake of the parts of the Excel API that Freeze & share uses: worksheets with cells
 * (formula and computed value), sheet-scoped names, spills, used ranges, and Office.js's rule
 * that a loaded property can be read only after the next `context.sync()`. Counts syncs and
 * queued operations.
 */
import { a1, parseA1 } from "../src/sheets/address";
import { FakeSheet, type Cell } from "./fake-sheet";

export { FakeSheet };

export interface FakeWorkbook {
  sheets: FakeSheet[];
  syncs: number;
  ops: number;
  /** Value a formula computes to when it is written back (Unfreeze): by formula text. */
  recalc: Map<string, Cell>;
  /** Addresses ("Sheet!A1:B2") of ranges asked to recalculate. */
  calculated: string[];
  /** The options of each Excel.run (mergeUndoGroup for one undo step). */
  runs: unknown[];
  sheet(name: string): FakeSheet;
}

export function installFakeWorkbook(
  sheets: FakeSheet[],
  options: { spills?: boolean } = {}
): FakeWorkbook {
  const book: FakeWorkbook = {
    sheets,
    syncs: 0,
    ops: 0,
    recalc: new Map(),
    calculated: [],
    runs: [],
    sheet: (name) => {
      const s = book.sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
  let pending: (() => void)[] = [];

  const loadable = <T extends object>(compute: () => T) => {
    let snapshot: T | null = null;
    return {
      load() {
        book.ops++;
        pending.push(() => (snapshot = compute()));
      },
      read<K extends keyof T>(key: K): T[K] {
        if (!snapshot) throw new Error(`property ${String(key)} read before load() and sync()`);
        return snapshot[key];
      },
    };
  };

  const rangeOf = (sheet: FakeSheet, top: number, left: number, bottom: number, right: number) => {
    const cellsIn = () => {
      const out: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const line: string[] = [];
        for (let c = left; c <= right; c++) line.push(a1(r, c));
        out.push(line);
      }
      return out;
    };
    const state = loadable(() => ({
      formulas: cellsIn().map((row) => row.map((x) => sheet.formulaAt(x))),
      values: cellsIn().map((row) => row.map((x) => sheet.valueAt(x))),
      rowIndex: top,
      columnIndex: left,
      rowCount: bottom - top + 1,
      address: `${sheet.name}!${a1(top, left)}:${a1(bottom, right)}`,
    }));
    const range = {
      isNullObject: false,
      load: state.load,
      get formulas() {
        return state.read("formulas");
      },
      set formulas(v: Cell[][]) {
        book.ops++;
        cellsIn().forEach((row, r) =>
          row.forEach((x, c) => {
            const f = v[r][c];
            if (typeof f === "string" && f.startsWith("="))
              sheet.cells.set(x, { formula: f, value: book.recalc.get(f) ?? 0 });
            else sheet.set(x, f);
          })
        );
      },
      get values() {
        return state.read("values");
      },
      set values(v: Cell[][]) {
        book.ops++;
        cellsIn().forEach((row, r) =>
          row.forEach((x, c) => {
            if (v[r][c] === "") sheet.cells.delete(x);
            else if (sheet.text.has(x)) sheet.cells.set(x, { value: v[r][c] });
            else sheet.set(x, v[r][c]);
          })
        );
      },
      set numberFormat(formats: string[][]) {
        book.ops++;
        cellsIn().forEach((row, r) =>
          row.forEach((x, c) => (formats[r][c] === "@" ? sheet.text.add(x) : sheet.text.delete(x)))
        );
      },
      get rowIndex() {
        return state.read("rowIndex");
      },
      get columnIndex() {
        return state.read("columnIndex");
      },
      get rowCount() {
        return state.read("rowCount");
      },
      get address() {
        return state.read("address");
      },
      /** A link in the range's top-left cell, as the writers set one per cell. */
      set hyperlink(link: { address: string; textToDisplay: string }) {
        book.ops++;
        sheet.links.set(a1(top, left), { url: link.address, text: link.textToDisplay });
      },
      format: formatOf(sheet, `${a1(top, left)}:${a1(bottom, right)}`),
      /** Recalculates the range: a cell whose formula has a known result takes it. */
      calculate() {
        book.ops++;
        book.calculated.push(`${sheet.name}!${a1(top, left)}:${a1(bottom, right)}`);
        for (const x of cellsIn().flat()) {
          const c = sheet.cells.get(x);
          if (c?.formula && book.recalc.has(c.formula)) c.value = book.recalc.get(c.formula)!;
        }
      },
      clear() {
        book.ops++;
        cellsIn()
          .flat()
          .forEach((x) => sheet.cells.delete(x));
      },
      getSpillingToRangeOrNullObject() {
        book.ops++;
        const spill = options.spills === false ? undefined : sheet.spills.get(a1(top, left));
        if (!spill) return nullObject();
        const [from, to] = spill.split(":");
        const [r0, c0] = parseA1(from);
        const [r1, c1] = parseA1(to);
        return rangeOf(sheet, r0, c0, r1, c1);
      },
      getUsedRangeOrNullObject() {
        book.ops++;
        return usedRange(sheet, left, right);
      },
    };
    return range;
  };

  /** Records each format property set on a range, by range address: width, wrap, alignment. */
  const formatOf = (sheet: FakeSheet, ref: string) => {
    const record = (key: string) => (value: unknown) => {
      book.ops++;
      sheet.formats.set(`${ref} ${key}`, value);
    };
    return {
      font: {
        set bold(v: boolean) {
          record("bold")(v);
        },
      },
      set columnWidth(v: number) {
        record("columnWidth")(v);
      },
      set wrapText(v: boolean) {
        record("wrapText")(v);
      },
      set verticalAlignment(v: string) {
        record("verticalAlignment")(v);
      },
    };
  };

  const nullObject = () => ({ isNullObject: true, load: () => book.ops++ });

  const usedRange = (sheet: FakeSheet, minColumn = 0, maxColumn = 16383) => {
    const inside = [...sheet.cells.keys()]
      .map(parseA1)
      .filter(([, c]) => c >= minColumn && c <= maxColumn);
    if (inside.length === 0) return nullObject();
    const rows = inside.map(([r]) => r);
    const cols = inside.map(([, c]) => c);
    return rangeOf(
      sheet,
      Math.min(...rows),
      Math.min(...cols),
      Math.max(...rows),
      Math.max(...cols)
    );
  };

  const parseRef = (ref: string): [number, number, number, number] => {
    const [from, to = from] = ref.split(":");
    if (/^[A-Z]+$/.test(from)) return [0, parseA1(`${from}1`)[1], 1_048_575, parseA1(`${to}1`)[1]];
    const [r0, c0] = parseA1(from);
    const [r1, c1] = parseA1(to);
    return [r0, c0, r1, c1];
  };

  const worksheetApi = (sheet: FakeSheet) => ({
    isNullObject: false,
    name: sheet.name,
    load: () => book.ops++,
    names: {
      getItemOrNullObject: (name: string) =>
        sheet.names.has(name) ? { isNullObject: false, load: () => book.ops++ } : nullObject(),
    },
    getUsedRangeOrNullObject: () => {
      book.ops++;
      return usedRange(sheet);
    },
    getRange: (ref: string) => {
      book.ops++;
      return rangeOf(sheet, ...parseRef(ref));
    },
    getCell: (r: number, c: number) => {
      book.ops++;
      return rangeOf(sheet, r, c, r, c);
    },
    freezePanes: { freezeRows: () => book.ops++ },
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => {
      book.ops++;
      return rangeOf(sheet, r, c, r + rows - 1, c + cols - 1);
    },
    delete: () => {
      book.ops++;
      book.sheets = book.sheets.filter((s) => s !== sheet);
    },
  });

  const worksheets = {
    load: () => book.ops++,
    get items() {
      return book.sheets.map(worksheetApi);
    },
    getItem: (name: string) => worksheetApi(book.sheet(name)),
    getItemOrNullObject: (name: string) => {
      const s = book.sheets.find((x) => x.name === name);
      return s ? worksheetApi(s) : nullObject();
    },
    add: (name: string) => {
      book.ops++;
      const s = new FakeSheet(name);
      book.sheets.push(s);
      return worksheetApi(s);
    },
  };

  const context = {
    workbook: { worksheets },
    sync: async () => {
      book.syncs++;
      const run = pending;
      pending = [];
      run.forEach((f) => f());
    },
  };
  Object.assign(globalThis, {
    Excel: {
      run: async (a: unknown, b?: unknown) => {
        book.runs.push(typeof a === "function" ? undefined : a);
        return ((typeof a === "function" ? a : b) as (c: unknown) => unknown)(context);
      },
    },
    Office: {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) <= 1.2 } },
    },
  });
  return book;
}
