/**
 * The key two names are compared by: Unicode NFKC (full-width letters fold to ASCII),
 * lower case, with every space removed.
 * @example nameKey(" SK  Hynix ") // "skhynix"
 */
export function nameKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * The candidate nearest to `key` by edit distance, if it is near enough to be a likely typo:
 * at most 2 edits, and fewer than half the key's length.
 * @example closestKey("samsnug", ["samsung", "sk"]) // "samsung"
 */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 && bestDistance * 2 < Math.max(key.length, 1) ? best : undefined;
}

/**
 * Levenshtein distance (insert, delete, substitute each cost 1), O(|a|·|b|).
 * Long inputs are cut at 64 characters: no name is that long, and a cell can hold 32,767.
 * @example editDistance("kitten", "sitting") // 3
 */
export function editDistance(a: string, b: string): number {
  const s = a.slice(0, 64);
  const t = b.slice(0, 64);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * Field and assumption names: trimmed, lower case, inner spaces and hyphens as underscores.
 * @example fieldKey(" Korean name ") // "korean_name"
 */
export function fieldKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * Keeps error messages readable when a cell holds thousands of characters.
 * @example truncate("x".repeat(50)).length // 41
 */
export function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Blank as an analyst sees it: an omitted argument, an empty cell, or text of only spaces.
 * @example isBlank("  ") // true
 */
export function isBlank(value: unknown): value is null | undefined | string {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * A value as an error message quotes it: text in quotes (shortened), a range, an object, or
 * the number or boolean itself.
 * @example describeValue("abc") // "\"abc\""
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${truncate(value)}"`;
  if (Array.isArray(value)) return "a range";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
