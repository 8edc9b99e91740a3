/**
 * Fuzzing the production functions with Excel-shaped arguments (seeded, so every failure
 * reproduces with the printed seed and path). Whatever goes in, only CustomFunctions.Error may
 * come out as a failure, and no result may hold NaN or ±Infinity. A function may answer with a
 * promise (a large simulation): its settled value is held to the same rules. How long calls
 * take is the bench's business (npm run bench), never a test's.
 */
import fc from "fast-check";
import { loadBuilt, type FunctionMetadata } from "../../support/load-built";
import { StubCustomFunctionsError } from "../../support/custom-functions-stub";

const SEED = 0x50a1;
const RUNS_PER_FUNCTION = 10_000;
const EXCEL_ERRORS = new Set(["#VALUE!", "#N/A", "#NUM!"]);

const built = loadBuilt();

/** 1,000 × 1,000 ranges, built once: numbers across the valid and invalid years, one name, a mix. */
const HUGE = [
  Array.from({ length: 1000 }, (_, r) =>
    Array.from({ length: 1000 }, (__, c) => ((r * 7 + c) % 130) - 10)
  ),
  Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => "Samsung")),
  Array.from({ length: 1000 }, (_, r) =>
    Array.from({ length: 1000 }, (__, c) => [null, "NAVER", 1e308, true, "", 2.5][(r + c) % 6])
  ),
];

const specials = fc.constantFrom(
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  -0,
  0,
  1,
  10,
  10.5,
  99.999,
  100,
  101,
  -3,
  0.5
);
const texts = fc.constantFrom(
  "",
  " ",
  " \t\n ",
  "삼성",
  "네이버",
  "Samsung",
  "sk hynix",
  "Total",
  "base",
  "LOW",
  "high",
  "pue",
  "refresh_cycle_years",
  "currency",
  "KRW",
  "investment_usd",
  "#VALUE!",
  "x".repeat(10_000),
  "한".repeat(10_000)
);
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  specials,
  fc.integer({ min: -5, max: 200 }),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  texts,
  fc.boolean(),
  fc.constant(null)
);
/** Ranges as Excel passes them, plus the shapes it never should: empty and ragged. */
const smallRange = fc.array(fc.array(scalar, { minLength: 0, maxLength: 4 }), {
  minLength: 0,
  maxLength: 4,
});
const overrideRows = fc.array(fc.tuple(fc.oneof(texts, scalar), scalar), {
  minLength: 1,
  maxLength: 4,
});
const range: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: smallRange, weight: 400 },
  { arbitrary: overrideRows, weight: 200 },
  { arbitrary: scalar.map((s) => [[s]]), weight: 400 },
  { arbitrary: fc.constantFrom(...HUGE), weight: 1 }
);

function argument(param: FunctionMetadata["parameters"][number]): fc.Arbitrary<unknown> {
  if (param.dimensionality === "matrix")
    return fc.oneof({ arbitrary: range, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
  return fc.oneof({ arbitrary: scalar, weight: 8 }, { arbitrary: range, weight: 1 });
}

/** Finds a NaN or ±Infinity anywhere in a result, or a value Excel cannot show. */
function badValue(value: unknown, depth = 0): string | null {
  if (typeof value === "number")
    return Number.isFinite(value) ? null : `non-finite number ${value}`;
  if (typeof value === "string" || typeof value === "boolean") return null;
  if (value instanceof StubCustomFunctionsError)
    return EXCEL_ERRORS.has(value.code) && value.message ? null : `bad error ${value.code}`;
  if (Array.isArray(value) && depth < 2) {
    if (
      depth === 0 &&
      (value.length === 0 ||
        !value.every(
          (row) => Array.isArray(row) && row.length === value[0].length && row.length > 0
        ))
    ) {
      return "a result that is not a rectangular 2-D array";
    }
    for (const item of value) {
      const bad = badValue(item, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  return `unexpected result ${typeof value}`;
}

/** Calls `fn`, waiting for a promise it answers with; a thrown or rejected Excel error is an outcome. */
async function outcomeOf(fn: (...a: unknown[]) => unknown, args: unknown[]): Promise<unknown> {
  try {
    return await fn(...args);
  } catch (e) {
    if (!(e instanceof StubCustomFunctionsError))
      throw new Error(`a ${(e as Error)?.constructor?.name} escaped: ${String(e)}`);
    return e;
  }
}

it.each(built.metadata.functions.map((f) => [f.id, f] as const))(
  "%s survives 10,000 Excel-shaped argument tuples",
  async (id, meta) => {
    const fn = built.associated.get(id)!;
    await fc.assert(
      fc.asyncProperty(fc.tuple(...meta.parameters.map(argument)), async (args) => {
        const bad = badValue(await outcomeOf(fn, args));
        if (bad) throw new Error(bad);
      }),
      { seed: SEED, numRuns: RUNS_PER_FUNCTION, endOnFailure: true }
    );
  },
  120_000
);

it.each(
  built.metadata.functions
    .filter((f) => f.parameters.some((p) => p.dimensionality === "matrix"))
    .map((f) => [f.id, f] as const)
)(
  "%s refuses a 1,000 × 1,000 range in any range argument with #NUM! naming the limit",
  async (id, meta) => {
    const fn = built.associated.get(id)!;
    for (const [i, param] of meta.parameters.entries()) {
      if (param.dimensionality !== "matrix") continue;
      for (const huge of HUGE) {
        const args: unknown[] = meta.parameters.map(() => null);
        args[i] = huge;
        if (i > 0 && !meta.parameters[0].optional) args[0] = [[10]];
        const outcome = await outcomeOf(fn, args);
        expect(badValue(outcome)).toBeNull();
        expect(outcome).toMatchObject({
          code: "#NUM!",
          message: expect.stringMatching(/100,000 cells/),
        });
      }
    }
  },
  120_000
);
