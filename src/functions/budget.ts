/**
 * Memory the functions may keep between calls. Excel's shared runtime is one browser page that
 * also runs the task pane, so what the caches hold is budgeted in bytes, keys included, and
 * the budgets below add up to CACHE_BYTES (a test checks it). Byte counts are estimates of
 * V8's layout: 8 bytes a number or pointer, 2 a character, plus a small fixed cost per object.
 */

/** Everything the caches may hold together. */
export const CACHE_BYTES = 64 * 2 ** 20;
/** Simulations: one of 1,000,000 trials is 8 MB, so six fit. */
export const RISK_CACHE_BYTES = 56 * 2 ** 20;
/** Overrides blocks as read: the Dependency sheet's block (a row per assumption) is a few KB. */
export const OVERRIDES_CACHE_BYTES = 8 * 2 ** 20;

/** Fixed cost of an object or array header, and of a cache entry's bookkeeping. */
export const OBJECT_BYTES = 32;

/**
 * An estimate of what `value` keeps alive: numbers, booleans and blanks 8 bytes, text 2 bytes a
 * character, arrays and typed arrays their contents plus a header.
 * @example bytesOf(["pue", 1.2]) // 32 + (8 + 6) + 8 = 54
 */
export function bytesOf(value: unknown): number {
  if (typeof value === "string") return 8 + 2 * value.length;
  if (ArrayBuffer.isView(value)) return OBJECT_BYTES + value.byteLength;
  if (Array.isArray(value)) {
    let sum = OBJECT_BYTES;
    for (let i = 0; i < value.length; i++) sum += bytesOf(value[i]);
    return sum;
  }
  return 8;
}

/**
 * A least-recently-used map bounded by bytes: each entry counts its key's bytes and its
 * value's own estimate; adding past the budget drops the oldest entries. An entry larger than
 * the whole budget is not kept at all.
 */
export class BudgetCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private held = 0;

  constructor(
    readonly budget: number,
    private readonly sizeOf: (value: V) => number
  ) {}

  /** Bytes held now. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // Map order is insertion order: re-inserting makes this the most recent.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const bytes = bytesOf(key) + OBJECT_BYTES + this.sizeOf(value);
    if (bytes > this.budget) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    for (const [k, v] of this.entries) {
      if (this.held <= this.budget) break;
      this.entries.delete(k);
      this.held -= v.bytes;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.held -= old.bytes;
  }
}
