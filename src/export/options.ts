import { parseCurrency, parseEntity, parseScenario, type Currency, type Scenario } from "../model";
import { MAX_SHEET_HORIZON } from "../sheets/types";

/** What `npm run workbook` was asked for. */
export interface WorkbookRequest {
  readonly out: string;
  readonly scenario: Scenario;
  readonly years: number;
  /** Canonical entity name, or "Total". */
  readonly entity: string;
  readonly currency: Currency;
  readonly force: boolean;
}

export const USAGE = `Usage: npm run workbook -- --out FILE.xlsx [--scenario base|low|high] [--years N] [--entity NAME] [--currency USD|KRW] [--force]
  --out       the .xlsx to write (required); an existing file is kept unless --force is given
  --scenario  base (default), low or high
  --years     schedule years, 1 to ${MAX_SHEET_HORIZON} (default 10)
  --entity    Total (default) or a recipient: Samsung, SK, Hyundai, NAVER, MSIT, 삼성…
  --currency  USD (default) or KRW`;

/** A command-line mistake, reported with the usage text and exit code 2. */
export class UsageError extends Error {}

/**
 * Reads the command line; every mistake is a UsageError saying which argument and why.
 * @example parseWorkbookArgs(["--out", "a.xlsx", "--entity", "samsung"]).entity // "Samsung Electronics"
 */
export function parseWorkbookArgs(argv: readonly string[]): WorkbookRequest {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--force") {
      force = true;
      continue;
    }
    if (!["--out", "--scenario", "--years", "--entity", "--currency"].includes(flag)) {
      throw new UsageError(`Unknown argument "${flag}".`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`${flag} needs a value.`);
    values.set(flag, value);
    i++;
  }
  const out = values.get("--out");
  if (!out) throw new UsageError("--out FILE.xlsx is required.");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file; got "${out}".`);
  const years = Number(values.get("--years") ?? "10");
  if (!Number.isInteger(years) || years < 1 || years > MAX_SHEET_HORIZON) {
    throw new UsageError(
      `--years must be a whole number from 1 to ${MAX_SHEET_HORIZON}; got "${values.get("--years")}".`
    );
  }
  return {
    out,
    scenario: modelArg(() => parseScenario(values.get("--scenario") ?? "base")),
    years,
    entity: modelArg(() => {
      const selector = parseEntity(values.get("--entity") ?? "Total");
      if (selector.kind === "count")
        throw new UsageError("--entity takes a name, not a GPU count.");
      return selector.kind === "total" ? "Total" : selector.record.name;
    }),
    currency: modelArg(() => parseCurrency(values.get("--currency") ?? "USD")),
    force,
  };
}

function modelArg<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
