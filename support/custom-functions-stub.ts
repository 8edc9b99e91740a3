/**
 * A stand-in for Excel's `CustomFunctions` runtime global: the error class (with the code and
 * message Excel would show) and an `associate` that records registrations.
 */
export class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const associated = new Map<string, (...args: unknown[]) => unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: StubCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      associated.set(id, fn);
    },
  },
});
