/**
 * Overrides blocks, read once per distinct content. Every SOVAI call on the Dependency sheet
 * passes the same block (a row per assumption), and Excel hands each call a fresh array, so the cache compares
 * cell by cell (no key to build, nothing allocated on a hit) against the few blocks seen last.
 * What it caches is the model's own reading of the block, so a hit and a miss give the same
 * result; a block the model rejects is never cached and fails again with its message.
 *
 * A block is read up to its last non-blank row (range.ts): `B:C` costs what its used rows cost,
 * and only those rows are kept. Its `key` is its effective content, the non-blank name/value
 * pairs sorted by name, so the same overrides in a padded or reordered block share a simulation.
 */
import {
  fieldKey,
  isBlank,
  overridesBlock,
  resolveAssumptions,
  type Assumptions,
  type Cell,
  type Scenario,
} from "../model";
import { bytesOf, OBJECT_BYTES, OVERRIDES_CACHE_BYTES } from "./budget";
import { plainValue } from "./data-types";
import { usedArea } from "./range";

/** How many distinct blocks are compared against; a sheet rarely has more than one or two. */
const SIZE = 8;

/** A read overrides block: null when omitted. */
export interface Overrides {
  /** The non-blank name/value pairs, sorted by name: all the model needs of the block. */
  readonly block: Cell[][] | null;
  /** Equal for blocks with the same effective pairs, whatever their padding or row order. */
  readonly key: string;
  assumptions(scenario: Scenario): Assumptions;
}

/** A remembered block: its used cells by column (compared against each new call) and its readings. */
class Entry implements Overrides {
  private low: Assumptions | undefined;
  private base: Assumptions | undefined;
  private high: Assumptions | undefined;
  readonly bytes: number;
  /** The numeric values by row (NaN where the value is not a number), compared as numbers. */
  readonly numbers: Float64Array;

  constructor(
    readonly names: readonly unknown[],
    readonly values: readonly unknown[],
    readonly block: Cell[][],
    readonly key: string
  ) {
    this.numbers = Float64Array.from(values, (v) => (typeof v === "number" ? v : NaN));
    this.bytes =
      5 * OBJECT_BYTES +
      bytesOf(names) +
      bytesOf(values) +
      this.numbers.byteLength +
      bytesOf(block) +
      bytesOf(key);
  }

  assumptions(scenario: Scenario): Assumptions {
    // Three fields rather than a record keyed by scenario: a plain field load on every call.
    if (scenario === "base") return (this.base ??= resolveAssumptions("base", this.block));
    if (scenario === "low") return (this.low ??= resolveAssumptions("low", this.block));
    return (this.high ??= resolveAssumptions("high", this.block));
  }
}

const recent: Entry[] = [];
let held = 0;

const NONE: Overrides = { block: null, key: "", assumptions: (s) => resolveAssumptions(s) };

/**
 * The overrides argument, validated and remembered by content.
 * @throws ModelError from the model for a malformed block (never cached), `num` for a block
 *   larger than MAX_RANGE_CELLS up to its last non-blank row
 */
export function readOverrides(raw: unknown): Overrides {
  if (Array.isArray(raw)) {
    const last = recent[0];
    if (last !== undefined && sameCells(last, raw)) return last;
    for (let i = 1; i < recent.length; i++) {
      if (sameCells(recent[i], raw)) return promote(i);
    }
  }
  const rows = Array.isArray(raw) && raw.length > 0 && raw.every(Array.isArray);
  const used = overridesBlock(rows ? plainCells(usedArea(raw as unknown[][], false)) : raw);
  if (used === null || (used.length === 1 && used[0].every(isBlank))) return NONE;
  // Read once before caching, so a block with a bad name or value is never remembered.
  resolveAssumptions("base", used);
  const pairs = used
    .filter((row) => !isBlank(row[0]) && !isBlank(row[1]))
    .map((row) => [fieldKey(row[0] as string), row[1]] as Cell[])
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  const entry = new Entry(
    used.map((row) => row[0]),
    used.map((row) => row[1]),
    pairs,
    JSON.stringify(pairs)
  );
  if (entry.bytes > OVERRIDES_CACHE_BYTES) return entry;
  recent.unshift(entry);
  held += entry.bytes;
  while (recent.length > SIZE || held > OVERRIDES_CACHE_BYTES) held -= recent.pop()!.bytes;
  return entry;
}

/** Bytes the remembered blocks hold now (for the bench and tests). */
export function overridesHeld(): number {
  return held;
}

function promote(i: number): Entry {
  const hit = recent[i];
  if (i > 0) {
    recent.splice(i, 1);
    recent.unshift(hit);
  }
  return hit;
}

/**
 * True when `raw`'s first rows are the entry's used rows, cell for cell, and every row after
 * them is blank. Raw cells are compared as Excel sent them, so "" and null differ here though
 * both read as blank: a miss, never a wrong hit. Numbers are compared as numbers and the rest
 * by identity, each in its own comparison: one comparison site seeing text and numbers alike
 * is several times slower, and this runs on every call of every function with overrides.
 */
function sameCells(entry: Entry, raw: unknown[]): boolean {
  const { names, values, numbers } = entry;
  const n = names.length;
  if (raw.length < n) return false;
  for (let r = 0; r < n; r++) {
    const row = raw[r];
    if (!Array.isArray(row)) return false;
    const v: unknown = row[1];
    // The length last: checked first it doubles the loop's cost (measured in Node 20).
    if (
      row[0] !== names[r] ||
      (typeof v === "number" ? v !== numbers[r] : v !== values[r]) ||
      row.length !== 2
    ) {
      return false;
    }
  }
  for (let r = n; r < raw.length; r++) {
    const row = raw[r];
    if (!Array.isArray(row) || row.length !== 2 || !isBlank(row[0]) || !isBlank(row[1])) {
      return false;
    }
  }
  return true;
}

/** The block with data-type cells (a formatted number, a card) as their plain values; copied only if it has any. */
function plainCells(block: unknown[][]): unknown[][] {
  const hasObject = block.some((row) => row.some((c) => c !== null && typeof c === "object"));
  return hasObject ? block.map((row) => row.map(plainValue)) : block;
}
