/**
 * PERT distributions: a Beta on [min, max] shaped by a most likely value m, with λ = 4:
 * α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), X = a + (b − a)·Beta(α, β); the mean is
 * (a + 4m + b)/6. Sampling inverts the Beta's CDF, tabulated once per simulation on a fine grid,
 * so a draw costs one uniform, a table lookup and a linear interpolation.
 */

/** Grid cells of the tabulated CDF (trapezoid rule; α, β ≥ 1, so the density is bounded). */
const CELLS = 1024;
/** ln(i / CELLS) and ln(1 − i / CELLS), shared by every table (ln 0 = −∞ gives density 0 where it should). */
const LN_X = Float64Array.from({ length: CELLS + 1 }, (_, i) => Math.log(i / CELLS));
const LN_1MX = Float64Array.from({ length: CELLS + 1 }, (_, i) => Math.log(1 - i / CELLS));

/** A PERT's parameters. */
export interface Pert {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * Beta shape parameters of a PERT (λ = 4).
 * @example pertShape({ min: 0, mode: 0.25, max: 1 }) // [2, 4]
 */
export function pertShape(p: Pert): [number, number] {
  const width = p.max - p.min;
  return [1 + (4 * (p.mode - p.min)) / width, 1 + (4 * (p.max - p.mode)) / width];
}

/**
 * The PERT's mean, (min + 4·mode + max) / 6.
 * @example pertMean({ min: 60000, mode: 80000, max: 150000 }) // 88333.333…
 */
export function pertMean(p: Pert): number {
  return (p.min + 4 * p.mode + p.max) / 6;
}

/**
 * An inverse-CDF sampler of a PERT. The Beta density x^(α−1)(1−x)^(β−1) is integrated on
 * CELLS equal cells and normalised; `quantile(u)` finds u's cell through a guide table (the
 * first cell of each of CELLS equal slices of u) and interpolates linearly inside it.
 * @example new PertSampler({ min: 0, mode: 0.5, max: 1 }).quantile(0.5) // 0.5 (symmetric)
 */
export class PertSampler {
  private readonly cdf = new Float64Array(CELLS + 1);
  private readonly guide = new Uint16Array(CELLS + 1);
  private readonly min: number;
  private readonly width: number;

  constructor(p: Pert) {
    this.min = p.min;
    this.width = p.max > p.min ? p.max - p.min : 0;
    if (this.width === 0) return;
    const [alpha, beta] = pertShape(p);
    const cdf = this.cdf;
    const density = (i: number) => {
      const d = Math.exp((alpha - 1) * LN_X[i] + (beta - 1) * LN_1MX[i]);
      return d === d ? d : 1; // 0 × −∞ is NaN where an exponent is 0: the factor is 1
    };
    let previous = density(0);
    for (let i = 1; i <= CELLS; i++) {
      const current = density(i);
      cdf[i] = cdf[i - 1] + (previous + current) / 2;
      previous = current;
    }
    const total = cdf[CELLS];
    for (let i = 1; i <= CELLS; i++) cdf[i] /= total;
    cdf[CELLS] = 1;
    for (let k = 0, i = 0; k <= CELLS; k++) {
      while (i < CELLS - 1 && cdf[i + 1] <= k / CELLS) i++;
      this.guide[k] = i;
    }
  }

  /** The value with probability u below it, for u in (0, 1). */
  quantile(u: number): number {
    if (this.width === 0) return this.min;
    const cdf = this.cdf;
    let i = this.guide[(u * CELLS) | 0];
    while (cdf[i + 1] <= u) i++;
    const step = cdf[i + 1] - cdf[i];
    return this.min + (this.width * (i + (step > 0 ? (u - cdf[i]) / step : 0))) / CELLS;
  }
}
