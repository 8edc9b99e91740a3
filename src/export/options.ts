import {
  checkSeed,
  checkTrials,
  parseCurrency,
  parseEntity,
  parseMeasure,
  parseScenario,
  type Currency,
  type Measure,
  type Language,
  type Scenario,
} from "../model";
import { MAX_SHEET_HORIZON, SHEET_DEFAULTS } from "../sheets/types";

/** What `npm run workbook` was asked for. */
export interface WorkbookRequest {
  readonly out: string;
  readonly scenario: Scenario;
  readonly years: number;
  /** Canonical entity name, or "Total". */
  readonly entity: string;
  readonly currency: Currency;
  /** The Risk sheet's simulation. */
  readonly measure: Measure;
  readonly trials: number;
  readonly seed: number;
  /** The sheets' language: en (default) or ko. */
  readonly language: Language;
  readonly force: boolean;
  /** `--help`: print the usage and stop. */
  readonly help: boolean;
}

export const USAGE = `Usage: npm run workbook -- --out FILE.xlsx [options]
  --out       the .xlsx to write (required; its folder must exist); an existing file is kept unless --force is given
  --scenario  base (default), low or high
  --years     the horizon the sheets start at, 1 to ${MAX_SHEET_HORIZON} (default 10); schedules hold all ${MAX_SHEET_HORIZON}
  --entity    Total (default) or a recipient: Samsung, SK, Hyundai, NAVER, MSIT, 삼성…
  --currency  USD (default) or KRW
  --measure   the Risk sheet's measure: cost (default), premium or switching
  --trials    the Risk sheet's trials, 1,000 to 1,000,000 (default 10,000)
  --seed      the Risk sheet's seed, 0 to 2,147,483,647 (default 1)
  --lang      the sheets' language: en (default) or ko (한국어); formulas and numbers are the same
  --force     overwrite an existing file
  --help      print this and exit`;

/** A command-line mistake, reported with the usage text and exit code 2. */
export class UsageError extends Error {}

const VALUE_FLAGS = [
  "--out",
  "--scenario",
  "--years",
  "--entity",
  "--currency",
  "--measure",
  "--trials",
  "--seed",
  "--lang",
];

const DEFAULT_REQUEST: WorkbookRequest = {
  out: "",
  scenario: SHEET_DEFAULTS.scenario,
  years: SHEET_DEFAULTS.horizon,
  entity: SHEET_DEFAULTS.entity,
  currency: SHEET_DEFAULTS.currency,
  measure: SHEET_DEFAULTS.measure,
  trials: SHEET_DEFAULTS.trials,
  seed: SHEET_DEFAULTS.seed,
  language: "en",
  force: false,
  help: false,
};

function wholeNumber(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} must be a whole number; got "${text}".`);
  return n;
}

/**
 * Reads the command line; every mistake is a UsageError saying which argument and why.
 * @example parseWorkbookArgs(["--out", "a.xlsx", "--entity", "samsung"]).entity // "Samsung Electronics"
 */
export function parseWorkbookArgs(argv: readonly string[]): WorkbookRequest {
  const values = new Map<string, string>();
  let force = false;
  if (argv.includes("--help") || argv.includes("-h")) return { ...DEFAULT_REQUEST, help: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--force") {
      force = true;
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) {
      throw new UsageError(`${flag} is not an option.`);
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
  const years = Number(values.get("--years") ?? String(DEFAULT_REQUEST.years));
  if (!Number.isInteger(years) || years < 1 || years > MAX_SHEET_HORIZON) {
    throw new UsageError(
      `--years must be a whole number from 1 to ${MAX_SHEET_HORIZON}; got "${values.get("--years")}".`
    );
  }
  return {
    out,
    scenario: modelArg("--scenario", () =>
      parseScenario(values.get("--scenario") ?? DEFAULT_REQUEST.scenario)
    ),
    years,
    entity: modelArg("--entity", () => {
      const selector = parseEntity(values.get("--entity") ?? DEFAULT_REQUEST.entity);
      if (selector.kind === "count")
        throw new UsageError("--entity takes a name, not a GPU count.");
      return selector.kind === "total" ? "Total" : selector.record.name;
    }),
    currency: modelArg("--currency", () =>
      parseCurrency(values.get("--currency") ?? DEFAULT_REQUEST.currency)
    ),
    measure: modelArg("--measure", () =>
      parseMeasure(values.get("--measure") ?? DEFAULT_REQUEST.measure)
    ),
    trials: modelArg("--trials", () =>
      checkTrials(wholeNumber(values.get("--trials") ?? String(DEFAULT_REQUEST.trials), "--trials"))
    ),
    seed: modelArg("--seed", () =>
      checkSeed(wholeNumber(values.get("--seed") ?? String(DEFAULT_REQUEST.seed), "--seed"))
    ),
    language: parseLanguage(values.get("--lang") ?? "en"),
    force,
    help: false,
  };
}

function parseLanguage(text: string): Language {
  const lang = text.toLowerCase();
  if (lang === "en" || lang === "ko") return lang;
  throw new UsageError(`--lang must be en or ko; got "${text}".`);
}

/**
 * A model check of one option, its failure worded as the other options' are: "--trials must be
 * …", or the model's message after "--scenario: " where it does not start with the name.
 */
function modelArg<T>(flag: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const name = flag.slice(2);
    throw new UsageError(message.startsWith(`${name} `) ? `--${message}` : `${flag}: ${message}`);
  }
}
