import { failure } from "./messages";

/**
 * The HHI of a market with a single supplier: 100² points, the top of the scale. The sheets name
 * it rather than write it into their formulas.
 * @example HHI_SCALE // 10000
 */
export const HHI_SCALE = 10_000;

/**
 * Herfindahl–Hirschman index of a supplier market, 0..10,000.
 *
 * Formula: HHI = Σ sᵢ² with shares sᵢ in percent. Shares may be given as fractions (all ≤ 1 and
 * summing to at most 1) or as percents (summing to at most 100); fractions are scaled by 100.
 * Shares that sum to less than the whole leave the rest unlisted, which HHI then ignores.
 * @example supplierHhi([0.9, 0.1]) // 90² + 10² = 8200
 * @example supplierHhi([50, 30, 20]) // 2500 + 900 + 400 = 3800
 * @throws ModelError `num` for a negative share or shares summing past 100%; `value` when none is given.
 */
export function supplierHhi(shares: readonly number[]): number {
  if (shares.length === 0) throw failure("noShares");
  let sum = 0;
  let max = 0;
  for (const s of shares) {
    if (!(s >= 0 && s <= 100)) throw failure("shareRange", { got: String(s) });
    sum += s;
    max = Math.max(max, s);
  }
  const scale = max <= 1 && sum <= 1 + 1e-9 ? 100 : 1;
  if (sum * scale > 100 + 1e-6) {
    throw failure("sharesOver", { sum: String(sum * scale) });
  }
  let hhi = 0;
  for (const s of shares) hhi += s * scale * (s * scale);
  return hhi;
}
