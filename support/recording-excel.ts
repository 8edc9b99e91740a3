/**
 * A recording fake of the Excel JavaScript API: every property set and method call on the
 * objects a batch touches is recorded as an operation, `context.sync()` calls are counted, and
 * the workbook's sheets and tables are simulated so name collisions and clean-up can be
 * checked. A sync can be made to fail, as Excel's does when a queued operation is rejected.
 */
export interface FakeOptions {
  sheets?: string[];
  tables?: string[];
  /** ExcelApi 1.20 present (undo grouping). */
  undoGrouping?: boolean;
  /** Make sync number n (1-based) fail. */
  failAtSync?: number;
  /** Reject grouped batches with UndoNotSupported at their second sync. */
  undoNotSupported?: boolean;
}

export interface Recording {
  /** Operations in order: "call ws.getRange(B3)" or "set ws.getRange(B3).format.font.color". */
  ops: string[];
  /** The value last assigned at each "set" path. */
  values: Map<string, unknown>;
  syncs: number;
  runs: { mergeUndoGroup: boolean }[];
  sheets: string[];
  tables: string[];
}

export function installFakeExcel(options: FakeOptions = {}): Recording {
  const rec: Recording = {
    ops: [],
    values: new Map(),
    syncs: 0,
    runs: [],
    sheets: [...(options.sheets ?? ["Sheet1"])],
    tables: [...(options.tables ?? [])],
  };
  let pendingDeletes: string[] = [];

  const recorder = (path: string): unknown =>
    new Proxy(function () {}, {
      get(_, prop) {
        if (prop === "then" || typeof prop === "symbol") return undefined;
        return recorder(`${path}.${prop}`);
      },
      set(_, prop, value) {
        rec.ops.push(`set ${path}.${String(prop)}`);
        rec.values.set(`${path}.${String(prop)}`, value);
        return true;
      },
      apply(_, __, args) {
        const shown = args.map(describeArg).join(",");
        rec.ops.push(`call ${path}(${shown})`);
        return recorder(`${path}(${shown})`);
      },
    });

  const worksheets = {
    load: () => rec.ops.push("call worksheets.load"),
    get items() {
      return rec.sheets.map((name) => ({ name }));
    },
    add(name: string) {
      rec.ops.push(`call worksheets.add(${name})`);
      rec.sheets.push(name);
      return recorder("ws");
    },
    getItem(name: string) {
      rec.ops.push(`call worksheets.getItem(${name})`);
      return {
        delete: () => {
          rec.ops.push(`call worksheets.getItem(${name}).delete`);
          pendingDeletes.push(name);
        },
      };
    },
  };
  const tables = {
    load: () => rec.ops.push("call tables.load"),
    get items() {
      return rec.tables.map((name) => ({ name }));
    },
  };

  let grouped = false;
  const context = {
    workbook: { worksheets, tables },
    sync: async () => {
      rec.syncs += 1;
      for (const name of pendingDeletes) rec.sheets = rec.sheets.filter((s) => s !== name);
      pendingDeletes = [];
      if (grouped && options.undoNotSupported && rec.syncs % 2 === 0) {
        throw Object.assign(new Error("This operation can't be grouped for undo."), {
          code: "UndoNotSupported",
        });
      }
      if (options.failAtSync === rec.syncs) {
        throw Object.assign(
          new Error("The argument is invalid or missing or has an incorrect format."),
          {
            code: "InvalidArgument",
            debugInfo: { errorLocation: "Range.formulas" },
          }
        );
      }
    },
  };

  Object.assign(globalThis, {
    Excel: {
      run: async (a: unknown, b?: unknown) => {
        const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
        grouped =
          typeof a === "object" &&
          a !== null &&
          (a as { mergeUndoGroup?: boolean }).mergeUndoGroup === true;
        rec.runs.push({ mergeUndoGroup: grouped });
        return batch(context);
      },
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === "ExcelApi" && (options.undoGrouping ?? true) && Number(version) <= 1.2,
        },
      },
    },
  });
  return rec;
}

function describeArg(arg: unknown): string {
  if (typeof arg === "function") return "<object>";
  if (typeof arg === "object" && arg !== null) return JSON.stringify(arg).slice(0, 40);
  return String(arg);
}
