/**
 * A real spreadsheet engine (HyperFormula, GPL-3.0: a dev dependency for tests only, never in a
 * shipped bundle) with the SOVAI functions (from source) registered the way Excel calls them: ranges as
 * 2-D arrays for matrix parameters, omitted arguments as null, errors as Excel errors.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { isPromise } from "../src/functions/async";
import type { RenderedSheet } from "../src/sheets/types";
import type { Built } from "./load-built";
import { loadSource } from "./source-functions";
import { StubCustomFunctionsError } from "./custom-functions-stub";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

let registered: Built | null = null;

/**
 * Sees every SOVAI call HyperFormula makes, with its arguments as Excel would pass them; a value
 * it returns stands in for the call's result, and the function is not called.
 */
export type CallObserver = (id: string, args: readonly unknown[]) => unknown;
let observer: CallObserver | null = null;

/** Sets (or, with null, clears) the observer of SOVAI calls; the bench uses it to replay a recalculation. */
export function observeCalls(next: CallObserver | null): void {
  observer = next;
}

/** Registers every SOVAI function with HyperFormula once per test file. */
export function registerSovai(): Built {
  if (registered) return registered;
  const built = loadSource();
  class SovaiPlugin extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const meta of built.metadata.functions) {
    const name = `SOVAI.${meta.id}`;
    const method = `call_${meta.id}`;
    const fn = built.associated.get(meta.id)!;
    implemented[name] = {
      method,
      parameters: meta.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
      vectorizationForbidden: true,
    };
    translations[name] = name;
    (SovaiPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
      this: FunctionPlugin,
      ast: { args: unknown[] },
      state: unknown
    ) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
        ast.args,
        state,
        (this as unknown as { metadata: (n: string) => unknown }).metadata(name),
        (...args: unknown[]) => {
          const shaped = meta.parameters.map((p, i) =>
            excelArgument(args[i], p.dimensionality === "matrix")
          );
          const instead = observer?.(meta.id, shaped);
          if (instead !== undefined) return cellResult(instead);
          try {
            return cellResult(fn(...shaped));
          } catch (e) {
            return cellResult(e);
          }
        }
      );
    };
  }
  (SovaiPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(SovaiPlugin as never, {
    enGB: translations,
    enUS: translations,
  });
  registered = built;
  return built;
}

function plain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value && typeof value === "object" && "val" in value) return (value as { val: number }).val;
  return value;
}

function excelArgument(value: unknown, matrix: boolean): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(plain));
  const v = plain(value);
  return matrix && v !== null ? [[v]] : v;
}

function cellResult(value: unknown): unknown {
  // A simulation too large to run in the call answers with a promise; Excel shows #BUSY! until
  // it settles. HyperFormula cannot wait, so a test awaits the same call first (warming the
  // cache) and the sheet then reads the cached result.
  if (isPromise(value)) return new CellError(ErrorType.NA, "#BUSY! still computing");
  if (value instanceof StubCustomFunctionsError)
    return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0].length === 1) return cellResult(value[0][0]);
    // A spilled table: usable inside INDEX (the sheets never let one spill on its own).
    return SimpleRangeValue.onlyValues(value.map((row: unknown[]) => row.map(cellResult)) as never);
  }
  if (value instanceof Error)
    return new CellError(ErrorType.VALUE, `JavaScript error escaped: ${value.message}`);
  return value;
}

export interface Workbook {
  hf: HyperFormula;
  sheetId: number;
  /** The value of one cell of the rendered sheet. */
  value(address: string): unknown;
  /** Types a value into a cell, as an analyst would. */
  type(address: string, value: string | number | null): void;
  /** Every cell whose value is an error, with its address and message. */
  errors(): { address: string; message: string }[];
}

/** Builds one sheet in HyperFormula with its sheet-scoped names, ready to read and edit. */
export function evaluate(sheet: RenderedSheet): Workbook {
  registerSovai();
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    language: "enGB",
    useArrayArithmetic: true,
  });
  const sheetName = "Model";
  hf.addSheet(sheetName);
  const sheetId = hf.getSheetId(sheetName)!;
  for (const n of sheet.names) hf.addNamedExpression(n.name, `='${sheetName}'!${n.ref}`, sheetId);
  hf.setSheetContent(
    sheetId,
    sheet.formulas.map((row) => row.map((v) => (v === "" ? null : v)))
  );
  const address = (a1: string) => {
    const parsed = hf.simpleCellAddressFromString(a1, sheetId);
    if (!parsed) throw new Error(`bad address ${a1}`);
    return parsed;
  };
  return {
    hf,
    sheetId,
    value: (a1) => hf.getCellValue(address(a1)),
    type: (a1, value) => hf.setCellContents(address(a1), [[value]]),
    errors: () => {
      const out: { address: string; message: string }[] = [];
      const values = hf.getSheetValues(sheetId);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v && typeof v === "object" && "type" in v && "message" in v) {
            out.push({
              address:
                hf.simpleCellAddressToString({ sheet: sheetId, row: r, col: c }, sheetId) ??
                `${r},${c}`,
              message: `${(v as { type: string }).type}: ${(v as { message: string }).message}`,
            });
          }
        })
      );
      return out;
    },
  };
}
