/**
 * The simulation's random numbers: xoshiro128** (Blackman and Vigna, 2018), a 32-bit generator
 * with a 128-bit state and period 2^128 − 1, seeded by expanding the 32-bit seed through
 * SplitMix32. Only 32-bit integer operations (Math.imul, shifts, rotations), so every host and
 * `npm run workbook` draw exactly the same sequence from the same seed.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** @param seed - a whole number 0 … 2,147,483,647 */
  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      // SplitMix32: a Weyl sequence through two xorshift-multiply rounds, so nearby seeds
      // give unrelated states (and no state is all zeros).
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /**
   * The next 32-bit output as an unsigned integer.
   * @example new Random(1).nextUint32() === new Random(1).nextUint32() // true
   */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /**
   * A uniform number in (0, 1): (k + 0.5) / 2^32 for the next output k, never exactly 0 or 1.
   * @example new Random(7).uniform() > 0 // true
   */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
