/**
 * Overrides blocks, read once per distinct content. Every SOVAI call on the Dependency sheet
 * passes the same 16-row block, and Excel hands each call a fresh array, so the cache compares
 * cell by cell (no key to build, nothing allocated on a hit) against the few blocks seen last.
 * What it caches is the model's own reading of the block, so a hit and a miss give the same
 * result; a block the model rejects is never cached and fails again with its message.
 */
import {
  overridesBlock,
  resolveAssumptions,
  type Assumptions,
  type Cell,
  type Scenario,
} from "../model";

/** How many distinct blocks are remembered; a sheet rarely has more than one or two. */
const SIZE = 8;

/** A read overrides block: null when omitted; `key` is stable for equal content. */
export interface Overrides {
  readonly block: Cell[][] | null;
  readonly key: string;
  assumptions(scenario: Scenario): Assumptions;
}

/** A remembered block: a copy of its raw cells (compared against each new call) and its readings. */
class Entry implements Overrides {
  private readonly resolved: Partial<Record<Scenario, Assumptions>> = {};

  constructor(
    readonly cells: readonly (readonly unknown[])[],
    readonly block: Cell[][],
    /** The block as text, for keys of other caches (the risk simulation's). */
    readonly key: string
  ) {}

  assumptions(scenario: Scenario): Assumptions {
    return (this.resolved[scenario] ??= resolveAssumptions(scenario, this.block));
  }
}

const recent: Entry[] = [];

const NONE: Overrides = { block: null, key: "", assumptions: (s) => resolveAssumptions(s) };

/**
 * The overrides argument, validated and remembered by content.
 * @throws ModelError from the model for a malformed block (never cached)
 */
export function readOverrides(raw: unknown): Overrides {
  const block = Array.isArray(raw) ? find(raw) : undefined;
  if (block) return block;
  const parsed = overridesBlock(raw);
  if (parsed === null) return NONE;
  const entry = new Entry(
    (raw as unknown[][]).map((row) => row.slice()),
    parsed,
    JSON.stringify(parsed)
  );
  // Read once before caching, so a block with a bad name or value is never remembered.
  entry.assumptions("base");
  recent.unshift(entry);
  if (recent.length > SIZE) recent.pop();
  return entry;
}

function find(raw: unknown[]): Overrides | undefined {
  for (let i = 0; i < recent.length; i++) {
    if (sameCells(recent[i].cells, raw)) {
      const hit = recent[i];
      if (i > 0) {
        recent.splice(i, 1);
        recent.unshift(hit);
      }
      return hit;
    }
  }
  return undefined;
}

function sameCells(cells: readonly (readonly unknown[])[], raw: unknown[]): boolean {
  if (cells.length !== raw.length) return false;
  for (let r = 0; r < cells.length; r++) {
    const a = cells[r];
    const b = raw[r];
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  }
  return true;
}
